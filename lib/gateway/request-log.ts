/** One structured line per request. Never the query values, headers or bodies: tokens must not reach a log. */
export interface GatewayLogEntry {
  mode: "demo" | "live";
  method: string;
  /** The path without the query string. */
  path: string;
  /** The names of the query options sent, without their values. */
  query: string[];
  status: number;
  durationMs: number;
  requestId: string;
  clientRequestId: string;
  /** Upstream attempts, when there was an upstream call. */
  attempts?: number;
}

export type GatewayLogger = (entry: GatewayLogEntry) => void;

export const writeGatewayLog: GatewayLogger = (entry) => {
  process.stdout.write(`${JSON.stringify({ time: new Date().toISOString(), msg: "graph-gateway", ...entry })}\n`);
};

const maxLoggedPathLength = 300;

/** A path fit for the log: without the query, and cut short when a hostile request makes it long. */
export function loggablePath(url: string): string {
  const path = url.replace(/^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/, "").split(/[?#]/, 1)[0] ?? "";
  return path.length > maxLoggedPathLength ? `${path.slice(0, maxLoggedPathLength)}...` : path;
}
