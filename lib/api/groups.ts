import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import { fetchCollectionPage } from "./graph-collection";
import { graphFetch } from "./graph-fetch";
import { graphUrl } from "./graph-url";
import { odataString } from "./list-view";
import { resourceKeys } from "./query-keys";

export interface Group {
  id: string;
  displayName: string | null;
  description?: string | null;
}

export const groupKeys = resourceKeys("groups");

/** startswith needs no ConsistencyLevel header, which $search on groups would. */
export function groupSearchQuery(text: string) {
  const trimmed = text.trim();
  return {
    $select: "id,displayName",
    $top: "20",
    ...(trimmed ? { $filter: `startswith(displayName,${odataString(trimmed)})` } : {}),
  };
}

export const groupSearchOptions = (version: ApiVersion, text: string) =>
  queryOptions({
    queryKey: groupKeys.search(version, text.trim()),
    queryFn: async ({ signal }) => (await fetchCollectionPage<Group>(version, "groups", groupSearchQuery(text), undefined, signal)).value,
    staleTime: 60_000,
  });

export const groupOptions = (version: ApiVersion, id: string) =>
  queryOptions({
    queryKey: groupKeys.detail(version, id),
    queryFn: async ({ signal }) => {
      const { data } = await graphFetch<Group>(graphUrl(version, `groups/${id}`, { $select: "id,displayName" }), { signal });
      return data ?? { id, displayName: null };
    },
    staleTime: 5 * 60_000,
    retry: false,
  });
