import type { GatewayTrace } from "../graph/gateway-trace";
import { GraphError } from "../graph/graph-error";
import { isIdempotent, retryDelay, type RetryPolicy } from "./retry-policy";

export interface UpstreamRequest {
  url: string;
  method: string;
  headers: Headers;
  body?: string;
}

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  body: string;
}

export interface UpstreamDependencies {
  fetch: typeof fetch;
  timeoutMs: number;
  policy: RetryPolicy;
  sleep: (ms: number) => Promise<void>;
  now: () => number;
  random: () => number;
}

export type UpstreamOutcome =
  | { ok: true; answer: UpstreamAnswer; attempts: number; trace: GatewayTrace }
  | { ok: false; error: GraphError; attempts: number; trace: GatewayTrace };

class UpstreamTimeout extends Error {}

/**
 * Calls the upstream with a timeout per attempt, never following redirects, and retries 429/503/504, and an idempotent
 * call's timed-out attempt, as the retry policy allows. When retries run out the caller gets the last answer, with its Retry-After.
 */
export async function callUpstream(request: UpstreamRequest, deps: UpstreamDependencies): Promise<UpstreamOutcome> {
  const started = deps.now();
  const trace: GatewayTrace = { answers: [], waitsMs: [] };
  const wait = async (ms: number) => {
    trace.waitsMs.push(ms);
    await deps.sleep(ms);
  };
  for (let attempt = 1; ; attempt++) {
    const remaining = deps.policy.budgetMs - (deps.now() - started);
    let answer: UpstreamAnswer;
    try {
      answer = await attemptOnce(request, deps.fetch, Math.max(1, Math.min(deps.timeoutMs, remaining)));
    } catch (error) {
      if (!(error instanceof UpstreamTimeout)) {
        trace.answers.push("unreachable");
        return { ok: false, attempts: attempt, trace, error: new GraphError(502, "Microsoft Graph could not be reached. Try again.", { code: "BadGateway" }) };
      }
      // A timed-out attempt is retried as a 504 would be: idempotent methods only, within the budget.
      trace.answers.push("timeout");
      const delay = nextDelay(request.method, 504, null, attempt, started, deps);
      if (delay !== undefined) {
        await wait(delay);
        continue;
      }
      return { ok: false, attempts: attempt, trace, error: timeoutError(request.method) };
    }
    trace.answers.push(answer.status);
    if (answer.status >= 300 && answer.status < 400) {
      return {
        ok: false,
        attempts: attempt,
        trace,
        error: new GraphError(502, `Microsoft Graph answered with a redirect (HTTP ${answer.status}), which the console does not follow.`, {
          code: "BadGateway",
        }),
      };
    }
    const delay = nextDelay(request.method, answer.status, answer.headers.get("retry-after"), attempt, started, deps);
    if (delay === undefined) return { ok: true, answer, attempts: attempt, trace };
    await wait(delay);
  }
}

function nextDelay(method: string, status: number, retryAfter: string | null, attempt: number, started: number, deps: UpstreamDependencies): number | undefined {
  return retryDelay({
    method,
    status,
    retryAfter,
    retries: attempt - 1,
    elapsedMs: deps.now() - started,
    nowMs: deps.now(),
    policy: deps.policy,
    random: deps.random,
  });
}

/** A change that timed out may still have been made: Graph may have acted before the answer was lost. */
function timeoutError(method: string): GraphError {
  const message = isIdempotent(method)
    ? "Microsoft Graph did not answer in time. Try again."
    : "Microsoft Graph did not answer in time. The change may have been applied anyway: check before making it again.";
  return new GraphError(504, message, { code: "GatewayTimeout" });
}

async function attemptOnce(request: UpstreamRequest, fetchImpl: typeof fetch, timeoutMs: number): Promise<UpstreamAnswer> {
  const controller = new AbortController();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new UpstreamTimeout());
      controller.abort();
    }, timeoutMs);
  });
  try {
    // The body is read inside the timeout too: an upstream that stalls mid-answer is as stuck as one that never answers.
    return await Promise.race([
      (async () => {
        const response = await fetchImpl(request.url, {
          method: request.method,
          headers: request.headers,
          body: request.body,
          redirect: "manual",
          cache: "no-store",
          signal: controller.signal,
        });
        // An opaque redirect (browsers) has status 0; treat it as the 3xx it was.
        const status = response.type === "opaqueredirect" ? 302 : response.status;
        return { status, headers: response.headers, body: await response.text() };
      })(),
      timeout,
    ]);
  } finally {
    clearTimeout(timer);
  }
}
