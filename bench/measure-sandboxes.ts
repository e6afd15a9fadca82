import { createHash } from "node:crypto";
import { readdir, readFile, mkdtemp, rm, stat } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { createMockGraph, type MockGraph } from "../lib/mock-graph/mock-graph";
import { startStandaloneMock } from "./lib/processes";
import { median } from "./lib/stats";

export interface SandboxResult {
  /** Heap per tenant that has only been read (in-process, after a full GC). */
  unchangedHeapBytes: number;
  /** Heap per tenant after one PATCH (its own copy of the demo data). */
  changedHeapBytes: number;
  /** The standalone server's RSS growth over `readOnlyTenants` read-only tenants, and the bytes they wrote to disk. */
  readOnlyTenants: number;
  rssGrowthMb: number;
  diskBytesPerReadOnlyVisitor: number;
  /** First request of a changed tenant after a restart (its file read and parsed) vs. the next one, from memory. */
  firstUseAfterRestartMs: number;
  inMemoryMs: number;
  /** The same first use for a tenant seeded with 5,000 partners. */
  firstUseLargeTenantMs: number;
  largeTenantFileKb: number;
}

const partners = "/v1.0/deviceManagement/deviceManagementPartners";

function gcFunction(): () => void {
  setFlagsFromString("--expose-gc");
  return runInNewContext("gc") as () => void;
}

async function heapUsed(gc: () => void): Promise<number> {
  for (let i = 0; i < 3; i++) {
    gc();
    await new Promise((r) => setImmediate(r));
  }
  return process.memoryUsage().heapUsed;
}

const get = (graph: MockGraph, token: string, pathname = `${partners}?$top=1`) =>
  graph.handle(new Request(`http://mock.bench${pathname}`, { headers: { authorization: `Bearer ${token}` } })).then((r) => r.arrayBuffer());

async function patch(graph: MockGraph, token: string, id: string, displayName: string): Promise<void> {
  const response = await graph.handle(
    new Request(`http://mock.bench${partners}/${id}`, { method: "PATCH", headers: { authorization: `Bearer ${token}` }, body: JSON.stringify({ displayName }) }),
  );
  if (response.status !== 200) throw new Error(`PATCH answered ${response.status}`);
}

async function heapPerTenant(gc: () => void, tenants: number, touch: (graph: MockGraph, token: string, id: string) => Promise<void>): Promise<number> {
  const graph = createMockGraph({ throttling: "off", maxTenants: tenants * 2 });
  const first = JSON.parse(new TextDecoder().decode(await get(graph, "warm-up"))) as { value: { id: string }[] };
  const id = first.value[0]!.id;
  await touch(graph, "warm-up-2", id);
  const before = await heapUsed(gc);
  for (let i = 0; i < tenants; i++) await touch(graph, `bench-${i}`, id);
  const after = await heapUsed(gc);
  await graph.close();
  return (after - before) / tenants;
}

function rssOf(pid: number): Promise<number> {
  return readFile(`/proc/${pid}/status`, "utf8").then((text) => Number(/VmRSS:\s+(\d+) kB/.exec(text)![1]) * 1024);
}

async function directoryBytes(dir: string): Promise<number> {
  const names = await readdir(dir).catch(() => [] as string[]);
  let total = 0;
  for (const name of names) total += (await stat(path.join(dir, name))).size;
  return total;
}

/** Copy-on-write and bounded sandboxes: what an unchanged and a changed sandbox cost, and a tenant's first use after a restart. */
export async function measureSandboxes({ readOnlyTenants = 4000, changedTenants = 300, restartTenants = 50 } = {}): Promise<SandboxResult> {
  const gc = gcFunction();
  const unchangedHeapBytes = await heapPerTenant(gc, readOnlyTenants, async (graph, token) => void (await get(graph, token)));
  const changedHeapBytes = await heapPerTenant(gc, changedTenants, (graph, token, id) => patch(graph, token, id, `Changed by ${token}`));

  // The real server, as `npm run mock-graph` runs it with a data directory: RSS and disk over read-only visitors.
  const serverDir = await mkdtemp(path.join(os.tmpdir(), "mock-graph-bench-sandboxes-"));
  let rssGrowthMb: number;
  let diskBytesPerReadOnlyVisitor: number;
  const mock = await startStandaloneMock({ MOCK_GRAPH_DATA_DIR: serverDir, MOCK_GRAPH_THROTTLING: "off", MOCK_GRAPH_MAX_TENANTS: String(readOnlyTenants) });
  try {
    const pid = mock.child.pid!;
    for (let i = 0; i < 50; i++) await fetch(`${mock.url}${partners}`, { headers: { Authorization: `Bearer warm-${i}` } }).then((r) => r.arrayBuffer());
    const rssBefore = await rssOf(pid);
    for (let i = 0; i < readOnlyTenants; i++) {
      const response = await fetch(`${mock.url}${partners}`, { headers: { Authorization: `Bearer visitor-${i}` } });
      if (response.status !== 200) throw new Error(`read-only visitor answered ${response.status}`);
      await response.arrayBuffer();
    }
    rssGrowthMb = ((await rssOf(pid)) - rssBefore) / 2 ** 20;
    diskBytesPerReadOnlyVisitor = (await directoryBytes(serverDir)) / readOnlyTenants;
  } finally {
    await mock.stop();
    await rm(serverDir, { recursive: true, force: true });
  }

  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mock-graph-bench-restart-"));
  try {
    const before = createMockGraph({ dataDir, throttling: "off" });
    const id = (JSON.parse(new TextDecoder().decode(await get(before, "restart-0"))) as { value: { id: string }[] }).value[0]!.id;
    for (let i = 0; i < restartTenants; i++) await patch(before, `restart-${i}`, id, `Before restart ${i}`);
    await before.resetTenant("restart-large", { deviceManagementPartners: 5000 });
    await before.close();
    const largeTenantFileKb = (await stat(path.join(dataDir, `${createHash("sha256").update("restart-large").digest("hex")}.json`))).size / 1024;

    const after = createMockGraph({ dataDir, throttling: "off" });
    await get(after, "scan-the-directory-first");
    const first: number[] = [];
    const again: number[] = [];
    for (let i = 0; i < restartTenants; i++) {
      let start = performance.now();
      await get(after, `restart-${i}`);
      first.push(performance.now() - start);
      start = performance.now();
      await get(after, `restart-${i}`);
      again.push(performance.now() - start);
    }
    const start = performance.now();
    await get(after, "restart-large");
    const firstUseLargeTenantMs = performance.now() - start;
    await after.close();
    return {
      unchangedHeapBytes,
      changedHeapBytes,
      readOnlyTenants,
      rssGrowthMb,
      diskBytesPerReadOnlyVisitor,
      firstUseAfterRestartMs: median(first),
      inMemoryMs: median(again),
      firstUseLargeTenantMs,
      largeTenantFileKb,
    };
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
}
