import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { GraphError } from "@/lib/graph/graph-error";
import { graphScopes } from "./graph-scopes";
import { sessionExpiredSignal } from "./session-expired-signal";
import { tokenErrorCodes } from "./token-error-codes";

/** Thrown instead of navigating away: the person chooses when to sign in again, so unsaved edits survive. */
export function sessionExpiredError(): GraphError {
  return new GraphError(401, "Microsoft Entra ID needs you to sign in again before the console can call Microsoft Graph.", { code: "InvalidAuthenticationToken" });
}

// MSAL's codes (msal-browser BrowserAuthErrorCodes) for failures that signing in again would not fix.
const unreachableCodes: ReadonlySet<string> = new Set(["no_network_connectivity", "post_request_failed", "get_request_failed", "endpoints_resolution_error"]);
const timedOutCodes: ReadonlySet<string> = new Set(["timed_out", "monitor_window_timeout"]);
const inProgressCodes: ReadonlySet<string> = new Set(["interaction_in_progress", "no_token_request_cache_error"]);

function msalCode(error: unknown): string {
  return typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "";
}

/** Status 0: like a network failure in the fetcher, nothing reached the console's server. */
function tokenFailure(error: unknown): GraphError {
  const code = msalCode(error);
  const detail = error instanceof Error ? error.message : String(error);
  if (unreachableCodes.has(code)) {
    return new GraphError(0, `The browser could not reach Microsoft sign-in (login.microsoftonline.com) to renew the token (${code}).`, { code: tokenErrorCodes.unreachable });
  }
  if (timedOutCodes.has(code)) {
    return new GraphError(0, `Microsoft sign-in did not answer in time while renewing the token (${code}).`, { code: tokenErrorCodes.timedOut });
  }
  if (inProgressCodes.has(code)) {
    return new GraphError(0, `Another Microsoft sign-in is still running in this tab (${code}).`, { code: tokenErrorCodes.inProgress });
  }
  return new GraphError(0, `Microsoft sign-in could not give the console a token: ${detail}`, { code: tokenErrorCodes.failed });
}

/**
 * The token seam's live implementation: a cached or silently refreshed token for the signed-in account.
 * When Microsoft Entra needs the person (expired session, new consent), it answers 401 rather than redirecting; any
 * other failure (offline, a timeout, another sign-in running) is said as what it is, not as an expired session.
 */
export function createAccessTokenProvider(instance: IPublicClientApplication): (scopes?: readonly string[]) => Promise<string | undefined> {
  return async (extraScopes) => {
    const account = instance.getActiveAccount() ?? instance.getAllAccounts()[0];
    if (!account) {
      sessionExpiredSignal.set(true);
      throw sessionExpiredError();
    }
    try {
      const result = await instance.acquireTokenSilent({ scopes: [...(extraScopes ?? graphScopes)], account });
      sessionExpiredSignal.set(false);
      return result.accessToken;
    } catch (error) {
      // A scope asked for on first use that nobody consented to yet: the session is fine, only that view needs consent.
      if (error instanceof InteractionRequiredAuthError && extraScopes && /consent|AADSTS65001/i.test(`${error.errorCode} ${error.message}`)) {
        throw new GraphError(403, `Microsoft Entra ID needs consent to ${extraScopes.map((s) => s.split("/").pop()).join(", ")} before the console can read it.`, { code: tokenErrorCodes.consentRequired });
      }
      if (error instanceof InteractionRequiredAuthError) {
        sessionExpiredSignal.set(true);
        throw sessionExpiredError();
      }
      throw tokenFailure(error);
    }
  };
}
