import { describe, expect, it } from "vitest";
import { buildDownstreamHeaders } from "../response-headers";

const upstream = (headers: Record<string, string>) => new Headers(headers);
const rewrite = (url: string) => (url.startsWith("https://graph.microsoft.com/") ? url.replace("https://graph.microsoft.com/", "http://console.test/api/graph/") : undefined);

describe("headers passed back to the browser", () => {
  it("copies the safe ones, rewrites Location to the gateway, drops the rest and forbids caching", () => {
    const headers = buildDownstreamHeaders(
      upstream({
        "content-type": "application/json",
        "request-id": "r",
        "client-request-id": "c",
        "retry-after": "3",
        "preference-applied": "odata.maxpagesize=10",
        location: "https://graph.microsoft.com/v1.0/groups/1",
        "set-cookie": "x=1",
        "cache-control": "max-age=600",
        "strict-transport-security": "max-age=1",
      }),
      rewrite,
    );
    expect(Object.fromEntries(headers)).toEqual({
      "content-type": "application/json",
      "request-id": "r",
      "client-request-id": "c",
      "retry-after": "3",
      "preference-applied": "odata.maxpagesize=10",
      location: "http://console.test/api/graph/v1.0/groups/1",
      "cache-control": "no-store",
    });
  });

  it("drops a Location it cannot map, so the browser is never sent elsewhere", () => {
    const headers = buildDownstreamHeaders(upstream({ location: "https://evil.test/phish", "request-id": "r" }), rewrite);
    expect(headers.get("location")).toBeNull();
    expect(headers.get("request-id")).toBe("r");
  });
});
