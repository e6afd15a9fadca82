import { copyTenantData, isDefaultSeed, seedTenantData, sharedSeedData, tenantDataFromFile, tenantFileOf, type SeedOptions, type TenantData } from "./tenant-data";
import { TenantFileStore } from "./tenant-file-store";

export interface Tenant {
  readonly id: string;
  data: TenantData;
  /** While true, `data` is the seed every unchanged tenant shares: `writable` copies it before the first change. */
  shared: boolean;
  /** The size of the tenant's own data as JSON, when last serialized; 0 while it shares the seed. */
  bytes: number;
  lastUsedMs: number;
}

export interface TenantRegistryOptions {
  dataDir?: string;
  /** Tenants kept in memory, and changed tenants kept on disk. */
  maxTenants: number;
  /** The tenants in memory together, counted as the JSON size of their own data. */
  maxBytes: number;
  /** A tenant unused for longer is removed, from memory and disk. */
  idleDays: number;
  now: () => Date;
  /** What a new tenant starts with (the service flavor adds placeholder records). */
  seed?: SeedOptions;
}

interface DiskEntry {
  lastUsedMs: number;
  /** When the file's modification time last recorded a use. */
  touchedMs: number;
  /** The tenant id, once this process has read or written the file. */
  tenant?: string;
}

const dayMs = 24 * 3_600_000;
const touchEveryMs = 3_600_000;

/**
 * The tenants, bounded in memory and on disk alike. A tenant that has only been read shares the frozen seed: no file
 * and a few hundred bytes. Its first acknowledged write gives it its own copy and, with a data directory, its own file.
 * In memory: least recently used first out past maxTenants or maxBytes (with a data directory an evicted tenant
 * reloads from its file). On disk: at most maxTenants files, the least recently used removed first. Tenants idle for
 * idleDays are removed at start and once a day.
 */
export class TenantRegistry {
  /** Least recently used first (Map order). */
  private readonly tenants = new Map<string, Tenant>();
  private bytesInMemory = 0;
  private readonly loading = new Map<string, Promise<Tenant>>();
  /** Per tenant: the last write in its queue, and a write that has not started yet (later writes join it). */
  private readonly writes = new Map<string, { last: Promise<void>; pending?: Promise<void> }>();
  private readonly files: TenantFileStore | undefined;
  /** The files on disk by key, least recently used first. */
  private readonly onDisk = new Map<string, DiskEntry>();
  private readonly diskReady: Promise<void>;
  private readonly sweep: ReturnType<typeof setInterval>;
  private seed: TenantData | undefined;

  constructor(private readonly options: TenantRegistryOptions) {
    this.files = options.dataDir ? new TenantFileStore(options.dataDir) : undefined;
    this.diskReady = this.files ? this.readDisk(this.files) : Promise.resolve();
    this.sweep = setInterval(() => void this.expireIdle().catch(logFailure), dayMs);
    // A timer must not keep a process (or a test run) alive.
    this.sweep.unref();
  }

