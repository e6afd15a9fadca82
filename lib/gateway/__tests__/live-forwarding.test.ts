import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import { consoleOrigin, json, liveGateway, rawRequest, sameOriginHeaders, token, upstreamBaseUrl, upstreamSpy } from "./gateway-test-kit";

const partners = "/api/graph/beta/deviceManagement/deviceManagementPartners";
const id = "3a5e9c21-7d14-4c7b-9f0e-2b8d6a1c4e77";

describe("forwarding in live mode", () => {
  it("forwards the token unchanged and only allow-listed headers", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    await gateway.handle(
      rawRequest(`${partners}/${id}`, {
        headers: {
          accept: "application/json",
          prefer: "return=minimal",
          cookie: "demo-sandbox=0123456789abcdef0123456789abcdef; session=secret",
          "x-forwarded-for": "10.0.0.1",
          "x-forwarded-host": "console.test",
          "x-custom": "1",
          consistencylevel: "eventual",
          "client-request-id": "abc-123",
        },
      }),
    );
    const headers = new Headers(upstream.calls[0]!.init.headers);
    expect(Object.fromEntries(headers)).toEqual({
      authorization: token,
      accept: "application/json",
      prefer: "return=minimal",
      consistencylevel: "eventual",
      "client-request-id": "abc-123",
    });
    expect(upstream.calls[0]!.init.redirect).toBe("manual");
  });

  it("forwards ConsistencyLevel only with its one value, eventual, which Graph needs for $search on groups", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const search = `/api/graph/v1.0/groups?$search=${encodeURIComponent('"displayName:fin"')}`;
    for (const value of ["eventual", "Eventual", "eventual, strong", "session", "eventually"]) {
      await gateway.handle(rawRequest(search, { headers: { consistencylevel: value } }));
    }
    expect(upstream.calls.map((call) => new Headers(call.init.headers).get("consistencylevel"))).toEqual(["eventual", null, null, null, null]);
  });

  it("gives every upstream call a client-request-id", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    const sent = new Headers(upstream.calls[0]!.init.headers).get("client-request-id");
    expect(sent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(response.headers.get("client-request-id")).toBe(sent);
  });

  it("keeps the OData query, re-encoded from the checked values", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const query = "$filter=startswith(displayName,%27Con%20to+so%27)&$orderby=displayName%20desc&$top=5&$select=id,displayName&$count=true&$skiptoken=a%2Bb%3D";
    await gateway.handle(rawRequest(`${partners}?${query}`));
    const sent = upstream.calls[0]!.url;
    expect(sent).toBe(
      `${upstreamBaseUrl}/beta/deviceManagement/deviceManagementPartners?$filter=startswith(displayName,'Con%20to%20so')&$orderby=displayName%20desc&$top=5&$select=id,displayName&$count=true&$skiptoken=a%2Bb%3D`,
    );
    expect([...new URL(sent).searchParams]).toEqual([...new URLSearchParams(query)]);
  });

  it("encodes what a URL may not carry raw", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    await gateway.handle(rawRequest(`${partners}?$search="display name:co"&$filter=a%26b%3Dc%23d%25`));
    expect(upstream.calls[0]!.url).toBe(`${upstreamBaseUrl}/beta/deviceManagement/deviceManagementPartners?$search=%22display%20name:co%22&$filter=a%26b%3Dc%23d%25`);
  });

  it("answers 401 without a token, or with a malformed one, and never calls the upstream", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    for (const authorization of ["", "Basic dXNlcjpwYXNz", "Bearer ", "Bearer a b", `Bearer ${"a".repeat(20_000)}`]) {
      const request = rawRequest(partners);
      if (authorization) request.headers.set("authorization", authorization);
      else request.headers.delete("authorization");
      const response = await gateway.handle(request);
      expect(response.status).toBe(401);
      const error = await GraphError.fromResponse(response);
      expect(error.code).toBe("InvalidAuthenticationToken");
    }
    expect(upstream.calls).toHaveLength(0);
  });

  it("passes Graph's answer, status, ids and errors through", async () => {
    const upstream = upstreamSpy(() =>
      json(404, { error: { code: "ResourceNotFound", message: "nope" } }, { "request-id": "graph-rid", "client-request-id": "c1", "set-cookie": "x=1", server: "graph" }),
    );
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(`${partners}/${id}`));
    expect(response.status).toBe(404);
    expect(response.headers.get("request-id")).toBe("graph-rid");
    expect(response.headers.get("set-cookie")).toBeNull();
    expect(response.headers.get("server")).toBeNull();
    expect((await GraphError.fromResponse(response)).code).toBe("ResourceNotFound");
  });

  it("passes $count's text/plain and 204s through", async () => {
    const upstream = upstreamSpy(
      () => new Response("42", { headers: { "content-type": "text/plain" } }),
      () => new Response(null, { status: 204 }),
    );
    const { gateway } = liveGateway(upstream.fetch);
    const count = await gateway.handle(rawRequest(`${partners}/$count`));
    expect(await count.text()).toBe("42");
    const deleted = await gateway.handle(rawRequest(`${partners}/${id}`, { method: "DELETE", headers: sameOriginHeaders }));
    expect(deleted.status).toBe(204);
    expect(upstream.calls[1]!.init.method).toBe("DELETE");
  });

  it("does not pass on an HTML page from upstream", async () => {
    const upstream = upstreamSpy(() => new Response("<script>alert(1)</script>", { status: 500, headers: { "content-type": "text/html" } }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(502);
    expect(response.headers.get("content-type")).toBe("application/json");
  });
});

