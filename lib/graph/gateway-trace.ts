/** What the gateway did for one browser request, sent back in this header (no secrets: statuses and waits only). */
export const gatewayTraceHeader = "x-gateway-trace";

export interface GatewayTrace {
  /** Each upstream attempt's answer: an HTTP status, or `timeout` / `unreachable`. */
  answers: (number | "timeout" | "unreachable")[];
  /** The wait before each retry, in milliseconds (Retry-After honoured, or backoff). */
  waitsMs: number[];
}

export function formatGatewayTrace(trace: GatewayTrace): string {
  return `attempts=${trace.answers.length};answers=${trace.answers.join(",")};waits=${trace.waitsMs.join(",")}`;
}

/** Reads the header back; undefined for anything that is not the gateway's own words. */
export function parseGatewayTrace(value: string | null | undefined): GatewayTrace | undefined {
  const match = /^attempts=(\d{1,2});answers=([a-z0-9,]*);waits=([0-9,]*)$/.exec(value ?? "");
  if (!match) return undefined;
  const answers = match[2] ? match[2].split(",").map((a) => (/^\d{3}$/.test(a) ? Number(a) : a)) : [];
  if (answers.some((a) => typeof a === "string" && a !== "timeout" && a !== "unreachable")) return undefined;
  if (answers.length !== Number(match[1])) return undefined;
  return { answers: answers as GatewayTrace["answers"], waitsMs: match[3] ? match[3].split(",").map(Number) : [] };
}

/** The trace in words: "429 → waited 1 s (Retry-After) → 200". */
export function describeGatewayTrace(trace: GatewayTrace): string {
  const parts: string[] = [];
  trace.answers.forEach((answer, index) => {
    parts.push(answer === "timeout" ? "timed out" : answer === "unreachable" ? "unreachable" : String(answer));
    const wait = trace.waitsMs[index];
    if (wait !== undefined) parts.push(`waited ${wait >= 1000 ? `${Math.round(wait / 100) / 10} s` : `${wait} ms`}`);
  });
  return parts.join(" → ");
}
