"use client";

import { createContext, useContext } from "react";

/** The signed-in person as the header shows them. */
export interface LiveAccount {
  name?: string;
  username: string;
  /** The tenant the console manages: the one the token is for. */
  tenantId: string;
  /** The account's home tenant; another tenant than tenantId for a B2B guest (an MSP's administrator). */
  homeTenantId?: string;
}

export type SignInAgainOutcome = "signed-in" | "popup-blocked" | "cancelled";

/** What live mode offers the rest of the UI, without importing MSAL (demo pages share these components). */
export interface LiveSession {
  account: LiveAccount;
  signOut(): Promise<void>;
  /** Re-authenticates in a pop-up so the page, and any unsaved edits on it, stay as they are. */
  signInAgain(): Promise<SignInAgainOutcome>;
  /** Re-authenticates by leaving the page: the fallback when the browser blocks pop-ups. */
  signInAgainOnNewPage(): Promise<void>;
  /** Asks Entra, in a pop-up, for scopes a view needs beyond the console's own (incremental consent). */
  requestScopes(scopes: readonly string[]): Promise<SignInAgainOutcome>;
}

export const LiveSessionContext = createContext<LiveSession | undefined>(undefined);

/** Undefined in demo mode and on the redirect bridge page. */
export function useLiveSession(): LiveSession | undefined {
  return useContext(LiveSessionContext);
}
