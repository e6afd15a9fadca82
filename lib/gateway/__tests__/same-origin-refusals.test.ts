import { describe, expect, it } from "vitest";
import { gatewayRefusalCodes } from "../../graph/gateway-refusal-codes";
import { checkSameOrigin, isMutation } from "../same-origin";

const url = "http://console.test/api/graph/v1.0/deviceManagement/deviceManagementPartners";
const check = (headers: Record<string, string>) => checkSameOrigin(new Request(url, { method: "POST", headers }), { trustProxy: false });
const xhr = { "x-requested-with": "XMLHttpRequest" };

describe("same-origin refusals say what to check", () => {
  it("names the missing X-Requested-With header", () => {
    const refusal = check({ origin: "http://console.test" });
    expect(refusal).toMatchObject({ status: 403, code: gatewayRefusalCodes.missingRequestedWith });
    expect(refusal?.message).toBe(
      "Changes must come from the console: the request lacks the header 'X-Requested-With: XMLHttpRequest' (a proxy or extension may have removed it).",
    );
  });

  it("says the browser marked the request cross-site", () => {
    const refusal = check({ ...xhr, origin: "http://console.test", "sec-fetch-site": "same-site" });
    expect(refusal).toMatchObject({ status: 403, code: gatewayRefusalCodes.crossSite });
    expect(refusal?.message).toBe("Changes must come from the console's own origin: the browser marked this request as cross-site.");
  });

  it.each([
    ["without an Origin", {}],
    ["with the opaque Origin 'null' (sandboxed frame, data: URL)", { origin: "null" }],
  ])("refuses a change %s as having no Origin", (_name, headers: Record<string, string>) => {
    const refusal = check({ ...xhr, ...headers });
    expect(refusal).toMatchObject({ status: 403, code: gatewayRefusalCodes.noOrigin });
    expect(refusal?.message).toBe("Changes must come from the console: the request has no Origin.");
  });

  it("refuses an Origin that is not a URL", () => {
    const refusal = check({ ...xhr, origin: "console.test" });
    expect(refusal).toMatchObject({ status: 403, code: gatewayRefusalCodes.noOrigin });
    expect(refusal?.message).toBe("Changes must come from the console: the Origin is not a valid origin.");
  });

  it("tells a reverse-proxy operator what to pass through when the origins differ", () => {
    const refusal = check({ ...xhr, origin: "https://console.example.com" });
    expect(refusal).toMatchObject({ status: 403, code: gatewayRefusalCodes.originMismatch });
    expect(refusal?.message).toContain("the page is at https://console.example.com, but the server sees its own address as http://console.test.");
  });

  it("treats POST, PATCH, DELETE and PUT as changes, and reads as not", () => {
    expect(["POST", "PATCH", "DELETE", "PUT"].map(isMutation)).toEqual([true, true, true, true]);
    expect(["GET", "HEAD", "OPTIONS"].map(isMutation)).toEqual([false, false, false]);
  });
});
