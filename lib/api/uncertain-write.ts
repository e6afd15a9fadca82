import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { fetchCollectionPage } from "./graph-collection";
import { odataString } from "./list-view";
import type { PartnerResource } from "./partner-resource";

/**
 * Whether a failed create may still have been made: Graph (or the gateway, for Graph) did not answer in time, or the
 * connection broke after the request left the browser. Such a POST is never repeated on its own (retry-policy.ts).
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  return error.status === 504 || error.code === "NetworkError";
}

/** The partners that already carry the display name of a create that may have been made. */
export function sameNameQuery(displayName: string) {
  return { $select: "id,displayName", $filter: `displayName eq ${odataString(displayName)}`, $top: "10" };
}

/** Looks, on request, for partners a timed-out create may have made; never cached, the answer is wanted now. */
export function sameNameOptions<E extends { id: string }>(api: PartnerResource<E>, version: ApiVersion, displayName: string) {
  return queryOptions({
    queryKey: [...api.keys.lists(version), "same-name", displayName] as const,
    queryFn: async ({ signal }) =>
      (await fetchCollectionPage<{ id: string; displayName?: string | null }>(version, api.collectionPath, sameNameQuery(displayName), undefined, signal)).value,
    staleTime: 0,
    gcTime: 0,
    retry: false,
  });
}
