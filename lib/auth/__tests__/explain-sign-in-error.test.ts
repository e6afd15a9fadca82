import { ServerError } from "@azure/msal-browser";
import { describe, expect, it } from "vitest";
import { explainSignInError } from "../explain-sign-in-error";

const app = { clientId: "5d3c1a7e-8f2b-4c6d-9e0a-1b2c3d4e5f60", tenantId: "contoso.onmicrosoft.com", origin: "https://console.contoso.com" };
const roles = ["Global Administrator", "Privileged Role Administrator", "Cloud Application Administrator", "Application Administrator"];

describe("explainSignInError", () => {
  it("names the permissions, every role that can grant consent and the admin-consent address for AADSTS65001", () => {
    const text = explainSignInError(new Error("invalid_grant: AADSTS65001: The user or administrator has not consented to use the application"), app);
    expect(text).toContain("DeviceManagementServiceConfig.ReadWrite.All");
    for (const role of roles) expect(text).toContain(role);
    expect(text).toContain("https://login.microsoftonline.com/contoso.onmicrosoft.com/v2.0/adminconsent?client_id=5d3c1a7e-8f2b-4c6d-9e0a-1b2c3d4e5f60");
    expect(text).toContain("AADSTS65001");
  });

  it("explains Entra's 'Need admin approval' (AADSTS90094): only an administrator can consent", () => {
    const text = explainSignInError(new ServerError("access_denied", "", "AADSTS90094: The grant requires admin permission."), app);
    expect(text).toMatch(/only an administrator can grant them/);
    expect(text).toContain("/v2.0/adminconsent?");
    expect(text).toContain("AADSTS90094");
  });

  it("explains coming back from the approval page without consent (access_denied, AADSTS65004)", () => {
    for (const error of [new ServerError("access_denied", "", "AADSTS65004: User declined to consent to access the app."), new ServerError("access_denied", "", "")]) {
      const text = explainSignInError(error, app);
      expect(text).toMatch(/Consent was not granted/);
      expect(text).toContain("Cloud Application Administrator");
      expect(text).toContain("redirect_uri=https%3A%2F%2Fconsole.contoso.com%2Fauth%2Fredirect");
    }
  });

  it("without the app's configuration, points at the admin center instead of an address", () => {
    expect(explainSignInError(new Error("AADSTS65004: User declined to consent to access the app."))).toContain("App registrations → this console → API permissions");
  });

  it("says a cancelled sign-in was cancelled", () => {
    expect(explainSignInError(Object.assign(new Error("user_cancelled: User cancelled the flow."), { errorCode: "user_cancelled" }))).toMatch(/cancelled/);
  });

  it("points at the variables when the app registration does not match", () => {
    expect(explainSignInError(new Error("AADSTS700016: Application with identifier was not found"))).toContain("AZURE_CLIENT_ID");
  });

  it("names the redirect URI to register for AADSTS50011", () => {
    expect(explainSignInError(new Error("AADSTS50011: The redirect URI does not match"), app)).toContain("https://console.contoso.com/auth/redirect");
  });

  it("keeps any other message as it is", () => {
    expect(explainSignInError(new Error("network_error"))).toBe("network_error");
  });
});
