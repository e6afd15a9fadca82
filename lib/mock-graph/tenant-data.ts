import type { ResourceName } from "@/lib/graph/resources";
import { EntityCollection, type Entity } from "./entity-collection";
import { seedComplianceManagementPartners } from "./seed/compliance-management-partners";
import { seedDeviceManagementPartners } from "./seed/device-management-partners";

/** How many partners to seed; beyond the curated set, synthetic ones; 0 = none. */
export interface SeedOptions {
  deviceManagementPartners?: number;
  complianceManagementPartners?: number;
}

export type TenantData = Record<ResourceName, EntityCollection>;

export function seedTenantData(now: Date, seed: SeedOptions = {}): TenantData {
  return {
    deviceManagementPartners: new EntityCollection(seedDeviceManagementPartners(now, seed.deviceManagementPartners)),
    complianceManagementPartners: new EntityCollection(seedComplianceManagementPartners(now, seed.complianceManagementPartners)),
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
export function sharedSeedData(now: Date): TenantData {
  const data = seedTenantData(now);
  for (const collection of Object.values(data)) deepFreeze(collection.items);
  return data;
}

/**
 * A tenant's own copy of shared data, made on its first write. Entities are copied one level deep: writes replace
 * an entity's properties, never change a nested value in place (the frozen seed would throw if one did).
 */
export function copyTenantData(data: TenantData): TenantData {
  const copy = {} as TenantData;
  for (const [name, collection] of Object.entries(data) as [ResourceName, EntityCollection][]) {
    copy[name] = new EntityCollection(collection.items.map((entity) => ({ ...entity })));
  }
  return copy;
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
}

export function tenantDataFromFile(file: TenantFile): TenantData {
  return {
    deviceManagementPartners: new EntityCollection(file.deviceManagementPartners),
    complianceManagementPartners: new EntityCollection(file.complianceManagementPartners),
  };
}

export function tenantFileOf(tenant: string, data: TenantData): TenantFile {
  return { tenant, deviceManagementPartners: data.deviceManagementPartners.items, complianceManagementPartners: data.complianceManagementPartners.items };
}
