import { describe, expect, it } from "vitest";
import { adminConsentUrl } from "../admin-consent-url";

describe("adminConsentUrl", () => {
  it("is Entra's v2.0 admin-consent endpoint for the app, its permissions and the registered bridge", () => {
    const url = new URL(adminConsentUrl({ clientId: "5d3c1a7e-8f2b-4c6d-9e0a-1b2c3d4e5f60", tenantId: "organizations", origin: "http://localhost:3000" }));
    expect(`${url.origin}${url.pathname}`).toBe("https://login.microsoftonline.com/organizations/v2.0/adminconsent");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: "5d3c1a7e-8f2b-4c6d-9e0a-1b2c3d4e5f60",
      scope: "https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All https://graph.microsoft.com/Group.Read.All",
      redirect_uri: "http://localhost:3000/auth/redirect",
    });
  });
});
