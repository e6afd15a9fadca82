import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TenantFileStore } from "../tenant-file-store";
import { TenantRegistry } from "../tenant-registry";
import { holdTenantWrites } from "./held-tenant-writes";
import { addPartner, partnerId } from "./tenant-changes";
import { tempDirPerTest } from "./temp-dir";

// Which file the disk cap and idle expiry remove, and what memory does about it: never a file with a write in flight,
// and a changed tenant whose file is gone is not served from memory (memory and disk agree), a tenant on the seed stays.

const dayMs = 24 * 3_600_000;
const t0 = Date.UTC(2026, 2, 1);
const root = tempDirPerTest("tenant-disk-cap-");
let dataDir: string;
let now: number;

beforeEach(() => {
  dataDir = path.join(root(), "data");
  now = t0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

function registry(options: { maxTenants?: number } = {}) {
  return new TenantRegistry({ dataDir, maxTenants: 2, maxBytes: 2 ** 30, idleDays: 2, now: () => new Date(now), ...options });
}

const keyOf = (id: string) => new TenantFileStore(dataDir).keyOf(id);
const fileOf = (id: string) => path.join(dataDir, `${keyOf(id)}.json`);
/** Which of these tenants have a file, by tenant id. */
async function filesOf(...ids: string[]): Promise<string[]> {
  const names = await readdir(dataDir);
  return ids.filter((id) => names.includes(`${keyOf(id)}.json`));
}

describe("the disk cap", () => {
  it("keeps a file whose tenant has a write in flight, and removes the next least recently used one instead", async () => {
    const tenants = registry();
    const holds = holdTenantWrites();
    const change = async (id: string, n: number) => {
      const tenant = await tenants.get(id);
      addPartner(tenants, tenant, n);
      const writing = tenants.persist(tenant);
      await (await holds.next()).release();
      await writing;
    };
    await change("a", 1);
    await change("b", 1);
    const b = await tenants.get("b");
    addPartner(tenants, b, 2);
    const bWriting = tenants.persist(b);
    const bHeld = await holds.next();
    await change("a", 2); // b's file is now the least recently used on disk, its write still in flight.

    await change("c", 1); // A third file: one must go, and b's is busy.
    expect(await filesOf("a", "b", "c")).toEqual(["b", "c"]);
    expect((await tenants.get("a")).shared).toBe(true);

    await bHeld.release();
    await bWriting;
    expect(tenants.usage().filesOnDisk).toBe(2);
    await tenants.close();
  });

  it("takes a changed tenant out of memory with its file: it is not served from memory once its file is gone", async () => {
    const tenants = registry();
    const a = await tenants.get("a");
    const b = await tenants.get("b");
    addPartner(tenants, a, 1);
    addPartner(tenants, b, 1);
    await tenants.persist(b);
    await tenants.persist(a); // On disk b is older than a; in memory a is (nothing touched them since).
    const c = await tenants.get("c"); // Memory drops a (two tenants at most); b stays in memory.
    addPartner(tenants, c, 1);
    await tenants.persist(c); // Disk drops b, the least recently written.

    expect(await filesOf("a", "b", "c")).toEqual(["a", "c"]);
    const again = await tenants.get("b");
    expect(again.shared).toBe(true);
    expect(again.data.deviceManagementPartners.get(partnerId(1))).toBeUndefined();
    await tenants.close();
  });
});

describe("a tenant file removed behind the registry's back", () => {
  it("starts the tenant from the seed, and expiring its stale record keeps that tenant in memory", async () => {
    const tenants = registry({ maxTenants: 1 });
    const a = await tenants.get("a");
    addPartner(tenants, a, 1);
    await tenants.persist(a);
    await tenants.get("b"); // a leaves memory; its file stays, then someone deletes it.
    await rm(fileOf("a"));

    now = t0 + 3 * dayMs;
    const reloaded = await tenants.get("a");
    expect(reloaded.shared).toBe(true);
    expect(reloaded.data.deviceManagementPartners.get(partnerId(1))).toBeUndefined();

    // The record of a's file was last used at t0: it expires, but a itself (on the seed, used just now) stays.
    await tenants.expireIdle();
    expect(tenants.usage()).toMatchObject({ tenantsInMemory: 1, filesOnDisk: 0 });
    expect(await tenants.get("a")).toBe(reloaded);
    await tenants.close();
  });
});
