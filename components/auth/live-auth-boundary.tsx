"use client";

import { BrowserAuthError, InteractionStatus, PublicClientApplication, type AccountInfo, type IPublicClientApplication } from "@azure/msal-browser";
import { MsalProvider, useMsal } from "@azure/msal-react";
import { usePathname } from "next/navigation";
import { useEffect, useMemo, useState, type ReactNode } from "react";
import { setAccessTokenProvider } from "@/lib/api/access-token";
import type { ConsoleApp } from "@/lib/auth/admin-consent-url";
import { createAccessTokenProvider } from "@/lib/auth/access-token-provider";
import { explainSignInError } from "@/lib/auth/explain-sign-in-error";
import { graphScopes, loginScopes } from "@/lib/auth/graph-scopes";
import { msalConfiguration, redirectBridgePath } from "@/lib/auth/msal-configuration";
import { rememberSignOutReturn } from "@/lib/auth/sign-out-return";
import type { PublicConfig } from "@/lib/env";
import { AuthStatus } from "./auth-status";
import { LiveSessionContext, type LiveSession, type SignInAgainOutcome } from "./live-session-context";
import { SessionExpiredBar } from "./session-expired-bar";
import { SignInScreen } from "./sign-in-screen";

interface MsalStart {
  instance?: PublicClientApplication;
  error?: unknown;
}

// One instance per page load, even when React mounts twice (Strict Mode) or the boundary remounts.
let started: { key: string; promise: Promise<MsalStart> } | undefined;

function startMsal(clientId: string, tenantId: string): Promise<MsalStart> {
  const key = `${clientId}/${tenantId}`;
  if (started?.key === key) return started.promise;
  const instance = new PublicClientApplication(msalConfiguration({ clientId, tenantId, origin: window.location.origin }));
  const promise = (async (): Promise<MsalStart> => {
    try {
      await instance.initialize();
    } catch (error) {
      return { error };
    }
    // Registered before any child renders, so the first Graph request already carries the token.
    setAccessTokenProvider(createAccessTokenProvider(instance));
    try {
      const result = await instance.handleRedirectPromise();
      const account = result?.account ?? instance.getActiveAccount() ?? instance.getAllAccounts()[0];
      if (account) instance.setActiveAccount(account);
      return { instance };
    } catch (error) {
      return { instance, error };
    }
  })();
  started = { key, promise };
  return promise;
}

/** Live mode: MSAL around the console, a sign-in screen when nobody is signed in. */
export function LiveAuthBoundary({ config, children }: { config: PublicConfig; children: ReactNode }) {
  // The redirect bridge hands the answer back to the page that started sign-in; MSAL must not run there.
  if (usePathname() === redirectBridgePath) return <>{children}</>;
  return <MsalBoundary config={config}>{children}</MsalBoundary>;
}

function MsalBoundary({ config, children }: { config: PublicConfig; children: ReactNode }) {
  const [start, setStart] = useState<MsalStart>();
  const { clientId, tenantId } = config;

  useEffect(() => {
    if (!clientId || !tenantId) return;
    let current = true;
    void startMsal(clientId, tenantId).then((result) => {
      if (current) setStart(result);
    });
    return () => {
      current = false;
    };
  }, [clientId, tenantId]);

  if (!clientId || !tenantId) return <SignInScreen onSignIn={() => undefined} busy error="Live mode needs AZURE_CLIENT_ID and AZURE_TENANT_ID." />;
  // The server and the first client render agree on this, so hydration never sees MSAL's state.
  if (!start) return <AuthStatus label="Checking your sign-in…" />;
  const app = { clientId, tenantId, origin: window.location.origin };
  if (!start.instance) return <SignInScreen onSignIn={() => window.location.reload()} error={explainSignInError(start.error, app)} />;
  return (
    <MsalProvider instance={start.instance}>
      <SessionGate startError={start.error} app={app}>
        {children}
      </SessionGate>
    </MsalProvider>
  );
}

// A pop-up token request must not unmount the page: the edits the person is saving live in it.
const busyStatuses: ReadonlySet<string> = new Set([InteractionStatus.Startup, InteractionStatus.HandleRedirect, InteractionStatus.Logout]);

function SessionGate({ startError, app, children }: { startError?: unknown; app: ConsoleApp; children: ReactNode }) {
  const { instance, inProgress, accounts } = useMsal();
  const [signInError, setSignInError] = useState<string | undefined>(startError ? explainSignInError(startError, app) : undefined);
  const account = instance.getActiveAccount() ?? accounts[0];
  const session = useMemo(() => (account ? liveSession(instance, account) : undefined), [instance, account]);

  if (busyStatuses.has(inProgress)) return <AuthStatus label={inProgress === InteractionStatus.Logout ? "Signing out…" : "Signing in…"} />;
  if (!session) {
    const signIn = () => {
      setSignInError(undefined);
      instance.loginRedirect({ scopes: loginScopes, prompt: "select_account" }).catch((error: unknown) => setSignInError(explainSignInError(error, app)));
    };
    return <SignInScreen onSignIn={signIn} error={signInError} />;
  }
  return (
    <LiveSessionContext.Provider value={session}>
      <SessionExpiredBar />
      {children}
    </LiveSessionContext.Provider>
  );
}

function liveSession(instance: IPublicClientApplication, account: AccountInfo): LiveSession {
  return {
    // homeAccountId is "<object id>.<home tenant id>" (client_info).
    account: { name: account.name, username: account.username, tenantId: account.tenantId, homeTenantId: account.homeAccountId.split(".")[1] },
    signOut: () => {
      rememberSignOutReturn(window.sessionStorage, window.location.pathname + window.location.search, Date.now());
      return instance.logoutRedirect({ account });
    },
    signInAgain: () => tokenInPopup(instance, account, graphScopes),
    requestScopes: (scopes) => tokenInPopup(instance, account, scopes),
    signInAgainOnNewPage: () => instance.acquireTokenRedirect({ scopes: [...graphScopes], account, loginHint: account.username }),
  };
}

/** A token in a pop-up, so the page and any unsaved edits on it stay as they are. */
async function tokenInPopup(instance: IPublicClientApplication, account: AccountInfo, scopes: readonly string[]): Promise<SignInAgainOutcome> {
  try {
    const result = await instance.acquireTokenPopup({ scopes: [...scopes], account, loginHint: account.username });
    if (result.account) instance.setActiveAccount(result.account);
    return "signed-in";
  } catch (error) {
    if (error instanceof BrowserAuthError) {
      if (error.errorCode === "popup_window_error" || error.errorCode === "empty_window_error") return "popup-blocked";
      if (error.errorCode === "user_cancelled") return "cancelled";
    }
    throw error;
  }
}

export default LiveAuthBoundary;
