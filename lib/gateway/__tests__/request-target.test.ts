import { describe, expect, it } from "vitest";
import { decodeStrictly, parseRequestTarget } from "../request-target";

const base = "/api/graph/v1.0/groups";

/** The 400 the caller sees, in Graph's words: the message is what the console shows beside the failed call. */
function refusal(url: string) {
  const result = parseRequestTarget(url);
  if (result.ok) throw new Error(`${url} was accepted as ${JSON.stringify(result.target)}`);
  return { status: result.error.status, code: result.error.code, message: result.error.message };
}

function refused(message: string) {
  return { status: 400, code: "BadRequest", message };
}

function accepted(url: string) {
  const result = parseRequestTarget(url);
  if (!result.ok) throw new Error(`${url} was refused: ${result.error.message}`);
  return result.target;
}

describe("parseRequestTarget: each refusal names its reason", () => {
  it("a fragment, in the path or after the query", () => {
    const message = "The request URL must not contain a fragment.";
    expect(refusal(`${base}#x`)).toEqual(refused(message));
    expect(refusal(`${base}?$top=1#x`)).toEqual(refused(message));
    expect(refusal(`http://console.test${base}#x`)).toEqual(refused(message));
  });

  it("a path over 2048 characters; 2048 itself is fine", () => {
    const at = `${base}/${"a".repeat(2048 - base.length - 1)}`;
    expect(at).toHaveLength(2048);
    expect(accepted(at).segments).toHaveLength(3);
    expect(refusal(`${at}a`)).toEqual(refused("The request path is longer than 2048 characters."));
    // The query does not count towards the path's length.
    expect(accepted(`${at}?$filter=${"b".repeat(100)}`).rawQuery).toBe(`$filter=${"b".repeat(100)}`);
  });

  it("a path outside /api/graph/", () => {
    const message = "The request path is not under /api/graph.";
    expect(refusal("/api/graphx/v1.0/groups")).toEqual(refused(message));
    expect(refusal("/api/graph")).toEqual(refused(message));
    expect(refusal("/other/api/graph/v1.0/groups")).toEqual(refused(message));
  });

  it("a raw character Graph paths never hold", () => {
    const message =
      "The request path contains a character Graph paths never use (such as a backslash, '@', ':' or a control character).";
    for (const path of [`${base}\\x`, `${base}/@evil`, `${base}/a:443`, `${base}/a\u0000b`, `${base}/a b`, `${base}/a"b`]) {
      expect(refusal(path), path).toEqual(refused(message));
    }
  });

  it("more than 8 segments; 8 is fine", () => {
    const eight = "/api/graph/a/b/c/d/e/f/g/h";
    expect(accepted(eight).segments).toEqual(["a", "b", "c", "d", "e", "f", "g", "h"]);
    expect(refusal(`${eight}/i`)).toEqual(refused("The request path has too many segments."));
  });

  it("an empty segment, anywhere", () => {
    const message = "The request path contains an empty segment.";
    expect(refusal("/api/graph/")).toEqual(refused(message));
    expect(refusal("/api/graph//v1.0/groups")).toEqual(refused(message));
    expect(refusal(`${base}/`)).toEqual(refused(message));
  });

  it("a malformed or non-UTF-8 escape", () => {
    const message = "The request path contains an invalid percent-encoding.";
    for (const path of [`${base}/abc%2`, `${base}/%zz`, `${base}/%u002e`, `${base}/%C0%AE`, `${base}/%FF`]) {
      expect(refusal(path), path).toEqual(refused(message));
    }
  });

  it("an escape that decodes to a character a segment must not hold", () => {
    const message = "The request path contains an encoded character that is not allowed (such as '/', '\\', '%', '?', '#' or ':').";
    for (const path of [`${base}/a%2Fb`, `${base}/%5C`, `${base}/%2525`, `${base}/a%3Fb`, `${base}/a%23b`, `${base}/a%3Ab`, `${base}/a%00`]) {
      expect(refusal(path), path).toEqual(refused(message));
    }
  });

  it("a '.' or '..' segment, raw or encoded", () => {
    const message = "The request path contains a '.' or '..' segment.";
    for (const path of [`${base}/.`, `${base}/..`, `${base}/%2e`, `${base}/%2E%2E`, "/api/graph/../x"]) {
      expect(refusal(path), path).toEqual(refused(message));
    }
  });
});

describe("parseRequestTarget: what it accepts", () => {
  it("takes the path after the scheme and host, and the query as sent", () => {
    expect(accepted(`https://console.test:3000${base}?$top=5&$filter=a%20eq%20'b'`)).toEqual({
      segments: ["v1.0", "groups"],
      rawQuery: "$top=5&$filter=a%20eq%20'b'",
    });
    expect(accepted(base)).toEqual({ segments: ["v1.0", "groups"], rawQuery: "" });
  });

  it("reads a URL inside the query as query, not as an authority", () => {
    // The scheme is only read at the start: `http://` further on is a filter value.
    expect(accepted(`${base}?$filter=startswith(displayName,'http://evil.example')`)).toEqual({
      segments: ["v1.0", "groups"],
      rawQuery: "$filter=startswith(displayName,'http://evil.example')",
    });
  });

  it("decodes each segment once", () => {
    expect(accepted(`${base}/abc%2Ddef`).segments).toEqual(["v1.0", "groups", "abc-def"]);
    expect(accepted(`${base}/%24count`).segments).toEqual(["v1.0", "groups", "$count"]);
  });

  it("takes a function call segment", () => {
    const path = "/api/graph/v1.0/deviceManagement/auditEvents/getAuditActivityTypes(category='Enrollment')";
    expect(accepted(path).segments.at(-1)).toBe("getAuditActivityTypes(category='Enrollment')");
    expect(accepted("/api/graph/v1.0/deviceManagement/auditEvents/getAuditActivityTypes(category=%27Device%20Setup%27)").segments.at(-1)).toBe(
      "getAuditActivityTypes(category='Device Setup')",
    );
  });

  it("takes names that merely contain dots", () => {
    expect(accepted(`${base}/a.b`).segments.at(-1)).toBe("a.b");
    expect(accepted(`${base}/...`).segments.at(-1)).toBe("...");
  });
});

describe("decodeStrictly", () => {
  it("decodes valid escapes once and refuses malformed ones", () => {
    expect(decodeStrictly("a%20b%2525")).toBe("a b%25");
    expect(decodeStrictly("%C3%A9")).toBe("é");
    expect(decodeStrictly("plain")).toBe("plain");
    for (const text of ["%", "%2", "%2g", "a%u0041", "%E9", "%C0%AE"]) expect(decodeStrictly(text), text).toBeUndefined();
  });
});
