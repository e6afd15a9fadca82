import { GraphError } from "@/lib/graph/graph-error";
import { graphTargetOf, type GraphTargetResult } from "@/lib/graph/graph-url-grammar";

/** Reads `/{version}/...` (the path after the base path) and the method with Graph's URL grammar (lib/graph). */
export function routeOf(path: string, method: string): GraphTargetResult {
  let segments: string[];
  try {
    segments = path.split("/").filter(Boolean).map(decodeURIComponent);
  } catch {
    return { ok: false, error: new GraphError(400, "The request URL is not valid.", { code: "BadRequest" }) };
  }
  return graphTargetOf(segments, method);
}
