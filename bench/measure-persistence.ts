import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { runLoad } from "./lib/load";
import { startStandaloneMock } from "./lib/processes";
import { median } from "./lib/stats";

export interface PersistenceResult {
  connections: number;
  writesPerSecond: number;
  p50Ms: number;
  p99Ms: number;
}

/** PATCH throughput of the standalone mock when every write is on disk (fsync) before its answer. */
export async function measurePersistence({ rounds, requests, connectionCounts }: { rounds: number; requests: number; connectionCounts: number[] }) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "mock-graph-bench-"));
  const mock = await startStandaloneMock({ MOCK_GRAPH_DATA_DIR: dataDir, MOCK_GRAPH_THROTTLING: "off" });
  try {
    const headers = { Authorization: "Bearer bench-persistence" };
    const list = (await (await fetch(`${mock.url}/v1.0/deviceManagement/deviceManagementPartners?$top=1`, { headers })).json()) as { value: { id: string }[] };
    const id = list.value[0]!.id;
    const results: PersistenceResult[] = [];
    for (const connections of connectionCounts) {
      const runs = [];
      for (let r = 0; r < rounds; r++) {
        const run = await runLoad(
          mock.url,
          (i) => ({ method: "PATCH", path: `/v1.0/deviceManagement/deviceManagementPartners/${id}`, headers, body: JSON.stringify({ displayName: `Durable ${r}-${i}` }) }),
          { connections, requests },
        );
        if (run.errors) throw new Error(`persistence run: ${run.errors} failed writes`);
        runs.push(run);
      }
      results.push({
        connections,
        writesPerSecond: median(runs.map((r) => r.requestsPerSecond)),
        p50Ms: median(runs.map((r) => r.p50Ms)),
        p99Ms: median(runs.map((r) => r.p99Ms)),
      });
    }
    return results;
  } finally {
    await mock.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}
