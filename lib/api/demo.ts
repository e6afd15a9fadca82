import { graphFetch } from "./graph-fetch";

export interface DemoSeed {
  deviceManagementPartners?: number;
  complianceManagementPartners?: number;
}

/** Re-seeds this browser's demo sandbox. */
export async function resetDemoData(seed?: DemoSeed): Promise<void> {
  await graphFetch("/api/demo/reset", { method: "POST", body: seed ?? {} });
}
