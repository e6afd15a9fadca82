import { mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { createMockGraph } from "../../lib/mock-graph/mock-graph";
import { isAlive, portRefuses } from "../support/server-process";
import { startStandaloneMock, type StandaloneMock } from "./standalone-mock";

const auth = { Authorization: "Bearer persistence-tenant", "Content-Type": "application/json" };
const collection = "/v1.0/deviceManagement/deviceManagementPartners";
const dirs: string[] = [];
const tempDir = async () => {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mock-graph-persist-"));
  dirs.push(dir);
  return dir;
};
const started: StandaloneMock[] = [];
const start = async (env: Record<string, string>, port?: number) => {
  const mock = await startStandaloneMock(env, port);
  started.push(mock);
  return mock;
};
afterAll(async () => {
  await Promise.all(started.map((mock) => mock.stop()));
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  // No server outlives the suite, also when a test failed half-way.
  expect(started.map((mock) => isAlive(mock.pid))).toEqual(started.map(() => false));
});

describe("persistence", () => {
  it("keeps an acknowledged write through kill -9 and a restart of the standalone server", { timeout: 90_000 }, async () => {
    const dataDir = await tempDir();
    const first = await start({ MOCK_GRAPH_DATA_DIR: dataDir });
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
    // The process that held the port is gone, so the "after" checks cannot read the old server.
    expect(isAlive(first.pid)).toBe(false);
    expect(await portRefuses(first.port)).toBe(true);
    const files = await readdir(dataDir);
    expect(files.filter((f) => f.endsWith(".json"))).toHaveLength(1);
    expect(files.filter((f) => f.endsWith(".tmp"))).toHaveLength(0);

    const second = await start({ MOCK_GRAPH_DATA_DIR: dataDir }, first.port);
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
    const [file] = (await readdir(dataDir)).filter((f) => f.endsWith(".json"));
    // Changed behind the server's back: only a tenant read again from its file can show this.
    const stored = JSON.parse(await readFile(path.join(dataDir, file!), "utf8")) as { deviceManagementPartners: { id: string; displayName: string }[] };
    stored.deviceManagementPartners.find((p) => p.id === id)!.displayName = "read back from disk";
    await writeFile(path.join(dataDir, file!), JSON.stringify(stored));
    expect(((await (await request("a", "GET", `${collection}/${id}`)).json()) as { displayName: string }).displayName).toBe("on disk");

    expect((await request("b")).status).toBe(200);
    const again = await request("a", "GET", `${collection}/${id}`);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { displayName: string }).displayName).toBe("read back from disk");
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
