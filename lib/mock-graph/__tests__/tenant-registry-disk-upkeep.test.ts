import { writeFile } from "node:fs/promises";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { TenantFileStore } from "../tenant-file-store";
import { TenantRegistry } from "../tenant-registry";
import { tempDirPerTest } from "./temp-dir";

// The registry's upkeep of its directory: a use recorded in a file's time at most once per hour (a write per request
// would cost more than the request), and a directory it cannot read reported instead of silently ignored.

const hourMs = 3_600_000;
const t0 = Date.UTC(2026, 2, 1);
const root = tempDirPerTest("tenant-disk-upkeep-");
let dataDir: string;
let now: number;

beforeEach(() => {
  dataDir = path.join(root(), "data");
  now = t0;
});

afterEach(() => {
  vi.restoreAllMocks();
});

function registry() {
  return new TenantRegistry({ dataDir, maxTenants: 10, maxBytes: 2 ** 30, idleDays: 30, now: () => new Date(now) });
}

describe("a changed tenant's file time", () => {
  it("records a use only once an hour has passed since the last record (the write counts as one)", async () => {
    const tenants = registry();
    const touches = vi.spyOn(TenantFileStore.prototype, "touch");
    const tenant = await tenants.get("a");
    tenants.writable(tenant).deviceManagementPartners.add({ id: "33333333-3333-4333-8333-333333333333", displayName: "used" });
    await tenants.persist(tenant);

    now = t0 + hourMs - 1;
    await tenants.get("a");
    expect(touches).not.toHaveBeenCalled();
    now = t0 + hourMs;
    await tenants.get("a");
    expect(touches.mock.calls).toEqual([[new TenantFileStore(dataDir).keyOf("a"), new Date(t0 + hourMs)]]);
    now = t0 + 2 * hourMs - 1;
    await tenants.get("a");
    expect(touches).toHaveBeenCalledTimes(1);
    await tenants.close();
  });
});

describe("a data directory that cannot be read", () => {
  it("is reported with its error, and tenants are still served from the seed", async () => {
    const errors = vi.spyOn(console, "error").mockImplementation(() => {});
    await writeFile(dataDir, "a file where the directory belongs");
    const tenants = registry();
    expect((await tenants.get("a")).shared).toBe(true);
    await tenants.close();
    expect(errors).toHaveBeenCalledWith(expect.stringContaining("ENOTDIR"));
  });
});
