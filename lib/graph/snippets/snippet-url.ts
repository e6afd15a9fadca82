import { splitPath, type GraphRequestSpec } from "../graph-operation";

export const graphHost = "https://graph.microsoft.com";

/** Keeps OData's punctuation readable, as Graph Explorer shows it, while spaces and quotes are escaped. */
export function encodeQueryValue(value: string): string {
  return encodeURIComponent(value).replace(/%24/g, "$").replace(/%2C/g, ",").replace(/%3A/g, ":").replace(/%2F/g, "/");
}

/** The path under the version (no query), each segment escaped, leading slash. */
export function pathOf(spec: GraphRequestSpec): string {
  const { segments } = splitPath(spec.path);
  return `/${segments.map((s) => (s.startsWith("$") ? s : encodeURIComponent(s).replace(/%2C/g, ",").replace(/%3D/g, "=").replace(/%27/g, "'"))).join("/")}`;
}

/** The OData options of a request: those in its path, then `query` (which wins). */
export function queryOf(spec: GraphRequestSpec): Record<string, string> {
  return { ...splitPath(spec.path).query, ...(spec.query ?? {}) };
}

export function queryStringOf(spec: GraphRequestSpec): string {
  const parts = Object.entries(queryOf(spec)).map(([name, value]) => `${name}=${encodeQueryValue(value)}`);
  return parts.length ? `?${parts.join("&")}` : "";
}

/** The absolute Graph URL the request goes to. */
export function graphUrlOf(spec: GraphRequestSpec, host = graphHost): string {
  return `${host}/${spec.version}${pathOf(spec)}${queryStringOf(spec)}`;
}

export function hasBody(spec: GraphRequestSpec): boolean {
  return spec.body !== undefined && spec.method !== "GET" && spec.method !== "DELETE";
}
