import { describe, expect, it } from "vitest";
import { gatewayRefusalCodes } from "@/lib/graph/gateway-refusal-codes";
import { GraphError } from "@/lib/graph/graph-error";
import { explainGraphError } from "../explain-graph-error";
import { tokenErrorCodes } from "../token-error-codes";

describe("explainGraphError", () => {
  it("recognises Graph's answer for a tenant without Intune", () => {
    const error = new GraphError(400, "Request not applicable to target tenant.", { code: "BadRequest" });
    expect(explainGraphError(error)).toMatch(/Microsoft Intune is not set up in this tenant/);
    expect(explainGraphError(new GraphError(403, "The tenant has no valid licence for Intune."))).toMatch(/Intune licence/);
  });

  it("explains a Graph 403 as a permission, naming every role that can grant consent", () => {
    const text = explainGraphError(new GraphError(403, "Insufficient privileges", { code: "Authorization_RequestDenied" }), { method: "POST" })!;
    expect(text).toMatch(/lacks the Microsoft Graph permission DeviceManagementServiceConfig\.ReadWrite\.All/);
    expect(text).toContain("Cloud Application Administrator or Application Administrator");
  });

  it("never explains the gateway's own refusals as a missing permission, and says what to check", () => {
    const mismatch = explainGraphError(new GraphError(403, "x", { code: gatewayRefusalCodes.originMismatch }), { method: "POST" })!;
    expect(mismatch).not.toMatch(/lacks the Microsoft Graph permission/);
    expect(mismatch).toMatch(/X-Forwarded-Host and X-Forwarded-Proto/);
    expect(mismatch).toMatch(/Host header/);
    const header = explainGraphError(new GraphError(403, "x", { code: gatewayRefusalCodes.missingRequestedWith }), { method: "POST" })!;
    expect(header).toMatch(/X-Requested-With/);
    expect(header).not.toMatch(/lacks the Microsoft Graph permission/);
  });

  it("tells sign-in failures that are not an expired session apart", () => {
    const hint = (code: string) => explainGraphError(new GraphError(0, "x", { code }))!;
    expect(hint(tokenErrorCodes.unreachable)).toMatch(/could not reach Microsoft sign-in/);
    expect(hint(tokenErrorCodes.timedOut)).toMatch(/did not answer in time/);
    expect(hint(tokenErrorCodes.inProgress)).toMatch(/another sign-in is still open/);
    for (const code of Object.values(tokenErrorCodes)) expect(hint(code)).not.toMatch(/session has expired/);
    expect(explainGraphError(new GraphError(401, "x"))).toMatch(/session has expired/);
  });

  it("names the throttling limit that was hit and when to try again", () => {
    const now = Date.parse("2026-01-01T10:00:00Z");
    const write = explainGraphError(new GraphError(429, "slow down", { retryAfterSeconds: 30 }), { method: "PATCH", now })!;
    expect(write).toMatch(/100 per 20 seconds for this app in this tenant, 200 per 20 seconds for the tenant/);
    expect(write).toContain(`Try again after ${new Date(now + 30_000).toLocaleTimeString()} (Graph asked for 30 s)`);
    const read = explainGraphError(new GraphError(429, "slow down"), { method: "GET", now })!;
    expect(read).toMatch(/1,000 per 20 seconds/);
    expect(read).toMatch(/Graph did not say how long/);
  });

  it("reads an absent Retry-After as absent, not as zero seconds", async () => {
    const error = await GraphError.fromResponse(new Response("{}", { status: 429 }));
    expect(error.retryAfterSeconds).toBeUndefined();
    expect((await GraphError.fromResponse(new Response("{}", { status: 429, headers: { "retry-after": "7" } }))).retryAfterSeconds).toBe(7);
  });
});
