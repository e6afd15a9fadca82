export interface RetryPolicy {
  /** Retries after the first attempt. */
  maxRetries: number;
  /** Time for all attempts and waits together; a wait that would pass it is not made. */
  budgetMs: number;
  /** First backoff step when the answer has no usable Retry-After; doubles per retry, with jitter. */
  baseDelayMs: number;
  maxDelayMs: number;
}

export const defaultRetryPolicy: RetryPolicy = { maxRetries: 3, budgetMs: 30_000, baseDelayMs: 500, maxDelayMs: 8_000 };

export const retryableStatuses: readonly number[] = [429, 503, 504];

// Only requests that are safe to repeat after the upstream may have acted on them (HTTP's idempotent methods).
// A 429 is different: Graph throttles before doing any work, so any method may be sent again after one.
const idempotentMethods: readonly string[] = ["GET", "HEAD", "PUT", "DELETE", "OPTIONS"];

export function isIdempotent(method: string): boolean {
  return idempotentMethods.includes(method);
}

export function isRetryable(method: string, status: number): boolean {
  if (status === 429) return true;
  return retryableStatuses.includes(status) && isIdempotent(method);
}

/** Retry-After as milliseconds from now: delta-seconds or an HTTP date; undefined when absent or unreadable. */
export function parseRetryAfter(value: string | null, nowMs: number): number | undefined {
  if (value === null) return undefined;
  const text = value.trim();
  if (/^\d+$/.test(text)) return Number(text) * 1000;
  if (!/[A-Za-z]/.test(text)) return undefined;
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - nowMs);
}

/** Exponential backoff with "equal jitter": half the step fixed, half random, so retries from many callers spread out. */
export function backoffDelayMs(retry: number, policy: RetryPolicy, random: () => number): number {
  const step = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
  return Math.round(step / 2 + (step / 2) * random());
}

export interface RetryDecisionInput {
  method: string;
  status: number;
  retryAfter: string | null;
  /** Retries already made. */
  retries: number;
  /** Time since the first attempt started. */
  elapsedMs: number;
  nowMs: number;
  policy: RetryPolicy;
  random: () => number;
}

/** How long to wait before the next attempt, or undefined to answer with what we have. */
export function retryDelay(input: RetryDecisionInput): number | undefined {
  const { method, status, retries, elapsedMs, policy } = input;
  if (!isRetryable(method, status) || retries >= policy.maxRetries) return undefined;
  const delay = parseRetryAfter(input.retryAfter, input.nowMs) ?? backoffDelayMs(retries, policy, input.random);
  return elapsedMs + delay < policy.budgetMs ? delay : undefined;
}
