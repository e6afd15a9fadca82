import type { FaultSpec } from "../fault-spec";

/** What the gateway needs of lib/mock-graph's MockGraph (structurally the same, so tests can stand in a fake). */
export interface MockGraphService {
  handle(request: Request, options?: { basePath?: string; tenant?: string }): Promise<Response>;
  resetTenant(tenant: string, seed?: { deviceManagementPartners?: number; complianceManagementPartners?: number }): Promise<void>;
  setTenantFaults(tenant: string, faults: FaultSpec | undefined): void;
}
