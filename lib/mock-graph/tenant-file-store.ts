import { createHash } from "node:crypto";
import { mkdir, open, readFile, rename } from "node:fs/promises";
import path from "node:path";
import type { TenantFile } from "./tenant-data";

/** One JSON file per tenant, written atomically and durably: temp file, fsync, rename, fsync the directory. */
export class TenantFileStore {
  private readonly dir: string;
  private ready: Promise<void> | undefined;
  private sequence = 0;

  constructor(dir: string) {
    this.dir = path.resolve(dir);
  }

  private fileOf(tenant: string): string {
    return path.join(this.dir, `${createHash("sha256").update(tenant).digest("hex")}.json`);
  }

  async read(tenant: string): Promise<TenantFile | undefined> {
    try {
      const file = JSON.parse(await readFile(this.fileOf(tenant), "utf8")) as TenantFile;
      return file.tenant === tenant ? file : undefined;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
      throw error;
    }
  }

  async write(tenant: string, file: TenantFile): Promise<void> {
    this.ready ??= mkdir(this.dir, { recursive: true }).then(() => undefined);
    await this.ready;
    const target = this.fileOf(tenant);
    const temp = `${target}.${process.pid}.${++this.sequence}.tmp`;
    const handle = await open(temp, "w");
    try {
      await handle.writeFile(JSON.stringify(file));
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
    const dir = await open(this.dir, "r");
    try {
      await dir.sync();
    } finally {
      await dir.close();
    }
  }
}
