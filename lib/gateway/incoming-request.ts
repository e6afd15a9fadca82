import type { IncomingHttpHeaders } from "node:http";

/**
 * What the console does to a request as Node reads it, before Next.js routes it (instrumentation-node.ts installs
 * it; a server entry in front of Next can call `prepareIncomingRequest` itself):
 * - stamps when it arrived, so the gateway's log counts the time a request waited behind others on a busy event
 *   loop, not only its own handler's (the header is overwritten every time, so a client cannot set it);
 * - without TRUST_PROXY, drops the forwarded headers a client sent: Next.js builds the request's URL from
 *   X-Forwarded-Proto, so they would otherwise decide the scheme the console thinks it was reached over.
 */
export const arrivalHeader = "x-console-received-at";
const forwardedHeaders = ["forwarded", "x-forwarded-host", "x-forwarded-proto", "x-forwarded-port", "x-forwarded-for"];
const installed = Symbol.for("intune-partner-console.incoming-request");
type Holder = { [installed]?: boolean };
const maxAgeMs = 3_600_000;

export function prepareIncomingRequest(headers: IncomingHttpHeaders, options: { trustProxy: boolean; now?: number }): void {
  if (!options.trustProxy) for (const name of forwardedHeaders) delete headers[name];
  headers[arrivalHeader] = String(options.now ?? Date.now());
}

type EmitterClass = { prototype: { emit: (event: string | symbol, ...args: unknown[]) => boolean } };

/** Prepares every request any http.Server of this process reads. */
export function installIncomingRequestHook(server: EmitterClass, options: { trustProxy: boolean }): void {
  const holder = globalThis as Holder;
  if (holder[installed]) return;
  holder[installed] = true;
  const emit = server.prototype.emit;
  server.prototype.emit = function (this: unknown, event: string | symbol, ...args: unknown[]) {
    if (event === "request") prepareIncomingRequest((args[0] as { headers: IncomingHttpHeaders }).headers, options);
    return emit.call(this, event, ...args);
  };
}

/** The request's arrival in epoch ms, or `fallback` (the handler's own start) without a believable stamp. */
export function arrivalOf(request: Request, fallback: number, options: { trusted?: boolean } = {}): number {
  if (!(options.trusted ?? (globalThis as Holder)[installed])) return fallback;
  const stamp = Number(request.headers.get(arrivalHeader) ?? Number.NaN);
  return Number.isFinite(stamp) && stamp <= fallback && stamp > fallback - maxAgeMs ? stamp : fallback;
}
