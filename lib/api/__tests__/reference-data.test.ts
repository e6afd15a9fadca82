import type { AssignmentFilter } from "@/lib/graph/assignment-filter";
import { afterEach, describe, expect, it, vi } from "vitest";
import { assignmentFilterKeys, assignmentFilterNamesOptions, assignmentFiltersOptions } from "../assignment-filters";
import { resetDemoData } from "../demo";
import { healthOverviewOptions } from "../health-overview";
import { partnerResource } from "../partner-resource";
import { runQuery, stubGateway } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

describe("assignment filters", () => {
  it("reads every filter of the tenant from beta, page by page, kept five minutes", async () => {
    const next = "/api/graph/beta/deviceManagement/assignmentFilters?$skiptoken=1";
    const sent = stubGateway((_, i) => ({ body: i === 0 ? { value: [{ id: "F1", displayName: "One" }], "@odata.nextLink": next } : { value: [{ id: "f2", displayName: "Two" }] } }));
    const options = assignmentFiltersOptions("beta");
    expect(assignmentFilterKeys.all).toEqual(["graph", "assignmentFilters"]);
    expect(options.queryKey).toEqual(["graph", "assignmentFilters", "beta", "list", "all"]);
    expect(options.staleTime).toBe(300_000);
    const signal = new AbortController().signal;
    expect(await runQuery(options, undefined, signal)).toEqual([
      { id: "F1", displayName: "One" },
      { id: "f2", displayName: "Two" },
    ]);
    expect(sent.map((r) => r.url)).toEqual(["/api/graph/beta/deviceManagement/assignmentFilters?$select=id%2CdisplayName%2Cplatform&$count=true", next]);
    expect(sent.every((r) => r.signal === signal)).toBe(true);
  });

  it("has none in v1.0, without asking Graph", async () => {
    const sent = stubGateway();
    expect(await runQuery(assignmentFiltersOptions("v1.0"))).toEqual([]);
    expect(sent).toEqual([]);
  });

  it("names filters by lower-cased id from the beta list, whatever version the console shows", async () => {
    const options = assignmentFilterNamesOptions();
    expect(options.queryKey).toEqual(["graph", "assignmentFilters", "beta", "list", "all"]);
    const sent = stubGateway(() => ({ body: { value: [{ id: "AbC", displayName: "Corp", platform: "iOS" }] } }));
    const filters = await runQuery<AssignmentFilter[]>(options);
    expect(sent).toHaveLength(1);
    expect(options.select!(filters)).toEqual(new Map([["abc", "Corp"]]));
  });
});

describe("healthOverviewOptions", () => {
  it("collects a kind's partners with only the properties health needs, reporting progress", async () => {
    const api = partnerResource<{ id: string }>("complianceManagementPartners");
    const sent = stubGateway(() => ({ body: { value: [{ id: "c1", macOsOnboarded: true }], "@odata.count": 1 } }));
    const progress: unknown[] = [];
    const options = healthOverviewOptions(api, "v1.0", ["id", "macOsOnboarded"], (p) => progress.push(p));
    expect(options.queryKey).toEqual(["graph", "complianceManagementPartners", "v1.0", "list", "health-overview:id,macOsOnboarded"]);
    const signal = new AbortController().signal;
    expect(await runQuery(options, undefined, signal)).toEqual([{ id: "c1", macOsOnboarded: true }]);
    expect(sent[0]!.url).toBe("/api/graph/v1.0/deviceManagement/complianceManagementPartners?$select=id%2CmacOsOnboarded&$count=true");
    expect(sent[0]!.signal).toBe(signal);
    expect(progress).toEqual([{ loaded: 1, total: 1 }]);
  });
});

describe("resetDemoData", () => {
  it("POSTs the seed to the demo sandbox, or an empty one", async () => {
    const sent = stubGateway(() => ({ status: 204 }));
    await resetDemoData({ deviceManagementPartners: 5 });
    await resetDemoData();
    expect(sent.map((r) => [r.method, r.url, r.body])).toEqual([
      ["POST", "/api/demo/reset", { deviceManagementPartners: 5 }],
      ["POST", "/api/demo/reset", {}],
    ]);
  });
});
