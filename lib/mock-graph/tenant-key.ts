import { createHash } from "node:crypto";

/** A short fixed-size key for a tenant name, which may be a raw bearer token of up to 16 KB. */
export function tenantKey(tenant: string): string {
  return createHash("sha256").update(tenant).digest("base64url").slice(0, 22);
}
