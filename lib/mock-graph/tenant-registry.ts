import { seedTenantData, tenantDataFromFile, tenantFileOf, type SeedOptions, type TenantData } from "./tenant-data";
import { TenantFileStore } from "./tenant-file-store";

export interface Tenant {
  id: string;
  data: TenantData;
}

/**
 * The tenants in memory, least recently used first (Map order), bounded by maxTenants.
 * With a data directory every tenant is on disk, so an evicted tenant reloads as it was.
 */
export class TenantRegistry {
  private readonly tenants = new Map<string, Tenant>();
  private readonly loading = new Map<string, Promise<Tenant>>();
  /** Per tenant: the last write in its queue, and a write that has not started yet (later writes join it). */
  private readonly writes = new Map<string, { last: Promise<void>; pending?: Promise<void> }>();
  private readonly files: TenantFileStore | undefined;

  constructor(
    private readonly options: { dataDir?: string; maxTenants: number; now: () => Date; seed?: SeedOptions },
  ) {
    this.files = options.dataDir ? new TenantFileStore(options.dataDir) : undefined;
  }

  async get(id: string): Promise<Tenant> {
    const tenant = this.tenants.get(id);
    if (tenant) {
      this.tenants.delete(id);
      this.tenants.set(id, tenant);
      return tenant;
    }
    let loading = this.loading.get(id);
    if (!loading) {
      loading = this.load(id).finally(() => this.loading.delete(id));
      this.loading.set(id, loading);
    }
    return loading;
  }

  async reset(id: string, seed: SeedOptions = {}): Promise<void> {
    const tenant = { id, data: seedTenantData(this.options.now(), seed) };
    this.remember(tenant);
    await this.persist(tenant);
  }

  /** Resolves once the tenant's current state is on disk (at once without a data directory). */
  persist(tenant: Tenant): Promise<void> {
    const files = this.files;
    if (!files) return Promise.resolve();
    const queue = this.writes.get(tenant.id) ?? { last: Promise.resolve() };
    if (queue.pending) return queue.pending;
    const write = queue.last.then(() => {
      if (queue.pending === write) queue.pending = undefined;
      // Serialized when the write starts, so it carries every change made while it waited.
      return files.write(tenant.id, tenantFileOf(tenant.id, tenant.data));
    });
    queue.pending = write;
    // A write that failed was never acknowledged: forget the changed copy, so the next request reloads
    // the tenant as it last reached the disk and a failed request leaves no trace.
    const last = write.catch(() => {
      if (this.tenants.get(tenant.id) === tenant) this.tenants.delete(tenant.id);
    });
    queue.last = last;
    this.writes.set(tenant.id, queue);
    void last.then(() => {
      if (queue.last === last && this.writes.get(tenant.id) === queue) this.writes.delete(tenant.id);
    });
    return write;
  }

  async close(): Promise<void> {
    await Promise.all([...this.writes.values()].map((q) => q.last));
  }

  private async load(id: string): Promise<Tenant> {
    let tenant: Tenant | undefined;
    if (this.files) {
      await this.writes.get(id)?.last;
      const file = await this.files.read(id);
      if (file) tenant = { id, data: tenantDataFromFile(file) };
    }
    if (!tenant) {
      tenant = { id, data: seedTenantData(this.options.now(), this.options.seed) };
      await this.persist(tenant);
    }
    // Another request may have reset the tenant meanwhile: that one wins.
    const current = this.tenants.get(id);
    if (current) return current;
    this.remember(tenant);
    return tenant;
  }

  private remember(tenant: Tenant): void {
    this.tenants.delete(tenant.id);
    this.tenants.set(tenant.id, tenant);
    while (this.tenants.size > this.options.maxTenants) {
      const oldest = this.tenants.keys().next().value as string;
      this.tenants.delete(oldest);
    }
  }
}
