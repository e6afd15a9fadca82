import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, stat, writeFile } from "node:fs/promises";
import path from "node:path";
import { beforeEach, describe, expect, it } from "vitest";
import type { TenantFile } from "../tenant-data";
import { TenantFileStore } from "../tenant-file-store";
import { tempDirPerTest } from "./temp-dir";

// The persistence layer under the mock's tenants, on a real directory: file names, atomic writes, use times and what a
// crash leaves behind. (test/mock-graph/persistence.test.ts kills a real server mid-write; this checks each promise alone.)

const root = tempDirPerTest("tenant-file-store-");
let dir: string;
let store: TenantFileStore;

beforeEach(() => {
  dir = path.join(root(), "nested", "tenants");
  store = new TenantFileStore(dir);
});

function tenantFile(tenant: string, extra: Record<string, unknown> = {}): string {
  return JSON.stringify({ tenant, ...extra });
}

describe("TenantFileStore", () => {
  it("names a tenant's file by the SHA-256 of its id, never by the id", async () => {
    const tenant = "Bearer secret-token/../../etc";
    const key = store.keyOf(tenant);
    expect(key).toBe(createHash("sha256").update(tenant).digest("hex"));
    expect(store.keyOf("another")).not.toBe(key);
    await store.write(key, tenantFile(tenant));
    expect(await readdir(dir)).toEqual([`${key}.json`]);
  });

  it("creates its directory on the first write, writes atomically and leaves no temp file", async () => {
    const key = store.keyOf("t1");
    await store.write(key, tenantFile("t1", { n: 1 }));
    await store.write(key, tenantFile("t1", { n: 2 }));
    expect(await readdir(dir)).toEqual([`${key}.json`]);
    expect(JSON.parse(await readFile(path.join(dir, `${key}.json`), "utf8"))).toEqual({ tenant: "t1", n: 2 });
  });

  it("reads a tenant back with its size in bytes of JSON", async () => {
    const text = tenantFile("t1", { name: "Contoso" });
    await store.write(store.keyOf("t1"), text);
    const found = await store.read("t1");
    expect(found).toEqual({ file: JSON.parse(text) as TenantFile, bytes: text.length });
  });

  it("reads nothing for a tenant that has no file, also before the directory exists", async () => {
    expect(await store.read("nobody")).toBeUndefined();
    await store.write(store.keyOf("t1"), tenantFile("t1"));
    expect(await store.read("nobody")).toBeUndefined();
  });

  it("does not hand a file to a tenant whose id it does not hold", async () => {
    await store.write(store.keyOf("t1"), tenantFile("someone else"));
    expect(await store.read("t1")).toBeUndefined();
  });

  it("fails loudly on a damaged file instead of treating it as missing", async () => {
    await store.write(store.keyOf("t1"), "{ not json");
    await expect(store.read("t1")).rejects.toThrow(SyntaxError);
  });

  it("lists nothing when the directory does not exist", async () => {
    expect(await store.list()).toEqual([]);
  });

  it("lists tenant files least recently used first, skips other files and removes a crash's temp files", async () => {
    const [a, b, c] = ["a", "b", "c"].map((t) => store.keyOf(t)) as [string, string, string];
    for (const key of [a, b, c]) await store.write(key, "{}");
    await store.touch(a, new Date("2026-03-01T00:00:00Z"));
    await store.touch(b, new Date("2026-01-01T00:00:00Z"));
    await store.touch(c, new Date("2026-02-01T00:00:00Z"));
    await writeFile(path.join(dir, `${a}.json.123.1.tmp`), "half a write");
    await writeFile(path.join(dir, "notes.json"), "{}");
    await writeFile(path.join(dir, `${a.toUpperCase()}.json`), "{}");
    await writeFile(path.join(dir, `x${a}.json`), "{}");
    await writeFile(path.join(dir, `${a}.json.bak`), "{}");

    const listed = await store.list();
    expect(listed.map((file) => file.key)).toEqual([b, c, a]);
    expect(listed.map((file) => new Date(file.lastUsedMs).toISOString())).toEqual([
      "2026-01-01T00:00:00.000Z",
      "2026-02-01T00:00:00.000Z",
      "2026-03-01T00:00:00.000Z",
    ]);
    expect((await readdir(dir)).filter((name) => name.endsWith(".tmp"))).toEqual([]);
    expect(await readdir(dir)).toEqual(expect.arrayContaining(["notes.json", `x${a}.json`, `${a}.json.bak`]));
  });

  it("records a use in the file's modification time, and ignores a use of a removed tenant", async () => {
    const key = store.keyOf("t1");
    await store.write(key, tenantFile("t1"));
    const at = new Date("2026-05-05T05:05:05Z");
    await store.touch(key, at);
    expect((await stat(path.join(dir, `${key}.json`))).mtimeMs).toBe(at.getTime());
    await store.remove(key);
    await expect(store.touch(key, at)).resolves.toBeUndefined();
  });

  it("removes a tenant's file, and removing it twice is not an error", async () => {
    const key = store.keyOf("t1");
    await store.write(key, tenantFile("t1"));
    await store.remove(key);
    expect(await store.read("t1")).toBeUndefined();
    expect(await readdir(dir)).toEqual([]);
    await expect(store.remove(key)).resolves.toBeUndefined();
  });

  it("passes on errors other than a missing file", async () => {
    // A directory where a tenant's file belongs: reading and removing it fail, and neither is "missing".
    const key = store.keyOf("t1");
    await mkdir(path.join(dir, `${key}.json`), { recursive: true });
    await expect(store.read("t1")).rejects.toMatchObject({ code: "EISDIR" });
    await expect(store.remove(key)).rejects.toMatchObject({ code: expect.stringMatching(/^E(ISDIR|PERM)$/) });
  });

  it("retries creating its directory after a failed first write", async () => {
    // The directory's place is taken by a file: the first write fails; once the file is gone the next write succeeds.
    const taken = path.join(root(), "taken");
    await writeFile(taken, "");
    const late = new TenantFileStore(taken);
    await expect(late.write(late.keyOf("t1"), tenantFile("t1"))).rejects.toMatchObject({ code: expect.any(String) });
    await rm(taken);
    await late.write(late.keyOf("t1"), tenantFile("t1"));
    expect(await late.read("t1")).toMatchObject({ file: { tenant: "t1" } });
  });

  it("passes on a directory that cannot be read or touched, instead of treating it as empty", async () => {
    // The store's directory is a file: listing and touching fail with ENOTDIR, which is not "missing".
    await writeFile(path.join(root(), "file"), "");
    const broken = new TenantFileStore(path.join(root(), "file"));
    await expect(broken.list()).rejects.toMatchObject({ code: "ENOTDIR" });
    await expect(broken.touch(broken.keyOf("t1"), new Date())).rejects.toMatchObject({ code: "ENOTDIR" });
  });
});
