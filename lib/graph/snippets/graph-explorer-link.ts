import type { GraphRequestSpec } from "../graph-operation";
import { graphHost, pathOf, queryStringOf } from "./snippet-url";

/** Graph Explorer with the request and version filled in; reads only (Explorer would send a write at once). */
export function graphExplorerLink(spec: GraphRequestSpec): string | undefined {
  if (spec.method !== "GET") return undefined;
  const request = `${pathOf(spec).slice(1)}${queryStringOf(spec)}`;
  const params = new URLSearchParams({ request, method: "GET", version: spec.version, GraphUrl: graphHost });
  return `https://developer.microsoft.com/en-us/graph/graph-explorer?${params.toString()}`;
}
