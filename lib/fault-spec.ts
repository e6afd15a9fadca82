/**
 * Fault injection, written as in MOCK_GRAPH_FAULTS:
 * `rate=0.2,codes=429;503,retryAfter=2,latency=50-400[,methods=PATCH;POST][,count=N]`.
 * `count` limits the faults to the next N matching requests (handy for tests); `methods` to those methods.
 */
export interface FaultSpec {
  /** Share of matching requests that fail, 0..1. */
  rate: number;
  /** HTTP statuses to answer with, picked at random. */
  codes: number[];
  /** Seconds for Retry-After on 429/503; omitted when unset (Intune sometimes omits it too). */
  retryAfter?: number;
  /** Added latency range in milliseconds, applied to every matching request. */
  latency?: { min: number; max: number };
  methods?: string[];
  count?: number;
}

const faultCodes = new Set([400, 403, 404, 409, 429, 500, 502, 503, 504]);

export function parseFaultSpec(text: string): FaultSpec {
  const spec: FaultSpec = { rate: 0, codes: [503] };
  for (const part of text.split(",").map((p) => p.trim()).filter(Boolean)) {
    const [key, value = ""] = part.split("=", 2).map((s) => s.trim()) as [string, string?];
    switch (key) {
      case "rate": {
        const rate = Number(value);
        if (!value || !Number.isFinite(rate) || rate < 0 || rate > 1) throw new Error(`rate must be a number from 0 to 1, got '${value}'`);
        spec.rate = rate;
        break;
      }
      case "codes": {
        const codes = value.split(";").map(Number);
        const bad = codes.find((c) => !faultCodes.has(c));
        if (!value || bad !== undefined) throw new Error(`codes must be ;-separated statuses from ${[...faultCodes].join(", ")}, got '${value}'`);
        spec.codes = codes;
        break;
      }
      case "retryAfter": {
        const seconds = Number(value);
        if (!value || !Number.isInteger(seconds) || seconds < 0 || seconds > 3600) throw new Error(`retryAfter must be whole seconds from 0 to 3600, got '${value}'`);
        spec.retryAfter = seconds;
        break;
      }
      case "latency": {
        const match = /^(\d+)(?:-(\d+))?$/.exec(value);
        const min = Number(match?.[1]);
        const max = Number(match?.[2] ?? match?.[1]);
        if (!match || max < min || max > 60_000) throw new Error(`latency must be milliseconds as MIN-MAX (at most 60000), got '${value}'`);
        spec.latency = { min, max };
        break;
      }
      case "methods": {
        const methods = value.split(";").map((m) => m.toUpperCase());
        if (!value || methods.some((m) => !["GET", "POST", "PATCH", "DELETE"].includes(m))) throw new Error(`methods must be ;-separated from GET, POST, PATCH, DELETE, got '${value}'`);
        spec.methods = methods;
        break;
      }
      case "count": {
        const count = Number(value);
        if (!value || !Number.isInteger(count) || count < 1) throw new Error(`count must be a whole number of at least 1, got '${value}'`);
        spec.count = count;
        break;
      }
      default:
        throw new Error(`unknown setting '${key}' (expected rate, codes, retryAfter, latency, methods or count)`);
    }
  }
  return spec;
}
