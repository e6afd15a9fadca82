import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { hasMalformedEscape, malformedEscapeResponse } from "../malformed-escape";

const message = "The request path contains an invalid percent-encoding.";

describe("malformed percent-escapes", () => {
  it.each(["/device-partners", "/api/graph/v1.0/groups", "/a%20b", "/%E0%A4%A8", "/%7e%7E", "/%25"])("accepts %s", (path) => {
    expect(hasMalformedEscape(path)).toBe(false);
  });

  it.each([
    ["a lone %", "/a%"],
    ["one hex digit", "/a%2"],
    ["one hex digit then more path", "/a%2/b"],
    ["non-hex digits", "/a%zz"],
    ["a UTF-8 sequence cut short", "/%E0%A4%A"],
    ["a lone continuation byte", "/%80"],
    ["an invalid UTF-8 lead byte", "/%FF"],
  ])("refuses %s", (_name, path) => {
    expect(hasMalformedEscape(path)).toBe(true);
  });

  it("answers an API path in Graph's envelope with the API's headers", async () => {
    const response = malformedEscapeResponse("/api/graph/v1.0/%E0%A4%A", { https: true });
    expect(response.status).toBe(400);
    expect(response.headers.get("content-type")).toBe("application/json");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(response.headers.get("strict-transport-security")).toBe("max-age=31536000");
    const requestId = response.headers.get("request-id");
    expect(requestId).toMatch(/^[0-9a-f-]{36}$/);
    expect(response.headers.get("client-request-id")).toBe(requestId);
    const error = await GraphError.fromResponse(response);
    expect(error).toMatchObject({ status: 400, code: "BadRequest", message });
  });

  it("answers a page in plain text, still as data that nothing may run", async () => {
    const response = malformedEscapeResponse("/device-partners/%zz", { https: false });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe(`400 Bad Request: ${message}\n`);
    expect(response.headers.get("content-type")).toBe("text/plain; charset=utf-8");
    expect(response.headers.get("cache-control")).toBe("no-store");
    expect(response.headers.get("content-security-policy")).toMatch(/^default-src 'none'/);
    expect(response.headers.get("x-content-type-options")).toBe("nosniff");
    expect(response.headers.get("strict-transport-security")).toBeNull();
  });
});