  async get(id: string): Promise<Tenant> {
    const tenant = this.tenants.get(id);
    if (tenant) {
      this.touch(tenant);
      return tenant;
    }
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  /** The tenant's data for a change: its own copy, made now if it still shares the seed. */
  writable(tenant: Tenant): TenantData {
    if (tenant.shared) {
      tenant.data = copyTenantData(tenant.data);
      tenant.shared = false;
    }
    return tenant.data;
  }

  /** Re-seeds the tenant. The demo data again is the shared seed, and the tenant's file is removed. */
  async reset(id: string, seed: SeedOptions = {}): Promise<void> {
    const tenant = this.tenants.get(id) ?? this.newTenant(id);
    const shared = isDefaultSeed(seed);
    tenant.data = shared ? this.sharedSeed() : seedTenantData(this.options.now(), seed);
    tenant.shared = shared;
    this.remember(tenant);
    await this.persist(tenant);
  }

  /** Resolves once the tenant's current state is on disk (at once without a data directory). */
  persist(tenant: Tenant): Promise<void> {
    const queue = this.writes.get(tenant.id) ?? { last: Promise.resolve() };
    if (queue.pending) return this.files ? queue.pending : Promise.resolve();
    const write = queue.last.then(() => {
      if (queue.pending === write) queue.pending = undefined;
      // Reads the tenant when the write starts, so it carries every change made while it waited.
      return this.store(tenant);
    });
    queue.pending = write;
    // A write that failed was never acknowledged: forget the changed copy, so the next request reloads
    // the tenant as it last reached the disk and a failed request leaves no trace.
    const last = write.catch(() => {
      if (this.tenants.get(tenant.id) === tenant) this.forget(tenant.id);
    });
    queue.last = last;
    this.writes.set(tenant.id, queue);
    void last.then(() => {
      if (queue.last === last && this.writes.get(tenant.id) === queue) this.writes.delete(tenant.id);
    });
    return this.files ? write : Promise.resolve();
  }

  /** Removes every tenant unused for longer than idleDays, from memory and from disk. */
  async expireIdle(): Promise<void> {
    await this.diskReady;
    await this.expire();
  }

  private async expire(): Promise<void> {
    const cutoff = this.options.now().getTime() - this.options.idleDays * dayMs;
    for (const [id, tenant] of this.tenants) {
      if (tenant.lastUsedMs < cutoff && !this.writes.has(id)) this.forget(id);
    }
    if (!this.files) return;
    await this.removeFiles([...this.onDisk].filter(([, entry]) => entry.lastUsedMs < cutoff && !this.busy(entry)));
  }

  /** What the tenants cost, for tests and the bench. */
  usage(): { tenantsInMemory: number; changedInMemory: number; bytesInMemory: number; filesOnDisk: number } {
    let changed = 0;
    for (const tenant of this.tenants.values()) if (!tenant.shared) changed++;
    return { tenantsInMemory: this.tenants.size, changedInMemory: changed, bytesInMemory: this.bytesInMemory, filesOnDisk: this.onDisk.size };
  }

  async close(): Promise<void> {
    clearInterval(this.sweep);
    await this.diskReady;
    await Promise.all([...this.writes.values()].map((q) => q.last));
  }

  private async readDisk(files: TenantFileStore): Promise<void> {
    try {
      for (const file of await files.list()) this.onDisk.set(file.key, { lastUsedMs: file.lastUsedMs, touchedMs: file.lastUsedMs });
      const overCap = [...this.onDisk].slice(0, Math.max(0, this.onDisk.size - this.options.maxTenants));
      await this.removeFiles(overCap);
    } catch (error) {
      logFailure(error);
    }
    await this.expire().catch(logFailure);
  }

  private async load(id: string): Promise<Tenant> {
    let tenant: Tenant | undefined;
    if (this.files) {
      await this.diskReady;
      await this.writes.get(id)?.last;
      const entry = this.onDisk.get(this.files.keyOf(id));
      const stored = entry ? await this.files.read(id) : undefined;
      if (entry && stored) {
        entry.tenant = id;
        tenant = { id, data: tenantDataFromFile(stored.file), shared: false, bytes: stored.bytes, lastUsedMs: 0 };
      }
    }
    tenant ??= this.newTenant(id);
    // Another request may have reset the tenant meanwhile: that one wins.
    const current = this.tenants.get(id);
    if (current) {
      this.touch(current);
      return current;
    }
    this.remember(tenant);
    return tenant;
  }

  private newTenant(id: string): Tenant {
    return { id, data: this.sharedSeed(), shared: true, bytes: 0, lastUsedMs: this.options.now().getTime() };
  }

  private sharedSeed(): TenantData {
    this.seed ??= sharedSeedData(this.options.now(), this.options.seed);
    return this.seed;
  }

  private async store(tenant: Tenant): Promise<void> {
    const json = tenant.shared ? undefined : JSON.stringify(tenantFileOf(tenant.id, tenant.data));
    this.setBytes(tenant, json?.length ?? 0);
    const files = this.files;
    if (files) {
      await this.diskReady;
      const key = files.keyOf(tenant.id);
      if (json === undefined) {
        await files.remove(key);
        this.onDisk.delete(key);
      } else {
        await files.write(key, json);
        const nowMs = this.options.now().getTime();
        this.onDisk.delete(key);
        this.onDisk.set(key, { lastUsedMs: nowMs, touchedMs: nowMs, tenant: tenant.id });
        const overCap = [...this.onDisk].filter(([k, entry]) => k !== key && !this.busy(entry)).slice(0, Math.max(0, this.onDisk.size - this.options.maxTenants));
        await this.removeFiles(overCap);
      }
    }
    if (this.tenants.get(tenant.id) === tenant) this.evict(tenant);
  }

  /** Removes files, and forgets their tenants in memory: memory and disk never disagree about a changed tenant. */
  private async removeFiles(victims: [string, DiskEntry][]): Promise<void> {
    for (const [key, entry] of victims) {
      this.onDisk.delete(key);
      if (entry.tenant && this.tenants.get(entry.tenant)?.shared === false) this.forget(entry.tenant);
    }
    await Promise.all(victims.map(([key]) => this.files!.remove(key).catch(logFailure)));
  }

  private busy(entry: DiskEntry): boolean {
    return entry.tenant !== undefined && this.writes.has(entry.tenant);
  }

  private touch(tenant: Tenant): void {
    const nowMs = this.options.now().getTime();
    tenant.lastUsedMs = nowMs;
    this.tenants.delete(tenant.id);
    this.tenants.set(tenant.id, tenant);
    if (!this.files || tenant.shared) return;
    const key = this.files.keyOf(tenant.id);
    const entry = this.onDisk.get(key);
    if (!entry) return;
    entry.lastUsedMs = nowMs;
    this.onDisk.delete(key);
    this.onDisk.set(key, entry);
    if (nowMs - entry.touchedMs >= touchEveryMs) {
      entry.touchedMs = nowMs;
      void this.files.touch(key, new Date(nowMs)).catch(logFailure);
    }
  }

  private remember(tenant: Tenant): void {
    if (this.tenants.get(tenant.id) !== tenant) {
      this.forget(tenant.id);
      this.tenants.set(tenant.id, tenant);
      this.bytesInMemory += tenant.bytes;
    }
    this.touch(tenant);
    this.evict(tenant);
  }

  /**
   * Least recently used first out until the count fits, then the least recently used changed tenants until the
   * bytes fit (unchanged ones hold no data of their own). `keep`, the tenant in use, stays.
   */
  private evict(keep: Tenant): void {
    for (const id of this.tenants.keys()) {
      if (this.tenants.size <= this.options.maxTenants) break;
      if (id !== keep.id) this.forget(id);
    }
    for (const [id, tenant] of this.tenants) {
      if (this.bytesInMemory <= this.options.maxBytes) break;
      if (id !== keep.id && tenant.bytes > 0) this.forget(id);
    }
  }

  private forget(id: string): void {
    const tenant = this.tenants.get(id);
    if (!tenant) return;
    this.tenants.delete(id);
    this.bytesInMemory -= tenant.bytes;
  }

  private setBytes(tenant: Tenant, bytes: number): void {
    if (this.tenants.get(tenant.id) === tenant) this.bytesInMemory += bytes - tenant.bytes;
    tenant.bytes = bytes;
  }
}

function logFailure(error: unknown): void {
  console.error(`mock-graph tenants: ${error instanceof Error ? error.message : String(error)}`);
}
