// The most expensive list query the mock still accepts (issue 20): a full sandbox, every $filter clause and
// $orderby key allowed, the largest page. `npx tsx bench/measure-heaviest-query.ts` runs just this measure.
import { maxEntitiesPerCollection } from "../lib/mock-graph/entity-collection";
import { createMockGraph } from "../lib/mock-graph/mock-graph";
import { queryLimits } from "../lib/mock-graph/odata/parse-query";
import { median, percentile, round } from "./lib/stats";

export interface HeaviestQueryResult {
  partners: number;
  runs: number;
  bodyBytes: number;
  rows: number;
  p50Ms: number;
  p99Ms: number;
}

export async function measureHeaviestQuery(runs = 30): Promise<HeaviestQueryResult> {
  const graph = createMockGraph({ throttling: "off" });
  await graph.resetTenant("bench", { deviceManagementPartners: maxEntitiesPerCollection });
  const filter = Array.from({ length: queryLimits.filterClauses }, (_, i) => (i % 2 ? "contains(displayName, 'o')" : "lastHeartbeatDateTime gt 2000-01-01T00:00:00Z")).join(" or ");
  const orderby = ["displayName desc", "partnerState", "partnerAppType", "isConfigured", "lastHeartbeatDateTime desc"].slice(0, queryLimits.orderByKeys).join(",");
  const query = new URLSearchParams({ $filter: filter, $orderby: orderby, $top: "999", $count: "true" });
  const url = `http://bench.test/beta/deviceManagement/deviceManagementPartners?${query.toString()}`;
  const once = async () => {
    const response = await graph.handle(new Request(url, { headers: { authorization: "Bearer bench" } }));
    if (response.status !== 200) throw new Error(`the heaviest query answered ${response.status}: ${await response.text()}`);
    return response.text();
  };
  const warm = await once();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await once();
    times.push(performance.now() - t0);
  }
  await graph.close();
  return {
    partners: maxEntitiesPerCollection,
    runs,
    bodyBytes: Buffer.byteLength(warm),
    rows: (JSON.parse(warm) as { value: unknown[] }).value.length,
    p50Ms: round(median(times)),
    p99Ms: round(percentile(times, 99)),
  };
}

if (process.argv[1]?.endsWith("measure-heaviest-query.ts")) {
  void measureHeaviestQuery().then((result) => console.log(JSON.stringify(result)));
}
