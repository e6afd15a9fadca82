import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { TenantRegistry } from "../tenant-registry";
import { tempDirPerTest } from "./temp-dir";

// The registry's promises seen through its public face: one copy per change, idle expiry at its exact edge, the bytes
// a reloaded tenant costs, and close() waiting for the writes a client was told about.

const dayMs = 24 * 3_600_000;
const t0 = Date.UTC(2026, 2, 1);

const root = tempDirPerTest("tenant-registry-");
let now: number;

beforeEach(() => {
  now = t0;
});

function registry(options: { dataDir?: string; maxTenants?: number } = {}) {
  return new TenantRegistry({ maxTenants: 10, maxBytes: 2 ** 30, idleDays: 2, now: () => new Date(now), ...options });
}

describe("TenantRegistry", () => {
  it("copies the shared seed once: later changes in the same tenant land in that copy", async () => {
    const tenants = registry();
    const tenant = await tenants.get("a");
    const first = tenants.writable(tenant);
    expect(tenants.writable(tenant)).toBe(first);
    expect((await tenants.get("a")).data).toBe(first);
    await tenants.close();
  });

  it("expires a tenant unused for more than idleDays, and keeps one unused for exactly idleDays", async () => {
    const tenants = registry();
    await tenants.get("old");
    now = t0 + dayMs;
    await tenants.get("recent");

    now = t0 + 2 * dayMs;
    await tenants.expireIdle();
    expect(tenants.usage().tenantsInMemory).toBe(2);

    now = t0 + 2 * dayMs + 1;
    await tenants.expireIdle();
    expect(tenants.usage().tenantsInMemory).toBe(1);
    await tenants.close();
  });

  it("expires an idle changed tenant's file, and keeps a file used exactly idleDays ago", async () => {
    const dataDir = path.join(root(), "data");
    const tenants = registry({ dataDir });
    const tenant = await tenants.get("a");
    tenants.writable(tenant);
    await tenants.persist(tenant);
    expect(tenants.usage().filesOnDisk).toBe(1);

    now = t0 + 2 * dayMs;
    await tenants.expireIdle();
    expect(tenants.usage().filesOnDisk).toBe(1);
    now = t0 + 2 * dayMs + 1;
    await tenants.expireIdle();
    expect(tenants.usage()).toMatchObject({ filesOnDisk: 0, tenantsInMemory: 0 });
    expect((await readdir(dataDir)).filter((f) => f.endsWith(".json"))).toEqual([]);
    await tenants.close();
  });

  it("counts a changed tenant reloaded from its file at its file's size", async () => {
    const tenants = registry({ dataDir: path.join(root(), "data"), maxTenants: 1 });
    const a = await tenants.get("a");
    tenants.writable(a);
    await tenants.persist(a);
    const bytes = tenants.usage().bytesInMemory;
    expect(bytes).toBeGreaterThan(0);

    await tenants.get("b"); // a leaves memory (one tenant at most); its file stays.
    expect(tenants.usage()).toMatchObject({ tenantsInMemory: 1, bytesInMemory: 0, filesOnDisk: 1 });
    const reloaded = await tenants.get("a");
    expect(reloaded.shared).toBe(false);
    expect(tenants.usage()).toMatchObject({ tenantsInMemory: 1, changedInMemory: 1, bytesInMemory: bytes });
    await tenants.close();
  });

  it("close() resolves only once an acknowledged write is on disk", async () => {
    const dataDir = path.join(root(), "data");
    const tenants = registry({ dataDir });
    const tenant = await tenants.get("a");
    tenants.writable(tenant);
    void tenants.persist(tenant);
    await tenants.close();
    expect((await readdir(dataDir)).filter((f) => f.endsWith(".json"))).toHaveLength(1);
  });

  it("records a use in the tenant file's modification time once an hour has passed since the last record", async () => {
    const dataDir = path.join(root(), "data");
    const tenants = registry({ dataDir });
    const tenant = await tenants.get("a");
    tenants.writable(tenant);
    await tenants.persist(tenant);
    const [file] = (await readdir(dataDir)).filter((f) => f.endsWith(".json"));

    now = t0 + 3_600_000;
    await tenants.get("a");
    // A restart reads the last use from this time, so an active tenant is not expired as idle.
    await expect.poll(async () => (await stat(path.join(dataDir, file!))).mtimeMs).toBe(t0 + 3_600_000);
    await tenants.close();
  });
});
