import path from "node:path";
import { beforeEach, describe, expect, it, vi } from "vitest";
import { TenantFileStore } from "../tenant-file-store";
import { tempDirPerTest } from "./temp-dir";

// The durability protocol a crash test cannot check one step at a time: a write's data is fsynced before the rename
// makes it the tenant's file, the directory is fsynced after the rename (or unlink) so the new name survives a power
// cut, and every file opened on the way is closed again (a long-running server must not leak descriptors).

const log = vi.hoisted(() => [] as string[]);

vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const label = (file: unknown) => {
    const name = String(file);
    return name.endsWith(".tmp") ? "temp" : name.endsWith(".json") ? "file" : "dir";
  };
  return {
    ...fs,
    open: async (file: string, flags: string) => {
      const handle = await fs.open(file, flags);
      log.push(`open ${label(file)}`);
      return new Proxy(handle, {
        get(target, property) {
          if (property === "sync" || property === "close") {
            return async () => {
              await target[property]();
              log.push(`${property} ${label(file)}`);
            };
          }
          const value: unknown = Reflect.get(target, property);
          return typeof value === "function" ? value.bind(target) : value;
        },
      });
    },
    rename: async (from: string, to: string) => {
      await fs.rename(from, to);
      log.push(`rename ${label(from)} ${label(to)}`);
    },
    unlink: async (file: string) => {
      await fs.unlink(file);
      log.push(`unlink ${label(file)}`);
    },
  };
});

const root = tempDirPerTest("tenant-file-durability-");
let store: TenantFileStore;

beforeEach(() => {
  store = new TenantFileStore(path.join(root(), "tenants"));
  log.length = 0;
});

describe("TenantFileStore durability", () => {
  it("fsyncs a write's data before the rename and the directory after it, closing both", async () => {
    const key = store.keyOf("t1");
    await store.write(key, JSON.stringify({ tenant: "t1" }));
    expect(log).toEqual(["open temp", "sync temp", "close temp", "rename temp file", "open dir", "sync dir", "close dir"]);
    expect(await store.read("t1")).toMatchObject({ file: { tenant: "t1" } });
  });

  it("fsyncs the directory after removing a tenant's file, closing it", async () => {
    const key = store.keyOf("t1");
    await store.write(key, JSON.stringify({ tenant: "t1" }));
    log.length = 0;
    await store.remove(key);
    expect(log).toEqual(["unlink file", "open dir", "sync dir", "close dir"]);
  });
});
