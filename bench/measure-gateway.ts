import { timeSequential } from "./lib/load";
import { percentile } from "./lib/stats";

export interface GatewayOverhead {
  direct: { p50Ms: number; p99Ms: number };
  gateway: { p50Ms: number; p99Ms: number };
  overheadP50Ms: number;
  overheadP99Ms: number;
  samples: number;
}

/**
 * The same GET sent straight to the standalone mock and through the console's gateway in live mode
 * (upstream: that mock), in alternating blocks so both see the same machine.
 */
export async function measureGatewayOverhead(
  mockUrl: string,
  consoleUrl: string,
  { token, partnerId, blocks, perBlock }: { token: string; partnerId: string; blocks: number; perBlock: number },
): Promise<GatewayOverhead> {
  const headers = { Authorization: `Bearer ${token}` };
  const path = `/v1.0/deviceManagement/deviceManagementPartners/${partnerId}`;
  const direct: number[] = [];
  const gateway: number[] = [];
  await timeSequential(mockUrl, { method: "GET", path, headers }, 50);
  await timeSequential(consoleUrl, { method: "GET", path: `/api/graph${path}`, headers }, 50);
  for (let b = 0; b < blocks; b++) {
    direct.push(...(await timeSequential(mockUrl, { method: "GET", path, headers }, perBlock)));
    gateway.push(...(await timeSequential(consoleUrl, { method: "GET", path: `/api/graph${path}`, headers }, perBlock)));
  }
  const d = { p50Ms: percentile(direct, 50), p99Ms: percentile(direct, 99) };
  const g = { p50Ms: percentile(gateway, 50), p99Ms: percentile(gateway, 99) };
  return { direct: d, gateway: g, overheadP50Ms: g.p50Ms - d.p50Ms, overheadP99Ms: g.p99Ms - d.p99Ms, samples: direct.length };
}
