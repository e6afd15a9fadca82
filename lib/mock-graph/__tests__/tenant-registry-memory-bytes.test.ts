import { stat } from "node:fs/promises";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { TenantFileStore } from "../tenant-file-store";
import { TenantRegistry } from "../tenant-registry";
import { addPartner, partnerId } from "./tenant-changes";
import { tempDirPerTest } from "./temp-dir";

// maxBytes at its exact edge, and the count behind it: a tenant costs the JSON size of its latest write, counted the
// same after a reload, and a write that lands after its tenant left memory costs memory nothing.

const t0 = Date.UTC(2026, 2, 1);
const root = tempDirPerTest("tenant-memory-bytes-");

function registry(options: { dataDir?: string; maxTenants?: number; maxBytes?: number } = {}) {
  return new TenantRegistry({ maxTenants: 10, maxBytes: 2 ** 30, idleDays: 30, now: () => new Date(t0), ...options });
}

/** Changes each tenant the same way and waits until the change is counted. */
async function change(tenants: TenantRegistry, ...ids: string[]): Promise<void> {
  for (const id of ids) {
    const tenant = await tenants.get(id);
    addPartner(tenants, tenant, 1);
    await tenants.persist(tenant);
    await tenants.close();
  }
}

describe("memory bounded by maxBytes", () => {
  it("keeps changed tenants whose bytes add up to exactly maxBytes, and drops the least recently used one past it", async () => {
    const measure = registry();
    await change(measure, "a", "b");
    const both = measure.usage().bytesInMemory;

    const atLimit = registry({ maxBytes: both });
    await change(atLimit, "a", "b");
    expect(atLimit.usage()).toMatchObject({ changedInMemory: 2, bytesInMemory: both });

    const past = registry({ maxBytes: both - 1 });
    await change(past, "a", "b");
    expect(past.usage()).toMatchObject({ changedInMemory: 1, bytesInMemory: both / 2 });
    expect((await past.get("b")).shared).toBe(false);
    expect((await past.get("a")).shared).toBe(true);
  });

  it("counts a tenant written twice at the size of its latest write, its file's size", async () => {
    const dataDir = path.join(root(), "data");
    const tenants = registry({ dataDir });
    const tenant = await tenants.get("a");
    addPartner(tenants, tenant, 1);
    await tenants.persist(tenant);
    addPartner(tenants, tenant, 2, "a longer name than the first one had");
    await tenants.persist(tenant);
    const file = path.join(dataDir, `${new TenantFileStore(dataDir).keyOf("a")}.json`);
    expect(tenants.usage().bytesInMemory).toBe((await stat(file)).size);
    await tenants.close();
  });

  it("counts a reloaded tenant whose data is not ASCII the same as when it was written", async () => {
    const tenants = registry({ dataDir: path.join(root(), "data"), maxTenants: 1 });
    const tenant = await tenants.get("a");
    addPartner(tenants, tenant, 1, "Gerätepartner Zürich — 東京");
    await tenants.persist(tenant);
    const written = tenants.usage().bytesInMemory;
    await tenants.get("b"); // a leaves memory (one tenant at most).
    await tenants.get("a");
    expect(tenants.usage()).toMatchObject({ changedInMemory: 1, bytesInMemory: written });
    await tenants.close();
  });

  it("does not count, nor make room for, a write that lands after its tenant left memory", async () => {
    // One changed tenant alone is over maxBytes here: only the tenant in use may be.
    const tenants = registry({ maxTenants: 2, maxBytes: 1 });
    const x = await tenants.get("x");
    addPartner(tenants, x, 1);
    const y = await tenants.get("y");
    addPartner(tenants, y, 1);
    await tenants.get("z"); // x leaves memory (two tenants at most) before its change is stored.
    void tenants.persist(y);
    void tenants.persist(x);
    await tenants.close();

    expect(y.bytes).toBeGreaterThan(1);
    expect(tenants.usage()).toMatchObject({ tenantsInMemory: 2, changedInMemory: 1, bytesInMemory: y.bytes });
    expect((await tenants.get("y")).data.deviceManagementPartners.get(partnerId(1))).toBeDefined();
    await tenants.close();
  });
});
