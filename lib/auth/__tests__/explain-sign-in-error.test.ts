import { describe, expect, it } from "vitest";
import { explainSignInError } from "../explain-sign-in-error";

describe("explainSignInError", () => {
  it("names the permissions and who grants consent for AADSTS65001", () => {
    const text = explainSignInError(new Error("invalid_grant: AADSTS65001: The user or administrator has not consented to use the application"));
    expect(text).toContain("DeviceManagementServiceConfig.ReadWrite.All");
    expect(text).toContain("Global Administrator or Privileged Role Administrator");
    expect(text).toContain("AADSTS65001");
  });

  it("says a cancelled sign-in was cancelled", () => {
    expect(explainSignInError(Object.assign(new Error("user_cancelled: User cancelled the flow."), { errorCode: "user_cancelled" }))).toMatch(/cancelled/);
  });

  it("points at the variables when the app registration does not match", () => {
    expect(explainSignInError(new Error("AADSTS700016: Application with identifier was not found"))).toContain("AZURE_CLIENT_ID");
  });

  it("keeps any other message as it is", () => {
    expect(explainSignInError(new Error("network_error"))).toBe("network_error");
  });
});
