import { mkdir, symlink } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import { TenantFileStore } from "../tenant-file-store";
import { tempDirPerTest } from "./temp-dir";

// A tenant file that cannot be looked at while the directory is listed: gone meanwhile is skipped, anything else is
// passed on (the registry reports it) rather than quietly leaving the file out of the disk cap and idle expiry.

const root = tempDirPerTest("tenant-file-list-");
let dir: string;
let store: TenantFileStore;

beforeEach(async () => {
  dir = path.join(root(), "tenants");
  await mkdir(dir);
  store = new TenantFileStore(dir);
});

describe("listing tenant files", () => {
  it("skips a tenant file that is gone by the time it is looked at", async () => {
    await symlink(path.join(dir, "nowhere"), path.join(dir, `${store.keyOf("gone")}.json`));
    await store.write(store.keyOf("kept"), "{}");
    expect((await store.list()).map((file) => file.key)).toEqual([store.keyOf("kept")]);
  });

  it("passes on a tenant file that cannot be looked at for another reason", async () => {
    const loop = path.join(dir, `${store.keyOf("loop")}.json`);
    await symlink(loop, loop);
    await expect(store.list()).rejects.toMatchObject({ code: "ELOOP" });
  });
});
