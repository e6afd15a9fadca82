import { randomUUID } from "node:crypto";

/** A person in a test tenant, and the delegated permissions their tokens carry in `scp`. */
export interface TestUser {
  /** The tenant the tokens are for. */
  tenantId: string;
  /** The account's home tenant when it is a B2B guest in tenantId. */
  homeTenantId?: string;
  objectId: string;
  name: string;
  username: string;
  scopes: string[];
}

export function testUser(tenantId: string, name: string, scopes: string[]): TestUser {
  const username = `${name.toLowerCase().replace(/[^a-z]+/g, ".")}@${tenantId.slice(0, 8)}.example.com`;
  return { tenantId, objectId: randomUUID(), name, username, scopes };
}

export const base64url = (value: string | Buffer): string => Buffer.from(value).toString("base64url");
export const fromBase64url = (value: string): string => Buffer.from(value, "base64url").toString("utf8");

/** Unsigned as far as anyone checks: msal-browser reads claims but never verifies signatures, and the mock trusts `tid`/`scp`. */
export function jwt(claims: Record<string, unknown>): string {
  return [base64url(JSON.stringify({ typ: "JWT", alg: "RS256", kid: "e2e-test" })), base64url(JSON.stringify(claims)), base64url("e2e-signature")].join(".");
}

const now = () => Math.floor(Date.now() / 1000);

/** A Graph access token as Entra issues it for delegated permissions. */
export function accessToken(user: TestUser, clientId: string, lifetimeSeconds = 3600): string {
  return jwt({
    aud: "https://graph.microsoft.com",
    iss: `https://sts.windows.net/${user.tenantId}/`,
    iat: now(),
    nbf: now(),
    exp: now() + lifetimeSeconds,
    appid: clientId,
    name: user.name,
    oid: user.objectId,
    upn: user.username,
    scp: user.scopes.join(" "),
    tid: user.tenantId,
    ver: "1.0",
  });
}

export function idToken(user: TestUser, clientId: string, nonce: string | undefined): string {
  return jwt({
    aud: clientId,
    iss: `https://login.microsoftonline.com/${user.tenantId}/v2.0`,
    iat: now(),
    nbf: now(),
    exp: now() + 3600,
    name: user.name,
    preferred_username: user.username,
    oid: user.objectId,
    sub: user.objectId,
    tid: user.tenantId,
    ver: "2.0",
    ...(nonce === undefined ? {} : { nonce }),
  });
}

/** `client_info` as Entra sends it: base64url JSON of the home account's object and tenant ids. */
export function clientInfo(user: TestUser): string {
  return base64url(JSON.stringify({ uid: user.objectId, utid: user.homeTenantId ?? user.tenantId }));
}
