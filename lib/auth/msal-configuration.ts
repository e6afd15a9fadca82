import type { Configuration } from "@azure/msal-browser";

export const authority = "https://login.microsoftonline.com";
/** The redirect bridge page (msal-browser v5): served outside the MSAL provider and without COOP. */
export const redirectBridgePath = "/auth/redirect";

export function msalConfiguration({ clientId, tenantId, origin }: { clientId: string; tenantId: string; origin: string }): Configuration {
  return {
    auth: {
      clientId,
      authority: `${authority}/${tenantId}`,
      redirectUri: `${origin}${redirectBridgePath}`,
      // Entra returns only to a registered address (MSAL docs/logout.md): the bridge is registered, and it sends the
      // browser on to the page that signed out.
      postLogoutRedirectUri: `${origin}${redirectBridgePath}`,
    },
    // Tokens live for the tab's session only: never localStorage.
    cache: { cacheLocation: "sessionStorage" },
  };
}
