import { GraphError } from "@/lib/graph/graph-error";

/** Who is calling: the tenant, the app (for per-app limits) and, when the token carries them, its permissions. */
export interface Caller {
  tenant: string;
  app: string;
  /** Delegated scopes and application roles; undefined when the token carries neither (no checks then). */
  permissions?: Set<string>;
  /** The signed-in user, for the audit log: the token's `upn` or `preferred_username`, and `oid`. */
  userPrincipalName?: string;
  userId?: string;
}

interface TokenClaims {
  tid?: unknown;
  scp?: unknown;
  roles?: unknown;
  appid?: unknown;
  azp?: unknown;
  upn?: unknown;
  preferred_username?: unknown;
  oid?: unknown;
}

function decodeClaims(token: string): TokenClaims | undefined {
  const parts = token.split(".");
  if (parts.length !== 3 || !parts[1]) return undefined;
  try {
    const claims = JSON.parse(Buffer.from(parts[1], "base64url").toString("utf8")) as unknown;
    return typeof claims === "object" && claims !== null && !Array.isArray(claims) ? (claims as TokenClaims) : undefined;
  } catch {
    return undefined;
  }
}

/** Demo sandboxes live in their own namespace: a tenant named by a bearer token never starts with this. */
const sandboxTenantPrefix = "sandbox:";

export function sandboxTenantOf(id: string): string {
  return `${sandboxTenantPrefix}${id}`;
}

/** Reads the bearer token: the tenant is its `tid` claim when it is a JWT, else the token itself (no signature check). */
export function callerOf(request: Request): Caller | GraphError {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(request.headers.get("authorization") ?? "");
  if (!match) {
    return new GraphError(401, "Access token is empty.", { code: "InvalidAuthenticationToken" });
  }
  const token = match[1]!;
  const claims = decodeClaims(token);
  const tenant = claims && typeof claims.tid === "string" && claims.tid ? claims.tid : token;
  if (tenant.startsWith(sandboxTenantPrefix)) {
    return new GraphError(401, "Access token validation failure: the tenant is reserved for the console's demo sandboxes.", { code: "InvalidAuthenticationToken" });
  }
  if (!claims) return { tenant, app: "unknown" };
  const app = typeof claims.appid === "string" ? claims.appid : typeof claims.azp === "string" ? claims.azp : "unknown";
  const scopes = typeof claims.scp === "string" ? claims.scp.split(" ").filter(Boolean) : undefined;
  const roles = Array.isArray(claims.roles) ? claims.roles.filter((r): r is string => typeof r === "string") : undefined;
  const permissions = scopes || roles ? new Set([...(scopes ?? []), ...(roles ?? [])]) : undefined;
  const userPrincipalName = typeof claims.upn === "string" ? claims.upn : typeof claims.preferred_username === "string" ? claims.preferred_username : undefined;
  const userId = typeof claims.oid === "string" ? claims.oid : undefined;
  return { tenant, app, permissions, userPrincipalName, userId };
}

export type Access = "partners.read" | "partners.write" | "groups.read" | "filters.read" | "audit.read";

const accepted: Record<Access, string[]> = {
  "partners.read": [
    "DeviceManagementServiceConfig.Read.All",
    "DeviceManagementServiceConfig.ReadWrite.All",
    "DeviceManagementConfiguration.Read.All",
    "DeviceManagementConfiguration.ReadWrite.All",
  ],
  "partners.write": ["DeviceManagementServiceConfig.ReadWrite.All", "DeviceManagementConfiguration.ReadWrite.All"],
  "filters.read": ["DeviceManagementConfiguration.Read.All", "DeviceManagementConfiguration.ReadWrite.All"],
  "audit.read": ["DeviceManagementApps.Read.All", "DeviceManagementApps.ReadWrite.All"],
  "groups.read": ["Group.Read.All", "Group.ReadWrite.All", "GroupMember.Read.All", "Directory.Read.All", "Directory.ReadWrite.All"],
};

/** 403 naming the missing permission, when the token's permissions do not cover the access. */
export function checkPermission(caller: Caller, access: Access): GraphError | undefined {
  if (!caller.permissions) return undefined;
  const names = accepted[access];
  if (names.some((name) => caller.permissions!.has(name))) return undefined;
  return new GraphError(
    403,
    `Insufficient privileges to complete the operation: the token lacks the permission ${names[0]} (or one of ${names.slice(1).join(", ")}).`,
    { code: "Authorization_RequestDenied" },
  );
}
