import { createHash } from "node:crypto";
import { mkdtemp, readdir, rm, stat, utimes } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { EntityCollection } from "../entity-collection";
import { createMockGraph, type MockGraphOptions } from "../mock-graph";
import { TenantRegistry } from "../tenant-registry";
import { call, cmp, dmp, dmpBeta } from "./call";

const dayMs = 24 * 3_600_000;
const dirs: string[] = [];
afterEach(async () => {
  vi.useRealTimers();
  await Promise.all(dirs.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), "mock-graph-bounded-"));
  dirs.push(dir);
  return path.join(dir, "data");
}
async function files(dataDir: string): Promise<string[]> {
  return (await readdir(dataDir).catch(() => [])).filter((f) => f.endsWith(".json")).sort();
}
const graphOn = (dataDir: string, options: MockGraphOptions = {}) => createMockGraph({ dataDir, throttling: "off", ...options });

describe("copy-on-write sandboxes", () => {
  it("reading never touches the disk: 40 read-only tenants, every kind of read, no file and no directory", async () => {
    const dataDir = await tempDir();
    const graph = graphOn(dataDir);
    const list = await call(graph, "GET", dmp, { token: "reader-0" });
    const id = list.json.value![0]!.id as string;
    for (let i = 0; i < 40; i++) {
      const token = `reader-${i}`;
      expect((await call(graph, "GET", `${dmp}?$top=2&$count=true`, { token })).status).toBe(200);
      expect((await call(graph, "GET", `${dmpBeta}/${id}`, { token })).status).toBe(200);
      expect((await call(graph, "GET", `${cmp}/$count`, { token })).status).toBe(200);
      // Rejected writes are no writes either.
      expect((await call(graph, "PATCH", `${dmp}/${id}`, { token, body: { partnerState: "String" } })).status).toBe(400);
      expect((await call(graph, "DELETE", `${dmp}/00000000-0000-0000-0000-000000000000`, { token })).status).toBe(404);
    }
    await graph.close();
    await expect(stat(dataDir)).rejects.toMatchObject({ code: "ENOENT" });
  });

  it("a first write gives the tenant its own copy and file; the others still read the untouched seed", async () => {
    const dataDir = await tempDir();
    const graph = graphOn(dataDir);
    const id = (await call(graph, "GET", dmp, { token: "writer" })).json.value![0]!.id as string;
    const before = (await call(graph, "GET", `${dmp}/${id}`, { token: "reader" })).json.displayName;
    expect((await call(graph, "PATCH", `${dmp}/${id}`, { token: "writer", body: { displayName: "Renamed by writer" } })).status).toBe(200);
    expect((await call(graph, "DELETE", `${dmp}/${id}`, { token: "deleter" })).status).toBe(204);
    expect((await files(dataDir)).length).toBe(2);
    expect((await call(graph, "GET", `${dmp}/${id}`, { token: "reader" })).json.displayName).toBe(before);
    expect((await call(graph, "GET", `${dmp}/${id}`, { token: "writer" })).json.displayName).toBe("Renamed by writer");
    expect((await call(graph, "GET", `${dmp}/${id}`, { token: "deleter" })).status).toBe(404);
    await graph.close();
  });

  it("unchanged tenants share one frozen seed; a change that skips the copy throws instead of reaching everyone", async () => {
    const registry = new TenantRegistry({ maxTenants: 10, maxBytes: 2 ** 30, idleDays: 30, now: () => new Date() });
    const a = await registry.get("a");
    const b = await registry.get("b");
    expect(a.shared && b.shared).toBe(true);
    expect(a.data).toBe(b.data);
    expect(() => {
      a.data.deviceManagementPartners.items[0]!.displayName = "leak";
    }).toThrow(TypeError);
    registry.writable(a).deviceManagementPartners.items[0]!.displayName = "mine";
    expect(b.data.deviceManagementPartners.items[0]!.displayName).not.toBe("mine");
    // The daily sweep's timer keeps no process (a server being stopped, a test run) alive.
    expect((registry as unknown as { sweep: NodeJS.Timeout }).sweep.hasRef()).toBe(false);
    await registry.close();
  });
});

