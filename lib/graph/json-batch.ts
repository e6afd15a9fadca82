import { GraphError } from "./graph-error";

/** Graph's limit on requests in one `$batch`. */
export const maxBatchRequests = 20;
const methods = new Set(["GET", "POST", "PATCH", "PUT", "DELETE"]);

export interface BatchRequestItem {
  id: string;
  method: string;
  /** Relative to the version: `/deviceManagement/...`. */
  url: string;
  headers: Record<string, string>;
  body?: unknown;
  dependsOn: string[];
}

export interface BatchResponseItem {
  id: string;
  status: number;
  headers: Record<string, string>;
  body?: unknown;
}

export type BatchParse = { ok: true; requests: BatchRequestItem[] } | { ok: false; error: GraphError };

const invalid = (message: string, target?: string): BatchParse => ({ ok: false, error: new GraphError(400, message, { code: "BadRequest", target }) });
const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/**
 * Reads a JSON batch body (GRAPH.md): at most 20 requests, ids unique regardless of case, a body only with a
 * Content-Type header, dependsOn naming other requests of the batch, no cycles. Returned in an order that runs
 * every request after those it depends on (otherwise as listed). Anything else makes the whole batch a 400.
 */
export function parseBatch(body: unknown): BatchParse {
  if (!isRecord(body) || !Array.isArray(body.requests)) return invalid("The batch body must be a JSON object with a 'requests' array.");
  const extra = Object.keys(body).find((key) => key !== "requests");
  if (extra) return invalid(`The property '${extra.slice(0, 40)}' does not exist on a batch request body.`, extra.slice(0, 40));
  const items = body.requests as unknown[];
  if (items.length === 0) return invalid("The batch holds no requests.", "requests");
  if (items.length > maxBatchRequests) return invalid(`A batch holds at most ${maxBatchRequests} requests; this one holds ${items.length}.`, "requests");
  const requests: BatchRequestItem[] = [];
  const seen = new Set<string>();
  for (const [index, item] of items.entries()) {
    const where = `requests[${index}]`;
    if (!isRecord(item)) return invalid(`${where} must be an object.`, where);
    const { id, method, url, headers = {}, body: itemBody, dependsOn = [] } = item;
    const unknown = Object.keys(item).find((key) => !["id", "method", "url", "headers", "body", "dependsOn", "atomicityGroup"].includes(key));
    if (unknown) return invalid(`The property '${unknown.slice(0, 40)}' does not exist on ${where}.`, `${where}.${unknown.slice(0, 40)}`);
    if (typeof id !== "string" || id.trim() === "" || id.length > 64) return invalid(`${where} needs an 'id': a string of 1 to 64 characters.`, `${where}.id`);
    if (seen.has(id.toLowerCase())) return invalid(`The request id '${id}' appears more than once in the batch (ids are compared regardless of case).`, `${where}.id`);
    seen.add(id.toLowerCase());
    if (typeof method !== "string" || !methods.has(method.toUpperCase())) return invalid(`${where} needs a 'method': GET, POST, PATCH, PUT or DELETE.`, `${where}.method`);
    if (typeof url !== "string" || url === "" || url.length > 2048) return invalid(`${where} needs a 'url' relative to the version, such as /deviceManagement/deviceManagementPartners.`, `${where}.url`);
    if (!isRecord(headers) || Object.values(headers).some((v) => typeof v !== "string")) return invalid(`${where}.headers must be an object of strings.`, `${where}.headers`);
    const lowered = Object.fromEntries(Object.entries(headers as Record<string, string>).map(([k, v]) => [k.toLowerCase(), v]));
    if (itemBody !== undefined && !lowered["content-type"]) return invalid(`${where} has a body but no Content-Type header.`, `${where}.headers`);
    if (!Array.isArray(dependsOn) || dependsOn.some((d) => typeof d !== "string")) return invalid(`${where}.dependsOn must be an array of request ids.`, `${where}.dependsOn`);
    requests.push({ id, method: method.toUpperCase(), url, headers: lowered, body: itemBody, dependsOn: dependsOn as string[] });
  }
  const byId = new Map(requests.map((r) => [r.id.toLowerCase(), r]));
  for (const request of requests) {
    for (const dependency of request.dependsOn) {
      if (!byId.has(dependency.toLowerCase()) || dependency.toLowerCase() === request.id.toLowerCase()) {
        return invalid(`The request '${request.id}' depends on '${dependency}', which is not another request of this batch.`, "dependsOn");
      }
    }
  }
  const ordered: BatchRequestItem[] = [];
  const state = new Map<string, "visiting" | "done">();
  const visit = (request: BatchRequestItem): boolean => {
    const key = request.id.toLowerCase();
    if (state.get(key) === "done") return true;
    if (state.get(key) === "visiting") return false;
    state.set(key, "visiting");
    for (const dependency of request.dependsOn) if (!visit(byId.get(dependency.toLowerCase())!)) return false;
    state.set(key, "done");
    ordered.push(request);
    return true;
  };
  for (const request of requests) if (!visit(request)) return invalid("The batch's dependsOn references form a cycle.", "dependsOn");
  return { ok: true, requests: ordered };
}

/** The 424 Graph answers for a request whose dependency failed. */
export function failedDependency(request: BatchRequestItem, dependency: string): BatchResponseItem {
  return {
    id: request.id,
    status: 424,
    headers: { "Content-Type": "application/json" },
    body: { error: { code: "FailedDependency", message: `The request '${request.id}' was not run: the request '${dependency}' it depends on failed.` } },
  };
}

/** The dependency of `request` that failed, when one did. */
export function failedDependencyOf(request: BatchRequestItem, statuses: ReadonlyMap<string, number>): string | undefined {
  return request.dependsOn.find((d) => (statuses.get(d.toLowerCase()) ?? 0) >= 400);
}

/** An inner URL relative to the batch's version; the official client sends `/v1.0/...`, which names the same place. */
export function innerPathOf(url: string, version: string): string {
  const path = url.startsWith("/") ? url : `/${url}`;
  return path.startsWith(`/${version}/`) ? path.slice(version.length + 1) : path;
}
