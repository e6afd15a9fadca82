import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import { fetchCollectionPage } from "./graph-collection";
import { graphFetch } from "./graph-fetch";
import { graphUrl } from "./graph-url";
import { resourceKeys } from "./query-keys";

export interface Group {
  id: string;
  displayName: string | null;
  description?: string | null;
}

export const groupKeys = resourceKeys("groups");

const maxSearchWords = 8;

/** A word inside a `$search` clause's double quotes: a quote or backslash in it is escaped. */
const searchWord = (word: string) => word.replace(/["\\]/g, "\\$&");

/**
 * Searches by words as the Entra admin center does: `$search="displayName:fin" AND "displayName:res"` finds
 * "Finance - Restricted" (every word starts a word of the name). Graph answers $search on groups only with
 * `ConsistencyLevel: eventual` (groupSearchOptions sends it).
 */
export function groupSearchQuery(text: string) {
  const words = text.trim().split(/\s+/).filter(Boolean).slice(0, maxSearchWords);
  return {
    $select: "id,displayName",
    $top: "20",
    ...(words.length ? { $search: words.map((word) => `"displayName:${searchWord(word)}"`).join(" AND ") } : {}),
  };
}

export const groupSearchOptions = (version: ApiVersion, text: string) =>
  queryOptions({
    queryKey: groupKeys.search(version, text.trim()),
    queryFn: async ({ signal }) =>
      (await fetchCollectionPage<Group>(version, "groups", groupSearchQuery(text), undefined, signal, { consistencyLevel: "eventual" })).value,
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