describe("bounded on disk", () => {
  it("keeps at most maxTenants changed tenants on disk: the least recently used tenant's file goes, and the tenant with it", async () => {
    const dataDir = await tempDir();
    const graph = graphOn(dataDir, { maxTenants: 3 });
    const created: Record<string, string> = {};
    for (const token of ["t1", "t2", "t3"]) created[token] = (await call(graph, "POST", dmp, { token, body: { displayName: `kept by ${token}` } })).json.id as string;
    expect(await files(dataDir)).toHaveLength(3);
    // t1 is used again, so t2 is the least recently used when t4 and t5 write.
    expect((await call(graph, "GET", `${dmp}/${created.t1}`, { token: "t1" })).status).toBe(200);
    for (const token of ["t4", "t5"]) created[token] = (await call(graph, "POST", dmp, { token, body: { displayName: `kept by ${token}` } })).json.id as string;
    expect(await files(dataDir)).toHaveLength(3);
    await graph.close();

    const reopened = graphOn(dataDir, { maxTenants: 3 });
    const found = async (token: string) => (await call(reopened, "GET", `${dmp}/${created[token]}`, { token })).status;
    expect({ t1: await found("t1"), t2: await found("t2"), t3: await found("t3"), t4: await found("t4"), t5: await found("t5") }).toEqual({
      t1: 200,
      t2: 404,
      t3: 404,
      t4: 200,
      t5: 200,
    });
    await reopened.close();
  });

  it("a lower cap at start removes the oldest files beyond it", async () => {
    const dataDir = await tempDir();
    const graph = graphOn(dataDir, { maxTenants: 10 });
    for (const token of ["a", "b", "c", "d"]) await call(graph, "POST", dmp, { token, body: { displayName: token } });
    await graph.close();
    const smaller = graphOn(dataDir, { maxTenants: 2 });
    expect((await call(smaller, "GET", `${dmp}?$filter=displayName eq 'd'`, { token: "d" })).json.value).toHaveLength(1);
    expect((await call(smaller, "GET", `${dmp}?$filter=displayName eq 'a'`, { token: "a" })).json.value).toHaveLength(0);
    expect(await files(dataDir)).toHaveLength(2);
    await smaller.close();
  });

  it('"reset" removes the sandbox\'s file and brings back the shared seed; a reset with counts is a change and is stored', async () => {
    const dataDir = await tempDir();
    const graph = graphOn(dataDir);
    const seedCount = (await call(graph, "GET", `${dmp}/$count`, { token: "r" })).text;
    await call(graph, "POST", dmp, { token: "r", body: { displayName: "before reset" } });
    expect(await files(dataDir)).toHaveLength(1);
    await graph.resetTenant("r");
    expect(await files(dataDir)).toHaveLength(0);
    expect((await call(graph, "GET", `${dmp}/$count`, { token: "r" })).text).toBe(seedCount);
    await graph.resetTenant("r", { deviceManagementPartners: 3 });
    expect(await files(dataDir)).toHaveLength(1);
    expect((await call(graph, "GET", `${dmp}/$count`, { token: "r" })).text).toBe("3");
    await graph.close();
    const reopened = graphOn(dataDir);
    expect((await call(reopened, "GET", `${dmp}/$count`, { token: "r" })).text).toBe("3");
    await reopened.close();
  });
});

