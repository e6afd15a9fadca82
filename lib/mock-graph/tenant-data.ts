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
