import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TenantFileStore } from "../tenant-file-store";
import { TenantRegistry } from "../tenant-registry";
import { holdTenantWrites } from "./held-tenant-writes";
import { addPartner, partnerId } from "./tenant-changes";
import { tempDirPerTest } from "./temp-dir";

// The per-tenant write queue, with each file write held in flight by the test: what joins a write, what waits for it,
// what a failure takes with it. Ordering is read from promise order, never from the clock.

const t0 = Date.UTC(2026, 2, 1);
const root = tempDirPerTest("tenant-write-queue-");
let dataDir: string;

beforeEach(() => {
  dataDir = path.join(root(), "data");
});

afterEach(() => {
  vi.restoreAllMocks();
});

function registry(options: { maxTenants?: number } = {}) {
  return new TenantRegistry({ dataDir, maxTenants: 10, maxBytes: 2 ** 30, idleDays: 30, now: () => new Date(t0), ...options });
}

/** The tenant's partners after a restart: what reached the disk. */
async function onDiskAfterRestart(id: string, ns: number[]): Promise<boolean[]> {
  const reopened = registry();
  const tenant = await reopened.get(id);
  await reopened.close();
  return ns.map((n) => tenant.data.deviceManagementPartners.get(partnerId(n)) !== undefined);
}

describe("a tenant's write queue", () => {
  it("writes a change made while the tenant's previous write is on its way to disk, after it", async () => {
    const tenants = registry();
    const holds = holdTenantWrites();
    const tenant = await tenants.get("a");
    addPartner(tenants, tenant, 1);
    const first = tenants.persist(tenant);
    await holds.next(); // The first write has started: it carries partner 1 only.
    addPartner(tenants, tenant, 2);
    const second = tenants.persist(tenant);
    holds.passThrough();
    await Promise.all([first, second]);
    await tenants.close();
    expect(await onDiskAfterRestart("a", [1, 2])).toEqual([true, true]);
  });

  it("joins the changes made while a write waits into that one write, however many requests made them", async () => {
    const tenants = registry();
    const holds = holdTenantWrites();
    const tenant = await tenants.get("a");
    addPartner(tenants, tenant, 1);
    const first = tenants.persist(tenant);
    await holds.next();
    addPartner(tenants, tenant, 2);
    const second = tenants.persist(tenant);
    addPartner(tenants, tenant, 3);
    const third = tenants.persist(tenant);
    holds.passThrough();
    await Promise.all([first, second, third]);
    await tenants.close();
    expect(holds.spy).toHaveBeenCalledTimes(2);
    expect(await onDiskAfterRestart("a", [1, 2, 3])).toEqual([true, true, true]);
  });

  it("reports a failed write with the disk's error, and drops only the copy it was writing: a reset made meanwhile stays", async () => {
    const tenants = registry({ maxTenants: 1 });
    const holds = holdTenantWrites();
    const stale = await tenants.get("a");
    addPartner(tenants, stale, 1);
    const failing = tenants.persist(stale);
    const held = await holds.next();
    await tenants.get("b"); // "a" leaves memory (one tenant at most) while its write is in flight.
    const resetting = tenants.reset("a", { deviceManagementPartners: 3 });
    const reset = await tenants.get("a");
    held.fail(new Error("ENOSPC: no space left on device"));
    await expect(failing).rejects.toThrow("ENOSPC");
    holds.passThrough();
    await resetting;
    expect(await tenants.get("a")).toBe(reset);
    expect(tenants.usage()).toMatchObject({ tenantsInMemory: 1, changedInMemory: 1 });
    await tenants.close();
  });

  it("close() waits for a write queued behind another one", async () => {
    const tenants = registry();
    const holds = holdTenantWrites();
    const tenant = await tenants.get("a");
    addPartner(tenants, tenant, 1);
    const first = tenants.persist(tenant);
    const held = await holds.next();
    addPartner(tenants, tenant, 2);
    const second = tenants.persist(tenant);
    await held.release();
    await first;
    const queued = await holds.next();

    const order: string[] = [];
    const closed = tenants.close().then(() => order.push("closed"));
    await queued.release().then(() => order.push("written"));
    await Promise.all([closed, second]);
    expect(order).toEqual(["written", "closed"]);
  });

  it("serves a tenant in memory at once, without waiting for its write in flight", async () => {
    const tenants = registry();
    const holds = holdTenantWrites();
    const tenant = await tenants.get("a");
    addPartner(tenants, tenant, 1);
    const writing = tenants.persist(tenant);
    const held = await holds.next();

    const order: string[] = [];
    const reading = tenants.get("a").then((read) => {
      order.push("read");
      return read;
    });
    await held.release().then(() => order.push("written"));
    expect(await reading).toBe(tenant);
    await writing;
    expect(order).toEqual(["read", "written"]);
    await tenants.close();
  });

  it("lets a reset made while the tenant's file is being read win over what the file held", async () => {
    const tenants = registry({ maxTenants: 1 });
    const a = await tenants.get("a");
    addPartner(tenants, a, 1);
    await tenants.persist(a);
    await tenants.get("b"); // a leaves memory; the next request for it reads its file.

    const read = TenantFileStore.prototype.read;
    let readStarted!: () => void;
    const reading = new Promise<void>((resolve) => (readStarted = resolve));
    vi.spyOn(TenantFileStore.prototype, "read").mockImplementation(function (this: TenantFileStore, id: string) {
      readStarted();
      return read.call(this, id);
    });
    const loading = tenants.get("a");
    await reading;
    const resetting = tenants.reset("a", { deviceManagementPartners: 17 });
    const loaded = await loading;
    await resetting;
    expect(loaded.data.deviceManagementPartners.items).toHaveLength(17);
    expect(await tenants.get("a")).toBe(loaded);
    await tenants.close();
  });

  it("gives requests that arrive together for a loading tenant one sandbox, even when another tenant pushes it out meanwhile", async () => {
    const tenants = registry({ maxTenants: 1 });
    const [first, , again] = await Promise.all([tenants.get("a"), tenants.get("b"), tenants.get("a")]);
    // Two copies would lose whichever change was written first.
    expect(again).toBe(first);
    await tenants.close();
  });
});
