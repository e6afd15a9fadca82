import { mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMockGraph } from "../../lib/mock-graph/mock-graph";
import { startStandaloneMock } from "./standalone-mock";

const auth = { Authorization: "Bearer persistence-tenant", "Content-Type": "application/json" };
const collection = "/v1.0/deviceManagement/deviceManagementPartners";
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mock-graph-persist-"));
  dirs.push(dir);
  return dir;
};
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
});

describe("persistence", () => {
  it("keeps an acknowledged write through kill -9 and a restart of the standalone server", { timeout: 90_000 }, async () => {
    const dataDir = await tempDir();
    const first = await startStandaloneMock({ MOCK_GRAPH_DATA_DIR: dataDir });
    let id: string;
    try {
      const created = await fetch(`${first.url}${collection}`, {
        method: "POST",
        headers: auth,
        body: JSON.stringify({ displayName: "Survives kill -9", lastHeartbeatDateTime: "2026-11-20T09:15:42.1234567+02:00" }),
      });
      expect(created.status).toBe(201);
      id = ((await created.json()) as { id: string }).id;
      const patched = await fetch(`${first.url}${collection}/${id}`, { method: "PATCH", headers: auth, body: JSON.stringify({ isConfigured: true }) });
      expect(patched.status).toBe(200);
    } finally {
      await first.crash();
    }
    const files = await readdir(dataDir);
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith(".tmp"))).toHaveLength(0);

    const second = await startStandaloneMock({ MOCK_GRAPH_DATA_DIR: dataDir });
    try {
      const res = await fetch(`${second.url}${collection}/${id}`, { headers: auth });
      expect(res.status).toBe(200);
      const body = (await res.json()) as Record<string, unknown>;
      expect(body.displayName).toBe("Survives kill -9");
      expect(body.isConfigured).toBe(true);
      expect(body.lastHeartbeatDateTime).toBe("2026-11-20T09:15:42.1234567+02:00");
      expect((await fetch(`${second.url}${collection}/${id}`, { headers: { Authorization: "Bearer someone-else" } })).status).toBe(404);
    } finally {
      await second.stop();
    }
  });

  it("reloads an evicted tenant from disk", async () => {
    const dataDir = await tempDir();
    const graph = createMockGraph({ dataDir, maxTenants: 1, throttling: "off" });
    const request = (token: string, method = "GET", pathname = collection, body?: unknown) =>
      graph.handle(new Request(`http://mock.test${pathname}`, { method, headers: { authorization: `Bearer ${token}` }, body: body ? JSON.stringify(body) : undefined }));
    const created = await request("a", "POST", collection, { displayName: "on disk" });
    const id = ((await created.json()) as { id: string }).id;
    expect((await request("b")).status).toBe(200);
    const again = await request("a", "GET", `${collection}/${id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { displayName: string }).displayName).toBe("on disk");
    await graph.close();
  });

  it("stores nothing for a rejected write", async () => {
    const dataDir = await tempDir();
    const graph = createMockGraph({ dataDir, throttling: "off" });
    const count = async () => (await graph.handle(new Request(`http://mock.test${collection}/$count`, { headers: { authorization: "Bearer a" } }))).text();
    const before = await count();
    const res = await graph.handle(new Request(`http://mock.test${collection}`, { method: "POST", headers: { authorization: "Bearer a" }, body: '{"partnerState":"String"}' }));
    expect(res.status).toBe(400);
    await graph.close();
    const reopened = createMockGraph({ dataDir, throttling: "off" });
    expect(await (await reopened.handle(new Request(`http://mock.test${collection}/$count`, { headers: { authorization: "Bearer a" } }))).text()).toBe(before);
  });

  it("queues concurrent writes of one tenant: every acknowledged change is on disk", async () => {
    const dataDir = await tempDir();
    const graph = createMockGraph({ dataDir, throttling: "off" });
    const headers = { authorization: "Bearer q" };
    const created = await Promise.all(
      Array.from({ length: 20 }, (_, i) =>
        graph.handle(new Request(`http://mock.test${collection}`, { method: "POST", headers, body: JSON.stringify({ displayName: `concurrent ${i}` }) })),
      ),
    );
    expect(created.map((r) => r.status)).toEqual(Array(20).fill(201));
    const reopened = createMockGraph({ dataDir, throttling: "off" });
    const list = (await (await reopened.handle(new Request(`http://mock.test${collection}?$filter=${encodeURIComponent("startswith(displayName,'concurrent')")}`, { headers }))).json()) as {
      value: unknown[];
    };
    expect(list.value).toHaveLength(20);
  });
});
