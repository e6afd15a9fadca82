import { formatGatewayTrace, gatewayTraceHeader } from "../graph/gateway-trace";
import { GraphError } from "../graph/graph-error";
import { isResourceName } from "../graph/resources";
import type { BatchResponseItem } from "../graph/json-batch";
import { validateEntityBody } from "../graph/validate-body";
import { checkBatch, mergeBatchAnswer } from "./batch-check";
import { consoleOrigin, isHttps } from "./console-origin";
import { resolveSandbox } from "./demo-sandbox";
import { graphErrorResponse, type ResponseIds } from "./error-response";
import { matchGraphRoute, type GraphRoute } from "./graph-route";
import { rewriteUpstreamLinks, rewriteUpstreamUrl } from "./link-rewrite";
import type { MockGraphService } from "./mock-graph-service";
import { parseQueryOptions } from "./query-options";
import { readJsonBody } from "../graph/read-json-body";
import { clientRequestIdOf, newRequestId } from "./request-ids";
import { arrivalOf } from "./incoming-request";
import { loggablePath, writeGatewayLog, type GatewayLogEntry, type GatewayLogger } from "./request-log";
import { gatewayBasePath, parseRequestTarget } from "./request-target";
import { buildDownstreamHeaders } from "./response-headers";
import { defaultRetryPolicy, type RetryPolicy } from "./retry-policy";
import { checkSameOrigin, isMutation } from "./same-origin";
import { callUpstream } from "./upstream-call";
import { buildUpstreamHeaders } from "./upstream-headers";

export interface GraphGatewayOptions {
  mode: "demo" | "live";
  /** GRAPH_BASE_URL, without a trailing slash. */
  upstreamBaseUrl: string;
  timeoutMs: number;
  retryPolicy?: Partial<RetryPolicy>;
  /** Demo mode's in-process Graph; called lazily so live mode never builds one. */
  mockGraph?: () => MockGraphService;
  fetch?: typeof fetch;
  sleep?: (ms: number) => Promise<void>;
  now?: () => number;
  random?: () => number;
  log?: GatewayLogger;
  /** TRUST_PROXY: believe a reverse proxy's Forwarded / X-Forwarded-* headers (console-origin.ts). */
  trustProxy?: boolean;
  /** Signs the demo sandbox cookie (sandbox-secret.ts); a random key when left out. */
  sandboxSecret?: Uint8Array;
}

export interface GraphGateway {
  handle(request: Request): Promise<Response>;
}

// token68 (RFC 7235), bounded: anything else is not a bearer token Graph would take.
const bearerPattern = /^Bearer [A-Za-z0-9\-._~+/]+=*$/;
const maxAuthorizationLength = 16_384;
// Graph answers JSON, or text/plain for $count; anything else (an HTML error page from a proxy, say) is not passed on.
const passedContentTypes = /^(application\/json|text\/plain)\s*(;|$)/i;
const countAnswer = /^\s*\d{1,16}\s*$/;

