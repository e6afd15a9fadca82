import { isApiVersion } from "@/lib/graph/api-version";
import type { GraphRequestSpec, HttpMethod } from "@/lib/graph/graph-operation";
import type { GraphCall } from "./graph-call-log";
import { graphGatewayBase } from "./graph-url";

/** The Graph request behind a gateway call, as a script would send it; undefined for a URL outside /api/graph/{version}. */
export function specOfGraphCall(call: Pick<GraphCall, "method" | "url" | "headers" | "requestBody">): GraphRequestSpec | undefined {
  let url: URL;
  try {
    url = new URL(call.url, "http://console.invalid");
  } catch {
    return undefined;
  }
  const prefix = `${graphGatewayBase}/`;
  if (!url.pathname.startsWith(prefix)) return undefined;
  const [version, ...rest] = url.pathname.slice(prefix.length).split("/");
  if (!isApiVersion(version)) return undefined;
  let body: unknown;
  if (call.requestBody !== undefined) {
    try {
      body = JSON.parse(call.requestBody);
    } catch {
      body = call.requestBody;
    }
  }
  const headers = Object.fromEntries(Object.entries(call.headers).filter(([name]) => !/^(authorization|cookie|accept|content-type|x-requested-with)$/i.test(name)));
  return {
    method: call.method as HttpMethod,
    version,
    path: `/${rest.join("/")}${url.search}`,
    ...(body !== undefined ? { body } : {}),
    ...(Object.keys(headers).length ? { headers } : {}),
  };
}

/** A body shown pretty-printed when it is JSON, as it came otherwise. */
export function prettyBody(text: string | undefined): string {
  if (!text) return "";
  try {
    return JSON.stringify(JSON.parse(text), null, 2);
  } catch {
    return text;
  }
}
