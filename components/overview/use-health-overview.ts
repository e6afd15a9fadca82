"use client";

import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import type { CollectProgress } from "@/lib/api/collect-pages";
import { healthOverviewOptions } from "@/lib/api/health-overview";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { summarizeHealth } from "@/lib/graph/health-summary";
import { useApiVersion } from "@/components/layout/preferences-context";

/** Reads every partner of a kind (only the properties health needs) and summarizes their health as of `now`. */
export function useHealthOverview(api: PartnerResource<{ id: string }>, select: readonly string[], now: Date) {
  const version = useApiVersion();
  const [progress, setProgress] = useState<CollectProgress>();
  const query = useQuery(healthOverviewOptions(api, version, select, setProgress));
  const summary = useMemo(() => (query.data ? summarizeHealth(query.data, now) : undefined), [query.data, now]);
  return { query, progress, summary };
}
