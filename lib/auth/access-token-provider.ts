import { InteractionRequiredAuthError, type IPublicClientApplication } from "@azure/msal-browser";
import { GraphError } from "@/lib/graph/graph-error";
import { graphScopes } from "./graph-scopes";
import { sessionExpiredSignal } from "./session-expired-signal";

/** Thrown instead of navigating away: the person chooses when to sign in again, so unsaved edits survive. */
export function sessionExpiredError(): GraphError {
  return new GraphError(401, "Microsoft Entra ID needs you to sign in again before the console can call Microsoft Graph.", { code: "InvalidAuthenticationToken" });
}

/**
 * The token seam's live implementation: a cached or silently refreshed token for the signed-in account.
 * When Microsoft Entra needs the person (expired session, new consent), it answers 401 rather than redirecting.
 */
export function createAccessTokenProvider(instance: IPublicClientApplication): () => Promise<string | undefined> {
  return async () => {
    const account = instance.getActiveAccount() ?? instance.getAllAccounts()[0];
    if (!account) {
      sessionExpiredSignal.set(true);
      throw sessionExpiredError();
    }
    try {
      const result = await instance.acquireTokenSilent({ scopes: [...graphScopes], account });
      sessionExpiredSignal.set(false);
      return result.accessToken;
    } catch (error) {
      if (error instanceof InteractionRequiredAuthError) {
        sessionExpiredSignal.set(true);
        throw sessionExpiredError();
      }
      // The fetcher's callers expect a GraphError; a failed sign-in is one the person fixes by signing in again.
      sessionExpiredSignal.set(true);
      throw new GraphError(401, `Microsoft sign-in could not renew your session (${(error as Error).message}). Sign in again.`, {
        code: "InvalidAuthenticationToken",
      });
    }
  };
}
