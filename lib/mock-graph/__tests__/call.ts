import type { MockGraph } from "../mock-graph";

export interface CallOptions {
  body?: unknown;
  headers?: Record<string, string>;
  token?: string | null;
}

/** Sends one request to the mock as a Graph client would (bearer token "tenant-a" unless told otherwise). */
export async function call(graph: MockGraph, method: string, path: string, options: CallOptions = {}) {
  const token = options.token === undefined ? "tenant-a" : options.token;
  const headers: Record<string, string> = { ...(token ? { authorization: `Bearer ${token}` } : {}), ...options.headers };
  let body: string | undefined;
  if (options.body !== undefined) {
    body = typeof options.body === "string" ? options.body : JSON.stringify(options.body);
    headers["content-type"] ??= "application/json";
  }
  const response = await graph.handle(new Request(`http://mock.test${path}`, { method, headers, body }));
  const text = await response.text();
  let json: Record<string, unknown> & { value?: Record<string, unknown>[]; error?: { code: string; message: string; target?: string } } = {};
  try {
    json = text ? JSON.parse(text) : {};
  } catch {
    json = {};
  }
  return { status: response.status, headers: response.headers, text, json };
}

/** An unsigned JWT with the given claims (the mock reads claims, it checks no signature). */
export function jwt(claims: Record<string, unknown>): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none", typ: "JWT" })}.${part(claims)}.signature`;
}

export const dmp = "/v1.0/deviceManagement/deviceManagementPartners";
export const dmpBeta = "/beta/deviceManagement/deviceManagementPartners";
export const cmp = "/v1.0/deviceManagement/complianceManagementPartners";
export const cmpBeta = "/beta/deviceManagement/complianceManagementPartners";
