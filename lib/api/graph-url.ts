import type { ApiVersion } from "@/lib/graph/api-version";
import type { ODataQueryOptionName } from "@/lib/graph/graph-url-grammar";

/** The console's gateway; the browser never calls Graph directly. */
export const graphGatewayBase = "/api/graph";

export type ODataQuery = Partial<Record<ODataQueryOptionName, string>>;

/** Encodes with %20 rather than `+`, which Graph does not read as a space. */
export function queryString(query: ODataQuery = {}): string {
  const parts = Object.entries(query)
    .filter((entry): entry is [string, string] => typeof entry[1] === "string" && entry[1] !== "")
    .map(([name, value]) => `${name}=${encodeURIComponent(value)}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

export function graphUrl(version: ApiVersion, path: string, query?: ODataQuery): string {
  const segments = path.split("/").filter(Boolean).map((s) => (s.startsWith("$") ? s : encodeURIComponent(s)));
  return `${graphGatewayBase}/${version}/${segments.join("/")}${queryString(query)}`;
}

/** A nextLink is followed verbatim, but only when it points back at this console's gateway. */
export function isGatewayLink(link: string, origin: string): boolean {
  try {
    const url = new URL(link, origin);
    return url.origin === origin && url.pathname.startsWith(`${graphGatewayBase}/`);
  } catch {
    return false;
  }
}
