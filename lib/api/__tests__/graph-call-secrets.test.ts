import { afterEach, describe, expect, it, vi } from "vitest";
import { graphCalls, maxLoggedBody } from "../graph-call-log";
import { specOfGraphCall } from "../graph-call-spec";
import { graphFetch } from "../graph-fetch";

// The Requests panel keeps what a person may copy into a ticket or a script: never a credential, but every header that
// changes what Graph does, even one whose name merely starts or ends like a credential's.

const partners = "/api/graph/beta/deviceManagement/deviceManagementPartners";

afterEach(() => {
  vi.unstubAllGlobals();
});

async function logged(headers: Record<string, string>, body?: string) {
  vi.stubGlobal("fetch", async () => new Response(null, { status: 204 }));
  await graphFetch(`${partners}/p-${Math.random()}`, { method: "PATCH", headers, ...(body === undefined ? {} : { body: JSON.parse(body) as unknown }) });
  await new Promise((resolve) => setTimeout(resolve, 0));
  return graphCalls()[0]!;
}

describe("what the call log keeps of a request", () => {
  it("drops Authorization and Cookie in any case, and keeps headers that only look like them", async () => {
    const call = await logged({
      AUTHORIZATION: "Bearer secret",
      cookie: "session=secret",
      "X-Authorization-Hint": "kept",
      "Proxy-Authorization-Note": "kept too",
      "Cookie-Consent": "kept",
      "X-Cookie": "kept",
      "If-Match": 'W/"1"',
    });
    expect(call.headers).toEqual({
      "X-Authorization-Hint": "kept",
      "Proxy-Authorization-Note": "kept too",
      "Cookie-Consent": "kept",
      "X-Cookie": "kept",
      "If-Match": 'W/"1"',
    });
    expect(JSON.stringify(call)).not.toContain("secret");
  });

  it("keeps a body of exactly the limit whole and cuts one character more", async () => {
    const body = (length: number) => JSON.stringify({ displayName: "x".repeat(length - '{"displayName":""}'.length) });
    expect((await logged({}, body(maxLoggedBody))).requestBody).toBe(body(maxLoggedBody));
    const cut = (await logged({}, body(maxLoggedBody + 1))).requestBody!;
    expect(cut).toBe(`${body(maxLoggedBody + 1).slice(0, maxLoggedBody)}\n… (cut at ${maxLoggedBody} characters)`);
  });
});

describe("the request a script is made from", () => {
  it("leaves out credentials and the headers the browser or the gateway sets, keeps the rest by their exact names", () => {
    const spec = specOfGraphCall({
      method: "PATCH",
      url: `${partners}/abc`,
      headers: {
        Authorization: "Bearer secret",
        COOKIE: "a=b",
        accept: "application/json",
        "Content-Type": "application/json",
        "X-Requested-With": "XMLHttpRequest",
        "Accept-Language": "de-DE",
        "X-Content-Type-Hint": "kept",
        "If-Match": 'W/"1"',
      },
      requestBody: "not json",
    });
    expect(spec).toEqual({
      method: "PATCH",
      version: "beta",
      path: "/deviceManagement/deviceManagementPartners/abc",
      body: "not json",
      headers: { "Accept-Language": "de-DE", "X-Content-Type-Hint": "kept", "If-Match": 'W/"1"' },
    });
  });

  it("has no body or headers keys when the call had none, and refuses a gateway look-alike path", () => {
    expect(specOfGraphCall({ method: "DELETE", url: `${partners}/abc`, headers: { Authorization: "Bearer x" } })).toEqual({
      method: "DELETE",
      version: "beta",
      path: "/deviceManagement/deviceManagementPartners/abc",
    });
    expect(specOfGraphCall({ method: "GET", url: "/api/graphs/beta/deviceManagement", headers: {} })).toBeUndefined();
    expect(specOfGraphCall({ method: "GET", url: "/other/api/graph/beta/deviceManagement", headers: {} })).toBeUndefined();
  });
});
