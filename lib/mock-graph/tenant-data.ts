import type { AuditEvent } from "@/lib/graph/audit-event";
import type { ResourceName } from "@/lib/graph/resources";
import { EntityCollection, type Entity } from "./entity-collection";
import { seedComplianceManagementPartners } from "./seed/compliance-management-partners";
import { seedAuditEvents } from "./seed/audit-events";
import { seedDeviceManagementPartners } from "./seed/device-management-partners";
import { placeholderComplianceManagementPartners, placeholderDeviceManagementPartners } from "./seed/placeholders";

/** How many partners to seed; beyond the curated set, synthetic ones; 0 = none. */
export interface SeedOptions {
  deviceManagementPartners?: number;
  complianceManagementPartners?: number;
  /** Real tenants' never-configured partner records (MOCK_GRAPH_FLAVOR=service). */
  placeholders?: boolean;
}

export type TenantData = Record<ResourceName, EntityCollection> & {
  /** Intune's audit log for the tenant's partner changes, oldest first, bounded (maxAuditEventsPerTenant). */
  auditEvents: AuditEvent[];
};

export function seedTenantData(now: Date, seed: SeedOptions = {}): TenantData {
  const deviceManagementPartners = seedDeviceManagementPartners(now, seed.deviceManagementPartners);
  const complianceManagementPartners = seedComplianceManagementPartners(now, seed.complianceManagementPartners);
  if (seed.placeholders) {
    deviceManagementPartners.push(...placeholderDeviceManagementPartners());
    complianceManagementPartners.push(...placeholderComplianceManagementPartners());
  }
  return {
    deviceManagementPartners: new EntityCollection(deviceManagementPartners),
    complianceManagementPartners: new EntityCollection(complianceManagementPartners),
    auditEvents: seedAuditEvents(now, { deviceManagementPartners, complianceManagementPartners }),
  };
}

export interface TenantFile {
  tenant: string;
  deviceManagementPartners: Entity[];
  complianceManagementPartners: Entity[];
  auditEvents?: AuditEvent[];
}

export function tenantDataFromFile(file: TenantFile): TenantData {
  return {
    deviceManagementPartners: new EntityCollection(file.deviceManagementPartners),
    complianceManagementPartners: new EntityCollection(file.complianceManagementPartners),
    auditEvents: file.auditEvents ?? [],
  };
}

export function tenantFileOf(tenant: string, data: TenantData): TenantFile {
  return {
    tenant,
    deviceManagementPartners: data.deviceManagementPartners.items,
    complianceManagementPartners: data.complianceManagementPartners.items,
    auditEvents: data.auditEvents,
  };
}
