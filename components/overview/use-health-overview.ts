"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { CollectProgress } from "@/lib/api/collect-pages";
import { healthOverviewOptions } from "@/lib/api/health-overview";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { summarizeHealth } from "@/lib/graph/health-summary";
import { useApiVersion } from "@/components/layout/graph-scope";

/** Reads every partner of a kind (only the properties health needs) and summarizes their health as of `now`
 * (or the answer's time, when later). */
export function useHealthOverview(api: PartnerResource<{ id: string }>, select: readonly string[], now: Date) {
  const version = useApiVersion();
  const [progress, setProgress] = useState<CollectProgress>();
  const query = useQuery(healthOverviewOptions(api, version, select, setProgress));
  // Never older than the answer, or a partner seeded a moment after the page opened reads a second short of its age.
  const asOf = useMemo(() => new Date(Math.max(now.getTime(), query.dataUpdatedAt)), [now, query.dataUpdatedAt]);
  const summary = useMemo(() => (query.data ? summarizeHealth(query.data, asOf) : undefined), [query.data, asOf]);
  return { query, progress, summary, asOf };
}
