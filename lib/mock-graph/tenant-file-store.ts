import { createHash } from "node:crypto";
import { mkdir, open, readdir, readFile, rename, stat, unlink, utimes } from "node:fs/promises";
import path from "node:path";
import type { TenantFile } from "./tenant-data";

/** A tenant's file on disk: its name (a hash of the tenant id) and when the tenant was last used. */
export interface StoredTenantFile {
  key: string;
  lastUsedMs: number;
}

/**
 * One JSON file per tenant, written atomically and durably: temp file, fsync, rename, fsync the directory.
 * A file's modification time is when its tenant was last used, so idle expiry survives a restart.
 */
export class TenantFileStore {
  private readonly dir: string;
  private ready: Promise<void> | undefined;
  private sequence = 0;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  /** The file name of a tenant's data: a hash, so no tenant id (a bearer token) ever names a file. */
  keyOf(tenant: string): string {
    return createHash("sha256").update(tenant).digest("hex");
  }

  private fileOf(key: string): string {
    return path.join(this.dir, `${key}.json`);
  }

  /** The tenant's file and its size in bytes of JSON. */
  async read(tenant: string): Promise<{ file: TenantFile; bytes: number } | undefined> {
    try {
      const text = await readFile(this.fileOf(this.keyOf(tenant)), "utf8");
      const file = JSON.parse(text) as TenantFile;
      return file.tenant === tenant ? { file, bytes: text.length } : undefined;
    } catch (error) {
      if (isMissing(error)) return undefined;
      throw error;
    }
  }

  /** Every tenant file, least recently used first; temp files a crash left behind are removed on the way. */
  async list(): Promise<StoredTenantFile[]> {
    let names: string[];
    try {
      names = await readdir(this.dir);
    } catch (error) {
      if (isMissing(error)) return [];
      throw error;
    }
    const files: StoredTenantFile[] = [];
    for (const name of names) {
      if (name.endsWith(".tmp")) {
        await unlink(path.join(this.dir, name)).catch(ignoreMissing);
        continue;
      }
      const match = /^([0-9a-f]{64})\.json$/.exec(name);
      if (!match) continue;
      try {
        files.push({ key: match[1]!, lastUsedMs: (await stat(path.join(this.dir, name))).mtimeMs });
      } catch (error) {
        ignoreMissing(error);
      }
    }
    return files.sort((a, b) => a.lastUsedMs - b.lastUsedMs);
  }

  async write(key: string, json: string): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(
      () => undefined,
      (error: unknown) => {
        this.ready = undefined;
        throw error;
      },
    );
    await this.ready;
    const target = this.fileOf(key);
    const temp = `${target}.${process.pid}.${++this.sequence}.tmp`;
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(json);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    await this.syncDirectory();
  }

  /** Removes a tenant's file; durable like a write, so a removed tenant stays removed after a crash. */
  async remove(key: string): Promise<void> {
    try {
      await unlink(this.fileOf(key));
    } catch (error) {
      if (isMissing(error)) return;
      throw error;
    }
    await this.syncDirectory();
  }

  /** Records a use of the tenant in its file's modification time. */
  async touch(key: string, at: Date): Promise<void> {
    await utimes(this.fileOf(key), at, at).catch(ignoreMissing);
  }

  private async syncDirectory(): Promise<void> {
    const dir = await open(this.dir, "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}

function isMissing(error: unknown): boolean {
  return (error as NodeJS.ErrnoException).code === "ENOENT";
}

function ignoreMissing(error: unknown): void {
  if (!isMissing(error)) throw error;
}
