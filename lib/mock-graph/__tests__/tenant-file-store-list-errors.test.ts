import { mkdir, mkdtemp, rm, symlink } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TenantFileStore } from "../tenant-file-store";

// A tenant file that cannot be looked at while the directory is listed: gone meanwhile is skipped, anything else is
// passed on (the registry reports it) rather than quietly leaving the file out of the disk cap and idle expiry.

let root: string;
let dir: string;
let store: TenantFileStore;

beforeEach(async () => {
  root = await mkdtemp(path.join(tmpdir(), "tenant-file-list-"));
  dir = path.join(root, "tenants");
  await mkdir(dir);
  store = new TenantFileStore(dir);
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
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