describe("links", () => {
  it("rewrites nextLink and context that point at the upstream", async () => {
    const upstream = upstreamSpy(() =>
      json(200, {
        "@odata.context": `${upstreamBaseUrl}/beta/$metadata#deviceManagement/deviceManagementPartners`,
        "@odata.nextLink": `${upstreamBaseUrl}/beta/deviceManagement/deviceManagementPartners?$top=5&$skiptoken=abc`,
        value: [{ id, displayName: `${upstreamBaseUrl}/not-a-link`, groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] }],
      }),
    );
    const { gateway } = liveGateway(upstream.fetch);
    const body = (await (await gateway.handle(rawRequest(partners))).json()) as Record<string, unknown>;
    expect(body["@odata.context"]).toBe(`${consoleOrigin}/api/graph/beta/$metadata#deviceManagement/deviceManagementPartners`);
    expect(body["@odata.nextLink"]).toBe(`${consoleOrigin}/api/graph/beta/deviceManagement/deviceManagementPartners?$top=5&$skiptoken=abc`);
    expect(body.value).toEqual([{ id, displayName: `${upstreamBaseUrl}/not-a-link`, groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] }]);
  });

  it("follows a rewritten nextLink back through the gateway", async () => {
    const upstream = upstreamSpy(
      () => json(200, { "@odata.nextLink": `${upstreamBaseUrl}/beta/deviceManagement/deviceManagementPartners?$skiptoken=p2`, value: [] }),
      () => json(200, { value: [] }),
    );
    const { gateway } = liveGateway(upstream.fetch);
    const first = (await (await gateway.handle(rawRequest(partners))).json()) as { "@odata.nextLink": string };
    await gateway.handle(rawRequest(first["@odata.nextLink"].slice(consoleOrigin.length)));
    expect(upstream.calls[1]!.url).toBe(`${upstreamBaseUrl}/beta/deviceManagement/deviceManagementPartners?$skiptoken=p2`);
  });

  it("handles an upstream under a path, such as the console's own /mock-graph", async () => {
    const base = "http://127.0.0.1:3999/mock-graph";
    const upstream = upstreamSpy(() => json(200, { "@odata.nextLink": `${base}/beta/deviceManagement/deviceManagementPartners?$skiptoken=2`, value: [] }));
    const { gateway } = liveGateway(upstream.fetch, { upstreamBaseUrl: base });
    const body = (await (await gateway.handle(rawRequest(partners))).json()) as Record<string, string>;
    expect(upstream.calls[0]!.url).toBe(`${base}/beta/deviceManagement/deviceManagementPartners`);
    expect(body["@odata.nextLink"]).toBe(`${consoleOrigin}/api/graph/beta/deviceManagement/deviceManagementPartners?$skiptoken=2`);
    const outside = upstreamSpy(() => json(200, { "@odata.nextLink": "http://127.0.0.1:3999/other/beta/x", value: [] }));
    expect((await liveGateway(outside.fetch, { upstreamBaseUrl: base }).gateway.handle(rawRequest(partners))).status).toBe(502);
  });

  it.each([
    "https://evil.example/beta/deviceManagement/deviceManagementPartners?$skiptoken=x",
    "https://graph.upstream.test.evil.example/beta/x",
    "https://user@evil.example/beta/x",
    "http://graph.upstream.test/beta/x",
    "/beta/deviceManagement/deviceManagementPartners?$skiptoken=x",
  ])("refuses a nextLink pointing elsewhere: %s", async (link) => {
    const upstream = upstreamSpy(() => json(200, { "@odata.nextLink": link, value: [] }));
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(partners));
    expect(response.status).toBe(502);
    expect(await response.text()).not.toContain("evil");
  });
});

