const consentHelp =
  "This console needs the delegated Microsoft Graph permissions DeviceManagementServiceConfig.ReadWrite.All and Group.Read.All. A Global Administrator or Privileged Role Administrator can grant admin consent in Microsoft Entra admin center → App registrations → this console → API permissions.";

/** What a person can do about a failed sign-in; MSAL's errors carry Entra's AADSTS codes in their message. */
export function explainSignInError(error: unknown): string {
  const code = typeof error === "object" && error !== null && "errorCode" in error ? String(error.errorCode) : "";
  const message = error instanceof Error ? error.message : String(error);
  if (code === "user_cancelled") return "Sign-in was cancelled. Sign in again when you are ready.";
  if (code === "consent_required" || /AADSTS65001|AADSTS90094|AADSTS90008/.test(message)) return `${consentHelp} (${message})`;
  if (/AADSTS50105/.test(message)) return `Your account is not assigned to this application in your tenant. Ask an administrator to assign you. (${message})`;
  if (/AADSTS700016|AADSTS50194/.test(message)) {
    return `The app registration in AZURE_CLIENT_ID is not available in this tenant, or it is single-tenant and AZURE_TENANT_ID names another tenant. (${message})`;
  }
  return message;
}
