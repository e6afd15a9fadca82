import type { ApiVersion } from "../graph/api-version";
import { GraphError } from "../graph/graph-error";
import { failedDependency, failedDependencyOf, innerPathOf, parseBatch, type BatchRequestItem, type BatchResponseItem } from "../graph/json-batch";
import { isResourceName } from "../graph/resources";
import { validateEntityBody } from "../graph/validate-body";
import { matchGraphRoute } from "./graph-route";
import { parseQueryOptions } from "./query-options";
import { gatewayBasePath, parseRequestTarget } from "./request-target";

export interface CheckedBatch {
  /** The batch that goes upstream: each request rebuilt from its checked parts; empty when none passed. */
  forward: BatchRequestItem[];
  /** The gateway's own answers for the requests it refused (and those depending on them). */
  refused: BatchResponseItem[];
}

const maxHeaderLength = 1024;

type Ids = { requestId: string; clientRequestId: string };

function refusal(item: BatchRequestItem, error: GraphError, ids: Ids): BatchResponseItem {
  return { id: item.id, status: error.status, headers: { "Content-Type": "application/json" }, body: error.toBody(ids) };
}

/** One inner request through the same checks as a direct call: the allow-list, the query options, the body. */
function checkItem(item: BatchRequestItem, version: ApiVersion): BatchRequestItem | GraphError {
  const target = parseRequestTarget(`${gatewayBasePath}/${version}${innerPathOf(item.url, version)}`);
  if (!target.ok) return target.error;
  const query = parseQueryOptions(target.target.rawQuery);
  if (!query.ok) return query.error;
  const matched = matchGraphRoute(target.target.segments, item.method);
  if (!matched.ok) return matched.error;
  const route = matched.route;
  if (route.resource === "$batch") return new GraphError(400, "A batch cannot hold another $batch request.", { code: "BadRequest" });
  const headers: Record<string, string> = {};
  for (const name of ["accept", "prefer", "client-request-id"]) {
    const value = item.headers[name];
    if (value !== undefined && value.length <= maxHeaderLength) headers[name] = value;
  }
  let body: unknown;
  if ((route.operation === "create" || route.operation === "update") && isResourceName(route.resource)) {
    const contentType = item.headers["content-type"]?.split(";")[0]?.trim().toLowerCase();
    if (contentType !== "application/json") {
      return new GraphError(415, "The request body must be JSON, sent with 'Content-Type: application/json'.", { code: "UnsupportedMediaType" });
    }
    const valid = validateEntityBody(route.resource, route.version, route.operation, item.body);
    if (!valid.ok) return valid.error;
    body = item.body;
    headers["content-type"] = "application/json";
  } else if (item.body !== undefined) {
    return new GraphError(400, `A ${item.method} request to this resource takes no body.`, { code: "BadRequest" });
  }
  const url = `${route.path.slice(version.length + 1)}${query.options.query ? `?${query.options.query}` : ""}`;
  return { id: item.id, method: item.method, url, headers, ...(body === undefined ? {} : { body }), dependsOn: item.dependsOn };
}

/**
 * A `$batch` body for /api/graph/{version}/$batch: malformed is a 400 for the whole batch; otherwise each request
 * meets the checks a direct call meets, a refused one is answered by the gateway (and its dependents with 424),
 * and only the rest goes upstream.
 */
export function checkBatch(version: ApiVersion, body: unknown, ids: Ids): CheckedBatch | GraphError {
  const parsed = parseBatch(body);
  if (!parsed.ok) return parsed.error;
  const statuses = new Map<string, number>();
  const forward: BatchRequestItem[] = [];
  const refused: BatchResponseItem[] = [];
  for (const item of parsed.requests) {
    const failed = failedDependencyOf(item, statuses);
    if (failed) {
      refused.push(failedDependency(item, failed));
      statuses.set(item.id.toLowerCase(), 424);
      continue;
    }
    const checked = checkItem(item, version);
    if (checked instanceof GraphError) {
      refused.push(refusal(item, checked, ids));
      statuses.set(item.id.toLowerCase(), checked.status);
    } else {
      forward.push(checked);
    }
  }
  return { forward, refused };
}

/** The upstream's batch answer with the gateway's own answers added. */
export function mergeBatchAnswer(upstreamBody: string | undefined, refused: readonly BatchResponseItem[]): string {
  let responses: unknown[] = [];
  if (upstreamBody) {
    const parsed = JSON.parse(upstreamBody) as { responses?: unknown };
    if (!Array.isArray(parsed.responses)) throw new Error("The upstream batch answer has no responses array.");
    responses = parsed.responses;
  }
  return JSON.stringify({ responses: [...responses, ...refused] });
}
