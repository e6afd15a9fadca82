import { gatewayRefusalCodes, isGatewayRefusal } from "@/lib/graph/gateway-refusal-codes";
import type { GraphError } from "@/lib/graph/graph-error";
import { consentGrantingRolesText } from "./consent-roles";
import { tokenErrorCodes } from "./token-error-codes";

const writePermission = "DeviceManagementServiceConfig.ReadWrite.All";

// Graph's answer for a tenant where Intune is not provisioned (msgraph-beta-sdk-go#198, microsoft-graph-docs#5613).
const noIntune = /licen[cs]|request not applicable to target tenant/i;

const tokenHints: Record<string, string> = {
  [tokenErrorCodes.unreachable]:
    "Nothing was sent to Microsoft Graph: the browser could not reach Microsoft sign-in. Check the network connection (and any proxy or firewall that blocks login.microsoftonline.com), then try again. You are still signed in.",
  [tokenErrorCodes.timedOut]:
    "Nothing was sent to Microsoft Graph: Microsoft sign-in did not answer in time. Try again; if it keeps happening, the browser may block the hidden sign-in frame (third-party cookies): choose Sign in again when the console offers it.",
  [tokenErrorCodes.inProgress]:
    "Nothing was sent to Microsoft Graph: another sign-in is still open in this tab (a Microsoft sign-in pop-up, perhaps behind this window). Finish or close it, then try again.",
  [tokenErrorCodes.failed]: "Nothing was sent to Microsoft Graph. Try again; if it keeps failing, sign out and sign in again.",
  [tokenErrorCodes.consentRequired]: `Nothing was sent to Microsoft Graph: this view needs a permission the console asks for only when it is opened, and nobody has consented to it yet. A ${consentGrantingRolesText} can grant admin consent in Microsoft Entra admin center → App registrations → this console → API permissions. You are still signed in.`,
};

function gatewayHint(code: string): string {
  if (code === gatewayRefusalCodes.originMismatch) {
    return "The console's own server refused the change before it reached Microsoft Graph, because the page's address is not the address the server believes it has. Open the console at its public address; behind a reverse proxy, pass the Host header through unchanged, or set X-Forwarded-Host and X-Forwarded-Proto to the public host and scheme (docs/live-mode.md, Proxies). This is not a missing permission.";
  }
  return "The console's own server refused the change before it reached Microsoft Graph: the request did not look like it came from the console's pages. Reload the page; if it keeps happening, check for a proxy or browser extension that removes the Origin or X-Requested-With headers. This is not a missing permission.";
}

/**
 * Turns the errors a signed-in administrator can act on into what to do next.
 * Returns undefined for errors whose own message says enough.
 */
export function explainGraphError(error: GraphError, { method, now = Date.now() }: { method?: string; now?: number } = {}): string | undefined {
  if (isGatewayRefusal(error.code)) return gatewayHint(error.code);
  const tokenHint = tokenHints[error.code];
  if (tokenHint) return tokenHint;
  if (noIntune.test(error.message)) {
    return "Microsoft Intune is not set up in this tenant (no Intune licence, or the tenant was never provisioned for Intune), so Graph has no partner connectors to show. Assign an Intune licence (Microsoft Intune Plan 1 or a suite that includes it) and open the Intune admin center once, or sign in to the tenant that runs Intune.";
  }
  if (error.status === 429) return throttlingHint(error, method, now);
  if (error.status === 401) {
    return "Your session has expired. Sign in again: your edits stay on this page.";
  }
  if (error.status === 403) {
    const isWrite = method !== undefined && method !== "GET";
    const permission = isWrite ? writePermission : `DeviceManagementServiceConfig.Read.All (or ${writePermission})`;
    return `Your token lacks the Microsoft Graph permission ${permission}. A ${consentGrantingRolesText} can grant admin consent for it in Microsoft Entra admin center → App registrations → this console → API permissions; your account also needs an Intune role that allows managing partner connectors (for example Intune Administrator).`;
  }
  return undefined;
}

/** A 429 after the console's own retries: which of Intune's limits it is, and when to try again. */
function throttlingHint(error: GraphError, method: string | undefined, now: number): string {
  const isWrite = method !== undefined && method !== "GET";
  const limit = isWrite
    ? "Intune's limit on changes: 100 per 20 seconds for this app in this tenant, 200 per 20 seconds for the tenant"
    : "Intune's limit on requests: 1,000 per 20 seconds for this app in this tenant, 2,000 per 20 seconds for the tenant";
  const seconds = error.retryAfterSeconds;
  const when =
    seconds === undefined
      ? "Wait a little (Graph did not say how long) and try again."
      : `Try again after ${new Date(now + seconds * 1000).toLocaleTimeString()} (Graph asked for ${seconds} s).`;
  return `Microsoft Graph is throttling: this hit ${limit}. The console already retried as Graph allowed. ${when}`;
}
