import { GraphError } from "@/lib/graph/graph-error";
import { failedDependency, failedDependencyOf, innerPathOf, parseBatch, type BatchRequestItem, type BatchResponseItem } from "@/lib/graph/json-batch";
import { readJsonBody } from "../request-body";
import { errorResponse, jsonResponse } from "../responses";
import type { RouteContext, RouteHandler } from "../route-context";

// Inner answers carry these headers, spelled as Graph spells them: the official client reads "Content-Type" as is.
const answeredHeaders: Record<string, string> = {
  "content-type": "Content-Type",
  "retry-after": "Retry-After",
  location: "Location",
  "preference-applied": "Preference-Applied",
  "cache-control": "Cache-Control",
};

async function innerResponse(request: BatchRequestItem, response: Response): Promise<BatchResponseItem> {
  const headers: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    if (answeredHeaders[name]) headers[answeredHeaders[name]] = value;
  });
  const text = await response.text();
  let body: unknown;
  if (text !== "") body = /^application\/json/i.test(headers["Content-Type"] ?? "") ? (JSON.parse(text) as unknown) : text;
  return { id: request.id, status: response.status, headers, ...(body === undefined ? {} : { body }) };
}

function innerRequest(context: RouteContext, item: BatchRequestItem): Request {
  const headers = new Headers(item.headers);
  const authorization = context.request.headers.get("authorization");
  if (authorization) headers.set("authorization", authorization);
  // Every change a batch makes carries the batch's client-request-id, unless the request names its own.
  if (!headers.has("client-request-id")) headers.set("client-request-id", context.ids.clientRequestId);
  const body = item.body === undefined ? undefined : typeof item.body === "string" ? item.body : JSON.stringify(item.body);
  const url = `${context.basePathUrl}${innerPathOf(item.url, context.version)}`;
  return new Request(url, { method: item.method, headers, body });
}

/**
 * POST /{version}/$batch: each request answered as a direct call would be (its own throttling, its own
 * Retry-After, each write on disk before the batch answers), dependents of a failed request 424.
 */
export const batchRoute: RouteHandler = async (context) => {
  const read = await readJsonBody(context.request);
  if (!read.ok) return errorResponse(context.ids, read.error);
  const parsed = parseBatch(read.value);
  if (!parsed.ok) return errorResponse(context.ids, parsed.error);
  const statuses = new Map<string, number>();
  const responses: BatchResponseItem[] = [];
  for (const item of parsed.requests) {
    const failed = failedDependencyOf(item, statuses);
    let answer: BatchResponseItem;
    if (failed) answer = failedDependency(item, failed);
    else if (/^\/\$batch(?:[/?]|$)/i.test(innerPathOf(item.url, context.version))) {
      const error = new GraphError(400, "A batch cannot hold another $batch request.", { code: "BadRequest" });
      answer = await innerResponse(item, errorResponse(context.ids, error));
    } else {
      answer = await innerResponse(item, await context.dispatch(innerRequest(context, item)));
    }
    statuses.set(item.id.toLowerCase(), answer.status);
    responses.push(answer);
  }
  return jsonResponse(context.ids, 200, { responses });
};