export function createGraphGateway(options: GraphGatewayOptions): GraphGateway {
  const deps = {
    fetch: options.fetch ?? ((input, init) => fetch(input, init)),
    sleep: options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))),
    now: options.now ?? Date.now,
    random: options.random ?? Math.random,
    timeoutMs: options.timeoutMs,
    policy: { ...defaultRetryPolicy, ...options.retryPolicy },
  } satisfies Parameters<typeof callUpstream>[1];
  const log = options.log ?? writeGatewayLog;
  const upstreamRoot = `${options.upstreamBaseUrl.replace(/\/+$/, "")}/`;
  const origin = { trustProxy: options.trustProxy ?? false };
  const secret = options.sandboxSecret ?? crypto.getRandomValues(new Uint8Array(32));

  async function handle(request: Request): Promise<Response> {
    const started = arrivalOf(request, deps.now());
    const ids: ResponseIds = { requestId: newRequestId(), clientRequestId: clientRequestIdOf(request.headers) };
    const entry: Omit<GatewayLogEntry, "status" | "durationMs" | "requestId" | "clientRequestId"> = {
      mode: options.mode,
      method: request.method,
      path: loggablePath(request.url),
      query: [],
    };

    const finish = (response: Response): Response => {
      log({
        ...entry,
        status: response.status,
        durationMs: deps.now() - started,
        requestId: response.headers.get("request-id") ?? ids.requestId,
        clientRequestId: ids.clientRequestId,
      });
      return response;
    };
    const fail = (error: GraphError, extraHeaders?: Record<string, string>) => finish(graphErrorResponse(error, ids, extraHeaders));

    try {
      const target = parseRequestTarget(request.url);
      if (!target.ok) return fail(target.error);
      const query = parseQueryOptions(target.target.rawQuery);
      if (!query.ok) return fail(query.error);
      entry.query = query.options.names;
      const matched = matchGraphRoute(target.target.segments, request.method);
      if (!matched.ok) return fail(matched.error, matched.allow ? { allow: matched.allow.join(", ") } : undefined);
      const route = matched.route;

      if (isMutation(request.method)) {
        const denied = checkSameOrigin(request, origin);
        if (denied) return fail(denied);
      }

      let authorization: string | undefined;
      if (options.mode === "live") {
        authorization = request.headers.get("authorization") ?? undefined;
        if (!authorization || authorization.length > maxAuthorizationLength || !bearerPattern.test(authorization)) {
          return fail(new GraphError(401, "Access token is empty or malformed: sign in again.", { code: "InvalidAuthenticationToken" }));
        }
      }

      let body: string | undefined;
      let refused: BatchResponseItem[] = [];
      if (route.operation === "batch") {
        const read = await readJsonBody(request);
        if (!read.ok) return fail(read.error);
        const batch = checkBatch(route.version, read.value, ids);
        if (batch instanceof GraphError) return fail(batch);
        refused = batch.refused;
        if (batch.forward.length === 0) {
          return finish(respond(200, new Headers({ "content-type": "application/json" }), mergeBatchAnswer(undefined, refused), ids));
        }
        body = JSON.stringify({ requests: batch.forward });
      } else {
        const checked = await checkedBody(request, route);
        if (checked instanceof GraphError) return fail(checked);
        body = checked;
      }
      // The gateway's own answers to the batch requests it refused join the upstream's.
      const withRefused = (status: number, text: string) => (refused.length > 0 && status === 200 ? mergeBatchAnswer(text, refused) : text);

      const search = query.options.query ? `?${query.options.query}` : "";
      const headers = buildUpstreamHeaders(request.headers, { authorization, clientRequestId: ids.clientRequestId, withBody: body !== undefined });
      const gatewayRoot = `${consoleOrigin(request, origin)}${gatewayBasePath}/`;

      if (options.mode === "demo") {
        const mock = options.mockGraph?.();
        if (!mock) throw new Error("Demo mode needs the mock Graph service.");
        const sandbox = resolveSandbox(request.headers, { secure: isHttps(request, origin), secret });
        // The mock stands where Graph would, so its throttling and faults meet the same retries, waits and timeouts.
        const mockFetch = (async (url: string, init: RequestInit) =>
          mock.handle(new Request(url, init), { basePath: gatewayBasePath, tenant: sandbox.tenant })) as unknown as typeof fetch;
        const outcome = await callUpstream({ url: `${gatewayRoot}${route.path.slice(1)}${search}`, method: request.method, headers, body }, { ...deps, fetch: mockFetch });
        entry.attempts = outcome.attempts;
        const traced: Record<string, string> = { [gatewayTraceHeader]: formatGatewayTrace(outcome.trace), ...(sandbox.setCookie ? { "set-cookie": sandbox.setCookie } : {}) };
        if (!outcome.ok) return fail(outcome.error, traced);
        const { answer } = outcome;
        const downstream = buildDownstreamHeaders(answer.headers, (url) => (url.startsWith(gatewayRoot) ? url : undefined));
        for (const [name, value] of Object.entries(traced)) downstream.append(name, value);
        return finish(respond(answer.status, downstream, withRefused(answer.status, answer.body), ids));
      }

      const outcome = await callUpstream({ url: `${upstreamRoot}${route.path.slice(1)}${search}`, method: request.method, headers, body }, deps);
      entry.attempts = outcome.attempts;
      const traced = { [gatewayTraceHeader]: formatGatewayTrace(outcome.trace) };
      if (!outcome.ok) return fail(outcome.error, traced);
      const { answer } = outcome;
      const contentType = answer.headers.get("content-type");
      if (answer.body !== "" && (!contentType || !passedContentTypes.test(contentType))) {
        return fail(badGateway(`Microsoft Graph answered HTTP ${answer.status} with content of type '${contentType ?? "none"}', which the console does not pass on.`), traced);
      }
      const downstream = buildDownstreamHeaders(answer.headers, (url) => rewriteUpstreamUrl(url, upstreamRoot, gatewayRoot));
      downstream.set(gatewayTraceHeader, traced[gatewayTraceHeader]);
      let text = answer.body;
      if (text !== "" && /json/i.test(contentType ?? "")) {
        const rewritten = rewriteUpstreamLinks(answer.body, upstreamRoot, gatewayRoot);
        if (!rewritten.ok) return fail(badGateway(rewritten.reason), traced);
        text = rewritten.body;
      } else if (text !== "" && !countAnswer.test(text)) {
        // Graph answers text/plain only for $count: any other text could carry a link nobody rewrote.
        return fail(badGateway(`Microsoft Graph answered HTTP ${answer.status} with text that is not a count, which the console does not pass on.`), traced);
      }
      text = withRefused(answer.status, text);
      return finish(respond(answer.status, downstream, text, ids));
    } catch (error) {
      console.error(`graph-gateway: ${error instanceof Error ? error.message : String(error)}`);
      return fail(new GraphError(500, "The console could not handle the request.", { code: "InternalError" }));
    }
  }

  return { handle };
}

/** The JSON body a create or update carries, validated and re-serialised; undefined for requests without one. */
async function checkedBody(request: Request, route: GraphRoute): Promise<string | GraphError | undefined> {
  if (!isResourceName(route.resource) || (route.operation !== "create" && route.operation !== "update")) return undefined;
  const read = await readJsonBody(request);
  if (!read.ok) return read.error;
  const valid = validateEntityBody(route.resource, route.version, route.operation, read.value);
  if (!valid.ok) return valid.error;
  // Re-serialised so that what Graph parses is exactly what was checked (no duplicate keys, no trailing junk).
  return JSON.stringify(read.value);
}

function badGateway(message: string): GraphError {
  return new GraphError(502, message, { code: "BadGateway" });
}

/** Graph's ids go back as Graph sent them; ours fill in when an answer lacks them. */
function respond(status: number, headers: Headers, body: string, ids: ResponseIds): Response {
  if (!headers.has("request-id")) headers.set("request-id", ids.requestId);
  if (!headers.has("client-request-id")) headers.set("client-request-id", ids.clientRequestId);
  const empty = status === 204 || status === 304 || body === "";
  return new Response(empty ? null : body, { status, headers });
}
