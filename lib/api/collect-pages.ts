import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { fetchCollectionPage } from "./graph-collection";
import type { ODataQuery } from "./graph-url";

/** Graph's largest page: whole-collection reads (overview, export) ask for it to make few round trips. */
export const bulkPageSize = 999;
/** Past this many entities a whole-collection read stops: the browser's memory is the bound. */
export const maxCollected = 100_000;

export interface CollectProgress {
  loaded: number;
  /** From `@odata.count` on the first page, when Graph sends it. */
  total?: number;
}

/** Every entity of a collection view, page by page following `@odata.nextLink`, reporting progress after each page. */
export async function collectPages<T>(
  version: ApiVersion,
  path: string,
  query: ODataQuery,
  { signal, onProgress, max = maxCollected }: { signal?: AbortSignal; onProgress?: (progress: CollectProgress) => void; max?: number } = {},
): Promise<T[]> {
  const items: T[] = [];
  let total: number | undefined;
  let nextLink: string | undefined;
  do {
    const page = await fetchCollectionPage<T>(version, path, { ...query, $count: "true" }, nextLink, signal, { maxPageSize: bulkPageSize });
    total ??= page["@odata.count"];
    for (const item of page.value) items.push(item);
    if (items.length > max) {
      throw new GraphError(413, `This view holds more than ${max.toLocaleString("en")} entities: narrow it with a filter first.`, { code: "RequestEntityTooLarge" });
    }
    nextLink = page["@odata.nextLink"];
    onProgress?.({ loaded: items.length, total });
  } while (nextLink);
  return items;
}
