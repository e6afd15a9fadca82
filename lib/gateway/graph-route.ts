import type { ApiVersion } from "../graph/api-version";
import type { GraphError } from "../graph/graph-error";
import { graphPathOf, graphTargetOf, type GraphEndpointName, type GraphOperation, type GraphTarget } from "../graph/graph-url-grammar";

export type GraphResource = GraphEndpointName | "$batch";

export interface GraphRoute {
  version: ApiVersion;
  resource: GraphResource;
  operation: GraphOperation;
  /** The id and action, when there are any, are read from here. */
  target: GraphTarget;
  /** The path after the service root, built segment by segment: `/v1.0/deviceManagement/deviceManagementPartners/{id}`. */
  path: string;
}

export type GraphRouteResult = { ok: true; route: GraphRoute } | { ok: false; error: GraphError; allow?: string[] };

/** The allow-list is Graph's URL grammar (lib/graph/graph-url-grammar.ts): what it does not name never goes upstream. */
export function matchGraphRoute(segments: readonly string[], method: string): GraphRouteResult {
  const matched = graphTargetOf(segments, method);
  if (!matched.ok) return matched;
  const target = matched.target;
  return {
    ok: true,
    route: {
      version: target.version,
      resource: target.kind === "batch" ? "$batch" : target.endpoint,
      operation: target.operation,
      target,
      path: graphPathOf(target),
    },
  };
}
