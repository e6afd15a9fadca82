export const apiVersions = ["beta", "v1.0"] as const;
export type ApiVersion = (typeof apiVersions)[number];

export function isApiVersion(value: unknown): value is ApiVersion {
  return typeof value === "string" && (apiVersions as readonly string[]).includes(value);
}
