"use client";

import { countdownInWords } from "@/lib/graph/countdown-in-words";
import { formatExact } from "./date-time";

/** A date to come as a countdown beside its exact time: "in 14 days (15 Dec 2026, 23:16:29 UTC)". */
export function CountdownDate({ iso, now }: { iso: string | null | undefined; now: Date }) {
  if (!iso) return <>—</>;
  return (
    <span>
      <strong>{countdownInWords(iso, now)}</strong> <time dateTime={iso}>({formatExact(iso)})</time>
    </span>
  );
}
