import { authority, redirectBridgePath } from "./msal-configuration";
import { graphScopes } from "./graph-scopes";

export interface ConsoleApp {
  clientId: string;
  /** AZURE_TENANT_ID: a tenant GUID, a verified domain, or `organizations`. */
  tenantId: string;
  /** The console's origin, e.g. `https://console.contoso.com`. */
  origin: string;
}

/**
 * Entra's admin-consent endpoint for this app and the console's permissions (v2.0 `adminconsent`). An administrator
 * who opens it grants the permissions for the whole tenant; Entra then returns to the registered redirect bridge.
 * With `organizations` Entra consents in the tenant of whoever signs in to it.
 */
export function adminConsentUrl({ clientId, tenantId, origin }: ConsoleApp): string {
  const url = new URL(`${authority}/${encodeURIComponent(tenantId)}/v2.0/adminconsent`);
  url.searchParams.set("client_id", clientId);
  url.searchParams.set("scope", graphScopes.join(" "));
  url.searchParams.set("redirect_uri", `${origin}${redirectBridgePath}`);
  return url.toString();
}
