import { Client, PageIterator, type PageCollection } from "@microsoft/microsoft-graph-client";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startConsole, type RunningConsole } from "../support/start-console";
import { startStandaloneMock, type StandaloneMock } from "./standalone-mock";

/** An unsigned JWT: the mock takes the tenant from `tid` and enforces `scp`. */
function token(tid: string): string {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  return `${part({ alg: "none" })}.${part({ tid, scp: "DeviceManagementServiceConfig.ReadWrite.All Group.Read.All" })}.x`;
}

interface Target {
  name: string;
  start(): Promise<{ baseUrl: string; stop(): Promise<void> }>;
}

const targets: Target[] = [
  {
    name: "the console's /mock-graph (built app)",
    async start() {
      const running: RunningConsole = await startConsole({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "", MOCK_GRAPH_FAULTS: "" });
      return { baseUrl: `${running.url}/mock-graph/`, stop: () => running.stop() };
    },
  },
  {
    name: "the standalone mock",
    async start() {
      const running: StandaloneMock = await startStandaloneMock({ MOCK_GRAPH_DATA_DIR: "", MOCK_GRAPH_FAULTS: "" });
      return { baseUrl: `${running.url}/`, stop: () => running.stop() };
    },
  },
];

describe.each(targets)("the official Graph client against $name", (target) => {
  let server: { baseUrl: string; stop(): Promise<void> };
  let client: Client;

  beforeAll(async () => {
    server = await target.start();
    const accessToken = token(`conformance-${Date.now()}`);
    client = Client.init({
      authProvider: (done) => done(null, accessToken),
      baseUrl: server.baseUrl,
      defaultVersion: "v1.0",
      customHosts: new Set([new URL(server.baseUrl).hostname]),
      // The SDK adds authProvider tokens only on https and strips "Authorization" elsewhere;
      // over the tests' plain http the token rides in fetchOptions, spelled in lower case (headers are case-insensitive).
      fetchOptions: { headers: { authorization: `Bearer ${accessToken}` } },
    });
  }, 120_000);

  afterAll(async () => {
    await server?.stop();
  });

  it("creates, lists with $filter/$orderby and PageIterator, gets, updates, terminates and deletes", { timeout: 60_000 }, async () => {
    const prefix = `Conformance ${Date.now()}`;
    const ids: string[] = [];
    for (let i = 0; i < 7; i++) {
      const created = (await client.api("/deviceManagement/deviceManagementPartners").post({
        "@odata.type": "#microsoft.graph.deviceManagementPartner",
        displayName: `${prefix} ${i}`,
        partnerAppType: "multiTenantApp",
        lastHeartbeatDateTime: "2026-11-20T10:00:00.1234567Z",
      })) as { id: string; displayName: string };
      expect(created.displayName).toBe(`${prefix} ${i}`);
      ids.push(created.id);
    }

    const firstPage = (await client
      .api("/deviceManagement/deviceManagementPartners")
      .filter(`startswith(displayName,'${prefix}')`)
      .orderby("displayName desc")
      .top(3)
      .get()) as PageCollection;
    expect(firstPage.value).toHaveLength(3);
    expect(firstPage["@odata.nextLink"]).toBeTruthy();
    const names: string[] = [];
    // Over plain http the SDK does not see an absolute nextLink as absolute (it checks for "https://") and appends it to
    // its base URL: both the standalone mock and the console's server entry read such a path as the link it carries.
    const iterator = new PageIterator(client, firstPage, (item: { displayName: string }) => {
      names.push(item.displayName);
      return true;
    });
    await iterator.iterate();
    expect(names).toEqual([6, 5, 4, 3, 2, 1, 0].map((i) => `${prefix} ${i}`));

    const id = ids[0]!;
    const got = (await client.api(`/deviceManagement/deviceManagementPartners/${id}`).get()) as Record<string, unknown>;
    expect(got.lastHeartbeatDateTime).toBe("2026-11-20T10:00:00.1234567Z");

    const updated = (await client.api(`/deviceManagement/deviceManagementPartners/${id}`).patch({ displayName: `${prefix} renamed` })) as Record<string, unknown>;
    expect(updated.displayName).toBe(`${prefix} renamed`);

    await client.api(`/deviceManagement/deviceManagementPartners/${id}/terminate`).post({});
    const terminated = (await client.api(`/deviceManagement/deviceManagementPartners/${id}`).select("partnerState").get()) as Record<string, unknown>;
    expect(terminated.partnerState).toBe("terminated");

    await client.api(`/deviceManagement/deviceManagementPartners/${id}`).delete();
    await expect(client.api(`/deviceManagement/deviceManagementPartners/${id}`).get()).rejects.toMatchObject({ statusCode: 404, code: "ResourceNotFound" });

    const compliance = (await client.api("/deviceManagement/complianceManagementPartners").version("beta").count(true).get()) as PageCollection & { "@odata.count": number };
    expect(compliance["@odata.count"]).toBe(compliance.value.length);
    const groups = (await client.api("/groups").select("id,displayName").top(5).get()) as PageCollection;
    expect(groups.value).toHaveLength(5);
  });

  it("surfaces Graph's error code and request id", async () => {
    const error = await client
      .api("/deviceManagement/deviceManagementPartners")
      .post({ partnerState: "String" })
      .then(
        () => undefined,
        (e: { statusCode: number; code: string; requestId: string | null; message: string }) => e,
      );
    expect(error?.statusCode).toBe(400);
    expect(error?.code).toBe("BadRequest");
    expect(error?.message).toContain("partnerState");
    expect(error?.requestId).toMatch(/^[0-9a-f-]{36}$/);
  });
});