describe("request bodies", () => {
  const mutation = (body: string, headers: Record<string, string> = {}) =>
    rawRequest(partners, { method: "POST", headers: { ...sameOriginHeaders, "content-type": "application/json", ...headers }, body });

  it("forwards a valid body", async () => {
    const upstream = upstreamSpy(() => json(201, { id }));
    const { gateway } = liveGateway(upstream.fetch);
    const body = { displayName: "Contoso", partnerState: "enabled" };
    const response = await gateway.handle(mutation(JSON.stringify(body)));
    expect(response.status).toBe(201);
    expect(JSON.parse(upstream.calls[0]!.init.body as string)).toEqual(body);
    expect(new Headers(upstream.calls[0]!.init.headers).get("content-type")).toBe("application/json");
  });

  it("forwards the seeds' @odata.type annotations of the declared type, with or without '#', and refuses another type", async () => {
    const upstream = upstreamSpy(() => json(201, { id }));
    const { gateway } = liveGateway(upstream.fetch);
    const body = {
      "@odata.type": "microsoft.graph.deviceManagementPartner",
      displayName: "Typed",
      groupsRequiringPartnerEnrollment: [
        { "@odata.type": "#microsoft.graph.deviceManagementPartnerAssignment", target: { "@odata.type": "microsoft.graph.allDevicesAssignmentTarget" } },
      ],
    };
    expect((await gateway.handle(mutation(JSON.stringify(body)))).status).toBe(201);
    expect(upstream.calls).toHaveLength(1);
    const other = { ...body, groupsRequiringPartnerEnrollment: [{ "@odata.type": "microsoft.graph.complianceManagementPartnerAssignment", target: {} }] };
    const refused = await gateway.handle(mutation(JSON.stringify(other)));
    expect(refused.status).toBe(400);
    expect((await GraphError.fromResponse(refused)).target).toBe("groupsRequiringPartnerEnrollment[0].@odata.type");
    expect(upstream.calls).toHaveLength(1);
  });

  it("answers 400 naming the field, before anything goes upstream", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(
      mutation(JSON.stringify({ groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: 5 } }] })),
    );
    expect(response.status).toBe(400);
    const error = await GraphError.fromResponse(response);
    expect(error.target).toBe("groupsRequiringPartnerEnrollment[0].target.groupId");
    const state = await gateway.handle(mutation(JSON.stringify({ partnerState: "String" })));
    expect((await GraphError.fromResponse(state)).target).toBe("partnerState");
    expect(upstream.calls).toHaveLength(0);
  });

  it("refuses bodies over 1 MB (413), non-JSON (415), broken JSON and empty bodies (400)", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const big = JSON.stringify({ displayName: "x".repeat(1024 * 1024) });
    expect((await gateway.handle(mutation(big))).status).toBe(413);
    expect((await gateway.handle(mutation(big, { "content-length": String(big.length) }))).status).toBe(413);
    expect((await gateway.handle(mutation('{"displayName":"x"}', { "content-type": "text/plain" }))).status).toBe(415);
    expect((await gateway.handle(mutation('{"displayName":'))).status).toBe(400);
    expect((await gateway.handle(mutation(""))).status).toBe(400);
    expect(upstream.calls).toHaveLength(0);
  });
});

describe("the request log", () => {
  it("writes one line per request, without the token or query values", async () => {
    const upstream = upstreamSpy(() => json(200, { value: [] }, { "request-id": "graph-rid" }));
    const { gateway, logs } = liveGateway(upstream.fetch);
    await gateway.handle(rawRequest(`${partners}?$filter=displayName%20eq%20%27secret%27&$top=1`, { headers: { "client-request-id": "cid-1" } }));
    await gateway.handle(rawRequest(`${partners}?access_token=${token.slice(7)}`));
    expect(logs).toHaveLength(2);
    expect(logs[0]).toMatchObject({ mode: "live", method: "GET", path: partners, query: ["$filter", "$top"], status: 200, requestId: "graph-rid", clientRequestId: "cid-1" });
    expect(typeof logs[0]!.durationMs).toBe("number");
    expect(JSON.stringify(logs)).not.toContain("secret");
    expect(JSON.stringify(logs)).not.toContain(token.slice(7));
  });

  it("does not echo a token sent where a query option belongs", async () => {
    const upstream = upstreamSpy();
    const { gateway } = liveGateway(upstream.fetch);
    const response = await gateway.handle(rawRequest(`${partners}?${token.slice(7)}`));
    expect(response.status).toBe(400);
    expect(await response.text()).not.toContain(token.slice(7));
  });
});
