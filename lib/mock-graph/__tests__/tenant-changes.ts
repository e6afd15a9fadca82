import type { Tenant, TenantRegistry } from "../tenant-registry";

/** A device management partner id tests can count with: partnerId(3) ends in ...000000000003. */
export const partnerId = (n: number) => `00000000-0000-4000-8000-${String(n).padStart(12, "0")}`;

/** Changes the tenant (so it has its own file): one more device management partner, "partner n" unless named. */
export function addPartner(tenants: TenantRegistry, tenant: Tenant, n: number, displayName = `partner ${n}`): void {
  tenants.writable(tenant).deviceManagementPartners.add({ id: partnerId(n), displayName });
}
