import type { IncomingHttpHeaders } from "node:http";

/**
 * When Node read the request, stamped before Next.js routes it: the gateway's log then counts the time a request
 * waited behind others (a busy event loop), not only its own handler's. The header is overwritten on every request,
 * so a client cannot set it, and it is believed only in a process where the stamp is installed.
 */
export const arrivalHeader = "x-console-received-at";
const installed = Symbol.for("intune-partner-console.arrival-stamp");
type Holder = { [installed]?: boolean };
const maxAgeMs = 3_600_000;

export function stampArrival(headers: IncomingHttpHeaders, now: number = Date.now()): void {
  headers[arrivalHeader] = String(now);
}

/** Stamps every request any http.Server in this process reads (instrumentation-node.ts calls it once). */
export function installArrivalStamp(server: { prototype: { emit: (event: string | symbol, ...args: unknown[]) => boolean } }): void {
  const holder = globalThis as Holder;
  if (holder[installed]) return;
  holder[installed] = true;
  const emit = server.prototype.emit;
  server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") stampArrival((args[0] as { headers: IncomingHttpHeaders }).headers);
    return emit.call(this, event, ...args);
  };
}

/** The request's arrival in epoch ms, or `fallback` (the handler's own start) without a believable stamp. */
export function arrivalOf(request: Request, fallback: number, options: { trusted?: boolean } = {}): number {
  if (!(options.trusted ?? (globalThis as Holder)[installed])) return fallback;
  const stamp = Number(request.headers.get(arrivalHeader) ?? Number.NaN);
  return Number.isFinite(stamp) && stamp <= fallback && stamp > fallback - maxAgeMs ? stamp : fallback;
}
