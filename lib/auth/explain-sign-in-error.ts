import { adminConsentUrl, type ConsoleApp } from "./admin-consent-url";
import { consentGrantingRolesText } from "./consent-roles";
import { redirectBridgePath } from "./msal-configuration";

const permissions = "the delegated Microsoft Graph permissions DeviceManagementServiceConfig.ReadWrite.All and Group.Read.All";

function grantConsent(app: ConsoleApp | undefined): string {
  const where = app ? `by opening ${adminConsentUrl(app)}` : "in Microsoft Entra admin center → App registrations → this console → API permissions";
  return `A ${consentGrantingRolesText} grants admin consent for the whole tenant ${where}; then sign in again.`;
}

/**
 * What a person can do about a failed sign-in; MSAL's errors carry Entra's AADSTS codes in their message.
 * `app` lets the consent explanations give the exact admin-consent address.
 */
export function explainSignInError(error: unknown, app?: ConsoleApp): string {
  const code = typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "user_cancelled") return "Sign-in was cancelled. Sign in again when you are ready.";
  // "Need admin approval": the tenant does not let this person consent, and nobody has consented for them yet.
  if (/AADSTS90094|AADSTS90093/.test(message)) {
    return `This console needs ${permissions}, and only an administrator can grant them in your tenant. ${grantConsent(app)} (${message})`;
  }
  // The person left the consent or "Need admin approval" page without granting.
  if (/AADSTS65004/.test(message) || code === "access_denied") {
    return `Consent was not granted, so Microsoft did not sign you in. This console needs ${permissions}. ${grantConsent(app)} (${message})`;
  }
  if (code === "consent_required" || /AADSTS65001|AADSTS90008/.test(message)) return `This console needs ${permissions}, and nobody has consented to them yet. ${grantConsent(app)} (${message})`;
  if (/AADSTS50105/.test(message)) return `Your account is not assigned to this application in your tenant. Ask an administrator to assign you. (${message})`;
  if (/AADSTS700016|AADSTS50194/.test(message)) {
    return `The app registration in AZURE_CLIENT_ID is not available in this tenant, or it is single-tenant and AZURE_TENANT_ID names another tenant. (${message})`;
  }
  if (/AADSTS50011/.test(message)) {
    return `The console's address is not a registered redirect URI of the app registration: add ${app ? `${app.origin}${redirectBridgePath}` : `https://<host>${redirectBridgePath}`} as a Single-page application redirect URI. (${message})`;
  }
  return message;
}
