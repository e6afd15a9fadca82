import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { graphFetch } from "./graph-fetch";
import { graphUrl, isGatewayLink, type ODataQuery } from "./graph-url";

export interface GraphCollectionPage<T> {
  value: T[];
  "@odata.nextLink"?: string;
  "@odata.count"?: number;
  "@odata.context"?: string;
}

/** The first page of a collection, or the page a nextLink names (followed verbatim). */
export async function fetchCollectionPage<T>(
  version: ApiVersion,
  path: string,
  query: ODataQuery,
  nextLink: string | undefined,
  signal?: AbortSignal,
  { maxPageSize, consistencyLevel, scopes }: { maxPageSize?: number; consistencyLevel?: "eventual"; scopes?: readonly string[] } = {},
): Promise<GraphCollectionPage<T>> {
  let url = graphUrl(version, path, query);
  if (nextLink) {
    const origin = typeof window === "undefined" ? "http://localhost" : window.location.origin;
    if (!isGatewayLink(nextLink, origin)) throw new GraphError(502, `Graph answered a nextLink outside the console: ${nextLink}`, { code: "BadGateway" });
    url = nextLink;
  }
  // OData's way to ask for smaller pages; a service may answer with larger ones, and the nextLink still leads on.
  const headers: Record<string, string> = {};
  if (maxPageSize) headers.Prefer = `odata.maxpagesize=${maxPageSize}`;
  // Graph's advanced queries on directory objects ($search on groups) need it.
  if (consistencyLevel) headers.ConsistencyLevel = consistencyLevel;
  const { data } = await graphFetch<GraphCollectionPage<T>>(url, { signal, headers, scopes });
  if (!data || !Array.isArray(data.value)) throw new GraphError(502, "Graph answered a collection without a value array.", { code: "BadGateway" });
  return data;
}
