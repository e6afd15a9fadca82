import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ResourceName } from "@/lib/graph/resources";
import { collectionCount } from "./collection-count";
import { fetchCollectionPage, type GraphCollectionPage } from "./graph-collection";
import { graphFetch } from "./graph-fetch";
import { graphUrl, type ODataQuery } from "./graph-url";
import { resourceKeys } from "./query-keys";
import { readEntity } from "./read-entity";

/**
 * Rows a list asks Graph for at a time. The first page is all a list renders before "Load more", so its size, not the
 * collection's, sets how soon the first row shows (README: first row, 50 vs 5,000 partners).
 */
export const listPageSize = 50;

/** An entity as the console reads it, and the JSON exactly as Graph sent it. */
export interface EntityWithRaw<E> {
  entity: E;
  raw: Record<string, unknown>;
}

/**
 * Query options and mutations for one partner collection under /deviceManagement.
 * Each resource's module (device-management-partners.ts, compliance-management-partners.ts) instantiates it once.
 */
export function partnerResource<E extends { id: string }>(resource: ResourceName) {
  // The resource's name is its collection's segment under /deviceManagement (lib/graph/resources.ts).
  const collectionPath = `deviceManagement/${resource}`;
  const keys = resourceKeys(resource);
  const parse = (value: unknown): E => readEntity<E>(value);

  return {
    resource,
    keys,
    collectionPath,
    parse,

    listOptions: (version: ApiVersion, query: ODataQuery) =>
      infiniteQueryOptions({
        queryKey: keys.list(version, query),
        initialPageParam: undefined as string | undefined,
        queryFn: async ({ pageParam, signal }): Promise<GraphCollectionPage<E>> => {
          const page = await fetchCollectionPage<unknown>(version, collectionPath, query, pageParam, signal, { maxPageSize: listPageSize });
          return { ...page, value: page.value.map(parse) };
        },
        getNextPageParam: (last) => last["@odata.nextLink"],
      }),

    /** The collection's size, or null when Graph did not say (shown as unknown). */
    countOptions: (version: ApiVersion, filter: string | undefined) =>
      queryOptions({
        queryKey: keys.count(version, filter),
        queryFn: async ({ signal }) => {
          const page = await fetchCollectionPage<unknown>(
            version,
            collectionPath,
            { $select: "id", $top: "1", $count: "true", ...(filter ? { $filter: filter } : {}) },
            undefined,
            signal,
          );
          // null, not the page's length (1 here), when Graph gives no count it can be believed.
          return collectionCount([page]) ?? null;
        },
      }),

    detailOptions: (version: ApiVersion, id: string) =>
      queryOptions({
        queryKey: keys.detail(version, id),
        queryFn: async ({ signal }): Promise<EntityWithRaw<E>> => {
          const { data } = await graphFetch<Record<string, unknown>>(graphUrl(version, `${collectionPath}/${id}`), { signal });
          return { entity: parse(data), raw: data ?? {} };
        },
      }),

    async create(version: ApiVersion, body: Record<string, unknown>): Promise<E> {
      const { data } = await graphFetch<unknown>(graphUrl(version, collectionPath), { method: "POST", body });
      return parse(data);
    },

    /** PATCH; Graph answers 200 with the entity or 204 (then undefined). */
    async update(version: ApiVersion, id: string, changes: Record<string, unknown>): Promise<E | undefined> {
      const { data } = await graphFetch<unknown>(graphUrl(version, `${collectionPath}/${id}`), { method: "PATCH", body: changes });
      return data === undefined ? undefined : parse(data);
    },

    async remove(version: ApiVersion, id: string): Promise<void> {
      await graphFetch(graphUrl(version, `${collectionPath}/${id}`), { method: "DELETE" });
    },

    async action(version: ApiVersion, id: string, action: string): Promise<void> {
      await graphFetch(graphUrl(version, `${collectionPath}/${id}/${action}`), { method: "POST" });
    },
  };
}

export type PartnerResource<E extends { id: string }> = ReturnType<typeof partnerResource<E>>;
