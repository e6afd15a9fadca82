import { writeFile } from "node:fs/promises";
import path from "node:path";
import { runLoad, type LoadResult } from "./lib/load";
import { startServer, startStandaloneMock, root } from "./lib/processes";
import { median } from "./lib/stats";

export interface Comparison {
  scenario: string;
  mock: { requestsPerSecond: number; p99Ms: number };
  jsonServer: { requestsPerSecond: number; p99Ms: number };
  /** mock rps / json-server rps: above 1, the mock is faster. */
  throughputRatio: number;
  /** json-server p99 / mock p99: above 1, the mock's tail is shorter. */
  p99Ratio: number;
}

const token = "bench-tenant";

/**
 * The standalone mock Graph against json-server, both in memory, on the same partners, with the same
 * connections from the same client, alternating round by round.
 */
export async function compareWithJsonServer({ rounds, requests, connections }: { rounds: number; requests: number; connections: number }) {
  const mock = await startStandaloneMock({ MOCK_GRAPH_THROTTLING: "off" });
  try {
    const auth = { Authorization: `Bearer ${token}` };
    const collection = `${mock.url}/v1.0/deviceManagement/deviceManagementPartners`;
    for (let i = 0; i < 120; i++) {
      const res = await fetch(collection, {
        method: "POST",
        headers: { ...auth, "Content-Type": "application/json" },
        body: JSON.stringify({ displayName: `Bench partner ${i}`, partnerState: "enabled", partnerAppType: "multiTenantApp", isConfigured: true }),
      });
      if (res.status !== 201) throw new Error(`seeding the mock answered ${res.status}: ${await res.text()}`);
    }
    const partners: Record<string, unknown>[] = [];
    for (let url: string | undefined = `${collection}?$top=999`; url; ) {
      const page = (await (await fetch(url, { headers: auth })).json()) as { value: Record<string, unknown>[]; "@odata.nextLink"?: string };
      partners.push(...page.value);
      url = page["@odata.nextLink"];
    }
    // json-server reads a .js source into memory and never writes it back: both servers run from memory.
    const dbFile = path.join(root, "bench/results/json-server-db.tmp.js");
    await writeFile(dbFile, `module.exports = () => (${JSON.stringify({ deviceManagementPartners: partners })});\n`);
    const jsonServer = await startServer(
      process.execPath,
      [path.join(root, "node_modules/json-server/lib/cli/bin.js"), "--quiet", "--port", "{port}", "--host", "127.0.0.1", dbFile],
      { readyPath: "/deviceManagementPartners?_limit=1" },
    );
    try {
      const id = String(partners[0]!.id);
      const patchBody = (i: number) => JSON.stringify({ displayName: `Renamed ${i}` });
      const scenarios = [
        {
          scenario: "GET list of 100",
          mock: (_i: number) => ({ method: "GET", path: "/v1.0/deviceManagement/deviceManagementPartners?$top=100", headers: auth }),
          jsonServer: (_i: number) => ({ method: "GET", path: "/deviceManagementPartners?_limit=100" }),
        },
        {
          scenario: "PATCH one partner",
          mock: (i: number) => ({ method: "PATCH", path: `/v1.0/deviceManagement/deviceManagementPartners/${id}`, headers: auth, body: patchBody(i) }),
          jsonServer: (i: number) => ({ method: "PATCH", path: `/deviceManagementPartners/${id}`, body: patchBody(i) }),
        },
      ];
      const comparisons: Comparison[] = [];
      for (const s of scenarios) {
        const mockRuns: LoadResult[] = [];
        const jsonRuns: LoadResult[] = [];
        await runLoad(mock.url, s.mock, { connections, requests: Math.ceil(requests / 4) });
        await runLoad(jsonServer.url, s.jsonServer, { connections, requests: Math.ceil(requests / 4) });
        for (let r = 0; r < rounds; r++) {
          mockRuns.push(await runLoad(mock.url, s.mock, { connections, requests }));
          jsonRuns.push(await runLoad(jsonServer.url, s.jsonServer, { connections, requests }));
        }
        for (const run of [...mockRuns, ...jsonRuns]) if (run.errors) throw new Error(`${s.scenario}: ${run.errors} failed requests`);
        const m = { requestsPerSecond: median(mockRuns.map((r) => r.requestsPerSecond)), p99Ms: median(mockRuns.map((r) => r.p99Ms)) };
        const j = { requestsPerSecond: median(jsonRuns.map((r) => r.requestsPerSecond)), p99Ms: median(jsonRuns.map((r) => r.p99Ms)) };
        comparisons.push({ scenario: s.scenario, mock: m, jsonServer: j, throughputRatio: m.requestsPerSecond / j.requestsPerSecond, p99Ratio: j.p99Ms / m.p99Ms });
      }
      return { partners: partners.length, connections, requestsPerRound: requests, rounds, comparisons };
    } finally {
      await jsonServer.stop();
    }
  } finally {
    await mock.stop();
  }
}
