import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { createMockGraph } from "../mock-graph";
import { call } from "./call";

const fixedNow = new Date("2026-11-20T10:00:00.000Z");
const partner = { displayName: "Batch MDM", partnerAppType: "multiTenantApp" };
const json = { "content-type": "application/json" };
type Item = { id: string; status: number; headers: Record<string, string>; body?: Record<string, unknown> & { error?: { code: string } } };
const responsesOf = (res: { json: Record<string, unknown> }) => new Map((res.json.responses as Item[]).map((r) => [r.id, r]));

describe("JSON batching", () => {
  it("answers every request as a direct call, with its own status, headers and body", async () => {
    const graph = createMockGraph({ throttling: "off", now: () => fixedNow });
    const list = await call(graph, "GET", "/v1.0/deviceManagement/deviceManagementPartners?$top=1");
    const id = list.json.value![0]!.id as string;
    const res = await call(graph, "POST", "/v1.0/$batch", {
      body: {
        requests: [
          { id: "1", method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: json, body: partner },
          { id: "2", method: "GET", url: `/deviceManagement/deviceManagementPartners/${id}?$select=displayName` },
          { id: "3", method: "PATCH", url: `deviceManagement/deviceManagementPartners/${id}`, headers: json, body: { partnerState: "String" } },
          { id: "4", method: "GET", url: "/deviceManagement/deviceManagementPartners/$count" },
          { id: "5", method: "GET", url: "/deviceManagement/nothingHere" },
          { id: "6", method: "POST", url: `/deviceManagement/complianceManagementPartners/${id}/terminate` },
        ],
      },
    });
    expect(res.status).toBe(200);
    const r = responsesOf(res);
    expect(r.get("1")).toMatchObject({ status: 201, headers: { "Content-Type": expect.stringMatching(/^application\/json/) }, body: { displayName: "Batch MDM" } });
    expect(r.get("1")!.headers.Location).toMatch(/\/v1\.0\/deviceManagement\/deviceManagementPartners\//);
    expect(r.get("2")!.body).toMatchObject({ id, displayName: expect.any(String) });
    expect(r.get("2")!.body!.partnerState).toBeUndefined();
    expect(r.get("3")).toMatchObject({ status: 400, body: { error: { code: "BadRequest" } } });
    expect(r.get("4")).toMatchObject({ status: 200, headers: { "Content-Type": expect.stringMatching(/^text\/plain/) } });
    expect(Number(r.get("4")!.body)).toBeGreaterThan(10);
    expect(r.get("5")!.status).toBe(400);
    expect(r.get("6")!.status).toBe(400);
    const created = await call(graph, "GET", `/v1.0/deviceManagement/deviceManagementPartners/${r.get("1")!.body!.id as string}`);
    expect(created.status).toBe(200);
  });

  it("answers 424 for requests whose dependency failed, and runs a request after the ones it depends on", async () => {
    const graph = createMockGraph({ throttling: "off", now: () => fixedNow });
    const res = await call(graph, "POST", "/beta/$batch", {
      body: {
        requests: [
          { id: "b", method: "GET", url: "/deviceManagement/deviceManagementPartners/$count", dependsOn: ["a"] },
          { id: "a", method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: json, body: partner },
          { id: "bad", method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: json, body: { nope: 1 } },
          { id: "after-bad", method: "DELETE", url: "/deviceManagement/deviceManagementPartners/x1", dependsOn: ["bad"] },
          { id: "after-after", method: "GET", url: "/deviceManagement/deviceManagementPartners", dependsOn: ["after-bad"] },
        ],
      },
    });
    expect(res.status).toBe(200);
    const order = (res.json.responses as Item[]).map((x) => x.id);
    expect(order.indexOf("a")).toBeLessThan(order.indexOf("b"));
    const r = responsesOf(res);
    expect(r.get("a")!.status).toBe(201);
    expect(r.get("b")!.status).toBe(200);
    expect(r.get("bad")!.status).toBe(400);
    expect(r.get("after-bad")).toMatchObject({ status: 424, body: { error: { code: "FailedDependency" } } });
    expect(r.get("after-after")!.status).toBe(424);
  });

  it("is a 400 as a whole only when malformed: over 20, duplicate ids in any case, a body without Content-Type, unknown dependsOn, a cycle", async () => {
    const graph = createMockGraph({ throttling: "off", now: () => fixedNow });
    const get = (id: string, extra: Record<string, unknown> = {}) => ({ id, method: "GET", url: "/deviceManagement/deviceManagementPartners", ...extra });
    const malformed = [
      { requests: Array.from({ length: 21 }, (_, i) => get(String(i))) },
      { requests: [get("Same"), get("same")] },
      { requests: [{ id: "1", method: "POST", url: "/deviceManagement/deviceManagementPartners", body: partner }] },
      { requests: [get("1", { dependsOn: ["2"] })] },
      { requests: [get("1", { dependsOn: ["2"] }), get("2", { dependsOn: ["1"] })] },
      { requests: [] },
      { value: [] },
      "not an object",
    ];
    for (const body of malformed) {
      const res = await call(graph, "POST", "/v1.0/$batch", { body });
      expect(res.status, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(res.json.error!.code).toBe("BadRequest");
    }
    const twenty = await call(graph, "POST", "/v1.0/$batch", { body: { requests: Array.from({ length: 20 }, (_, i) => get(String(i))) } });
    expect(twenty.status).toBe(200);
    expect(await call(graph, "GET", "/v1.0/$batch").then((r) => r.status)).toBe(405);
  });

  it("throttles each request on its own: inner 429s with their own Retry-After", async () => {
    const graph = createMockGraph({ now: () => fixedNow });
    const statuses: number[] = [];
    let retryAfter: string | undefined;
    for (let batch = 0; batch < 6 && !retryAfter; batch++) {
      const requests = Array.from({ length: 20 }, (_, i) => ({ id: String(i), method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: json, body: partner }));
      const res = await call(graph, "POST", "/v1.0/$batch", { body: { requests } });
      expect(res.status).toBe(200);
      for (const item of res.json.responses as Item[]) {
        statuses.push(item.status);
        if (item.status === 429) retryAfter = item.headers["Retry-After"];
      }
    }
    expect(statuses.filter((s) => s === 201)).toHaveLength(100);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });

  it("has every inner write on disk before the batch answers", async () => {
    const dir = mkdtempSync(join(tmpdir(), "mock-graph-batch-"));
    try {
      const first = createMockGraph({ dataDir: dir, throttling: "off", now: () => fixedNow });
      const res = await call(first, "POST", "/v1.0/$batch", {
        body: { requests: [{ id: "1", method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: json, body: partner }] },
      });
      const id = (res.json.responses as Item[])[0]!.body!.id as string;
      // A second instance on the same directory, without waiting for the first to close: what it reads is on disk.
      const second = createMockGraph({ dataDir: dir, throttling: "off", now: () => fixedNow });
      expect((await call(second, "GET", `/v1.0/deviceManagement/deviceManagementPartners/${id}`)).status).toBe(200);
      await first.close();
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("the official client's batch content", () => {
  it("round-trips BatchRequestContent and BatchResponseContent", async () => {
    const { BatchRequestContent, BatchResponseContent } = await import("@microsoft/microsoft-graph-client");
    const graph = createMockGraph({ throttling: "off", now: () => fixedNow });
    const base = "https://graph.microsoft.com/v1.0";
    const create = new Request(`${base}/deviceManagement/deviceManagementPartners`, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(partner),
    });
    const content = new BatchRequestContent([
      { id: "create", request: create },
      { id: "list", request: new Request(`${base}/deviceManagement/deviceManagementPartners?$filter=displayName eq 'Batch MDM'`), dependsOn: ["create"] },
    ]);
    const res = await call(graph, "POST", "/v1.0/$batch", { body: await content.getContent() });
    expect(res.status).toBe(200);
    const answers = new BatchResponseContent(res.json as never);
    const created = answers.getResponseById("create");
    expect(created.status).toBe(201);
    expect(((await created.json()) as { displayName: string }).displayName).toBe("Batch MDM");
    const listed = (await answers.getResponseById("list").json()) as { value: { displayName: string }[] };
    expect(listed.value.map((p) => p.displayName)).toEqual(["Batch MDM"]);
  });
});