describe("idle expiry", () => {
  it("removes tenants idle for longer than tenantIdleDays at start; recently used ones stay", async () => {
    const dataDir = await tempDir();
    const graph = graphOn(dataDir, { tenantIdleDays: 30 });
    const old = (await call(graph, "POST", dmp, { token: "old", body: { displayName: "idle" } })).json.id as string;
    const recent = (await call(graph, "POST", dmp, { token: "recent", body: { displayName: "busy" } })).json.id as string;
    await graph.close();
    expect(await files(dataDir)).toHaveLength(2);
    // A file's time is its tenant's last use: the old tenant was last used 31 days ago.
    const oldFile = path.join(dataDir, `${createHash("sha256").update("old").digest("hex")}.json`);
    const monthAgo = new Date(Date.now() - 31 * dayMs);
    await utimes(oldFile, monthAgo, monthAgo);

    const later = graphOn(dataDir, { tenantIdleDays: 30 });
    expect((await call(later, "GET", `${dmp}/${recent}`, { token: "recent" })).status).toBe(200);
    expect((await call(later, "GET", `${dmp}/${old}`, { token: "old" })).status).toBe(404);
    expect(await files(dataDir)).toHaveLength(1);
    await later.close();
  });

  it("sweeps once a day while running, in memory and on disk", async () => {
    vi.useFakeTimers({ toFake: ["setInterval", "clearInterval"] });
    const dataDir = await tempDir();
    let now = Date.now();
    const registry = new TenantRegistry({ dataDir, maxTenants: 10, maxBytes: 2 ** 30, idleDays: 2, now: () => new Date(now) });
    const tenant = await registry.get("sleeper");
    registry.writable(tenant).deviceManagementPartners.add({ id: "11111111-1111-4111-8111-111111111111", displayName: "asleep" });
    await registry.persist(tenant);
    await registry.get("reader");
    expect(await files(dataDir)).toHaveLength(1);
    expect(registry.usage()).toMatchObject({ tenantsInMemory: 2, filesOnDisk: 1 });

    now += 3 * dayMs;
    vi.advanceTimersByTime(dayMs);
    await vi.waitFor(async () => expect(await files(dataDir)).toHaveLength(0));
    expect(registry.usage()).toMatchObject({ tenantsInMemory: 0, filesOnDisk: 0 });
    expect((await registry.get("sleeper")).data.deviceManagementPartners.get("11111111-1111-4111-8111-111111111111")).toBeUndefined();
    await registry.close();
  });
});

describe("bounded in memory by bytes", () => {
  it("evicts the least recently used changed tenants once their data passes maxBytes", async () => {
    const big = (n: number) => Array.from({ length: n }, (_, i) => ({ id: `00000000-0000-4000-8000-${String(i).padStart(12, "0")}`, displayName: "x".repeat(1000) }));
    const registry = new TenantRegistry({ maxTenants: 100, maxBytes: 250_000, idleDays: 30, now: () => new Date() });
    for (const id of ["a", "b", "c", "d"]) {
      const tenant = await registry.get(id);
      const own = registry.writable(tenant);
      own.deviceManagementPartners = new EntityCollection(big(100));
      // Only the partners count here: the seed's audit history would change the arithmetic below.
      own.auditEvents = [];
      await registry.persist(tenant);
      await registry.close();
      expect(registry.usage().bytesInMemory).toBeLessThanOrEqual(250_000);
    }
    // About 100 KB each: two fit, the two used least recently were evicted (memory only: they come back as the seed).
    expect(registry.usage()).toMatchObject({ tenantsInMemory: 2, changedInMemory: 2 });
    expect((await registry.get("a")).shared).toBe(true);
    expect((await registry.get("d")).shared).toBe(false);
    await registry.close();
  });
});

describe("bounded in memory by bytes, unchanged tenants aside", () => {
  it("keeps the unchanged tenants when only changed data is over the budget", async () => {
    const registry = new TenantRegistry({ maxTenants: 100, maxBytes: 1, idleDays: 30, now: () => new Date() });
    for (const id of ["r1", "r2", "r3"]) await registry.get(id);
    const writer = await registry.get("w");
    registry.writable(writer).deviceManagementPartners.add({ id: "22222222-2222-4222-8222-222222222222", displayName: "over budget alone" });
    await registry.persist(writer);
    await registry.close();
    expect(registry.usage()).toMatchObject({ tenantsInMemory: 4, changedInMemory: 1 });
    await registry.close();
  });
});
