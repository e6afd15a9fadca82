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

/** True when the options ask for nothing but the demo data every tenant starts with. */
export function isDefaultSeed(seed: SeedOptions): boolean {
  return seed.deviceManagementPartners === undefined && seed.complianceManagementPartners === undefined;
}

/**
 * The demo data that every unchanged tenant reads, frozen all the way down: a write that forgot to copy it first
 * throws instead of changing every tenant at once.
 */
export function sharedSeedData(now: Date, seed: SeedOptions = {}): TenantData {
  const data = seedTenantData(now, seed);
  deepFreeze(data.deviceManagementPartners.items);
  deepFreeze(data.complianceManagementPartners.items);
  deepFreeze(data.auditEvents);
  return data;
}

/**
 * A tenant's own copy of shared data, made on its first write. Entities are copied one level deep: writes replace
 * an entity's properties, never change a nested value in place (the frozen seed would throw if one did).
 */
export function copyTenantData(data: TenantData): TenantData {
  return {
    deviceManagementPartners: new EntityCollection(data.deviceManagementPartners.items.map((entity) => ({ ...entity }))),
    complianceManagementPartners: new EntityCollection(data.complianceManagementPartners.items.map((entity) => ({ ...entity }))),
    // Events are appended, never changed in place: the array is the tenant's own, the events may stay shared.
    auditEvents: [...data.auditEvents],
  };
}

function deepFreeze(value: unknown): void {
  if (typeof value !== "object" || value === null || Object.isFrozen(value)) return;
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
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
