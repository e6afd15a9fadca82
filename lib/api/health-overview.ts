import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { HealthSummaryPartner } from "@/lib/graph/health-summary";
import { collectPages, type CollectProgress } from "./collect-pages";
import type { PartnerResource } from "./partner-resource";

/** Every partner of a kind with only the properties health needs (`$select`), page by page. */
export function healthOverviewOptions(
  api: PartnerResource<{ id: string }>,
  version: ApiVersion,
  select: readonly string[],
  onProgress?: (progress: CollectProgress) => void,
) {
  return queryOptions({
    queryKey: api.keys.namedList(version, `health-overview:${select.join(",")}`),
    queryFn: ({ signal }) => collectPages<HealthSummaryPartner>(version, api.collectionPath, { $select: select.join(",") }, { signal, onProgress }),
  });
}
