/**
 * Codes of the console's own GraphErrors for a token MSAL could not give, when signing in again is not the fix.
 * Kept apart from the MSAL code so that the error explanations (shown in demo mode too) load no MSAL.
 */
export const tokenErrorCodes = {
  /** The browser is offline, or login.microsoftonline.com could not be reached. */
  unreachable: "SignInServiceUnreachable",
  /** The hidden renewal frame or Entra did not answer in time. */
  timedOut: "SignInTimedOut",
  /** Another sign-in (a pop-up, a redirect) is running in this browser tab. */
  inProgress: "SignInInProgress",
  /** Any other failure of MSAL's; its own code and message say what. */
  failed: "SignInFailed",
  /** Entra needs the person to consent to a scope a view asks for on first use (not an expired session). */
  consentRequired: "ConsentRequired",
} as const;

export type TokenErrorCode = (typeof tokenErrorCodes)[keyof typeof tokenErrorCodes];
