import { afterEach, describe, expect, it, vi } from "vitest";
import type { PlannedRequest } from "@/lib/config/plan-changes";
import { serializeConfiguration } from "@/lib/config/configuration-document";
import { GraphError } from "@/lib/graph/graph-error";
import {
  applyConfigurationChanges,
  compareInput,
  comparisonOfDocuments,
  exportConfiguration,
  readComparisonWithTenant,
  readConfigurationFile,
} from "../configuration";
import { browserGraphPort } from "../configuration-port";
import { stubGateway, type SentRequest } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

const sales = { id: "11111111-0000-4000-8000-000000000001", displayName: "Sales" };
const jamf = {
  id: "aaaaaaaa-0000-4000-8000-000000000001",
  displayName: "Jamf Pro",
  partnerState: "enabled",
  groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: sales.id } }],
};
const kandji = { id: "cccccccc-0000-4000-8000-000000000001", displayName: "Kandji", macOsOnboarded: true };

/** A tenant with Jamf on two pages' worth of device partners, Kandji, and the Sales group. */
function stubTenant() {
  return stubGateway((request: SentRequest) => {
    const url = new URL(request.url, "http://x");
    if (url.searchParams.get("$skiptoken") === "2") return { body: { value: [] } };
    if (url.pathname.endsWith("/deviceManagementPartners")) return { body: { value: [jamf], "@odata.nextLink": `${url.pathname}?$skiptoken=2` } };
    if (url.pathname.endsWith("/complianceManagementPartners")) return { body: { value: [kandji] } };
    if (url.pathname.endsWith("/groups")) return { body: { value: url.searchParams.get("$filter")?.includes(sales.id) || url.searchParams.get("$filter")?.includes("Sales") ? [sales] : [] } };
    return { body: { value: [] } };
  });
}

describe("configuration as code in the browser", () => {
  it("exports the tenant read through the gateway, following nextLinks, as the command line's bytes", async () => {
    const sent = stubTenant();
    const signal = new AbortController().signal;
    const { text, document } = await exportConfiguration("v1.0", signal);
    expect(text).toBe(serializeConfiguration(document));
    expect(document.deviceManagementPartners.map((p) => p.displayName)).toEqual(["Jamf Pro"]);
    expect(document.complianceManagementPartners.map((p) => p.displayName)).toEqual(["Kandji"]);
    expect(sent.map((r) => new URL(r.url, "http://x").pathname + new URL(r.url, "http://x").search.replace(/\?\$filter.*/, "?$filter…"))).toEqual([
      "/api/graph/v1.0/deviceManagement/deviceManagementPartners",
      "/api/graph/v1.0/deviceManagement/deviceManagementPartners?$skiptoken=2",
      "/api/graph/v1.0/deviceManagement/complianceManagementPartners",
      "/api/graph/v1.0/groups?$filter…",
    ]);
    expect(sent.every((r) => r.method === "GET" && r.signal === signal)).toBe(true);
  });

  it("reads the tenant beside a desired document, looking up the groups it names, ready to apply", async () => {
    stubTenant();
    const { document: desired } = await exportConfiguration("v1.0");
    const sent = stubTenant();
    const input = await readComparisonWithTenant("v1.0", desired);
    expect(input.isTenant).toBe(true);
    expect(input.desired).toBe(desired);
    expect(input.current).toEqual(desired);
    expect(input.directory.byIdOf("group", sales.id)).toEqual(sales);
    expect(sent.some((r) => r.url.includes("/groups?") && decodeURIComponent(r.url).includes("displayName eq 'Sales'"))).toBe(true);
    expect(compareInput(input, {}).every((c) => c.desired !== undefined)).toBe(true);
  });

  it("compares two documents, the second as the tenant it came from, which cannot be applied", async () => {
    stubTenant();
    const { document, text } = await exportConfiguration("v1.0");
    const current = await readConfigurationFile(new Blob([text]));
    expect(current).toEqual(document);
    const input = comparisonOfDocuments(document, current);
    expect(input).toMatchObject({ desired: document, current, isTenant: false });
    expect(input.directory.byIdOf("group", sales.id)?.displayName).toBe("Sales");
    const comparisons = compareInput(input, {});
    expect(comparisons.map((c) => c.displayName)).toEqual(["Jamf Pro", "Kandji"]);
    expect(comparisons.every((c) => c.status === "unchanged")).toBe(true);
    const changed = compareInput(comparisonOfDocuments({ ...document, complianceManagementPartners: [] }, current), {});
    expect(changed.find((c) => c.displayName === "Kandji")?.status).toBe("removed");
  });

  it("applies planned requests as $batch calls of 20, counting the calls and reporting progress", async () => {
    const sent = stubGateway((request) => ({ body: { responses: (request.body as { requests: { id: string }[] }).requests.map((r) => ({ id: r.id, status: 204 })) } }));
    const requests = Array.from({ length: 21 }, (_, i) => ({ id: String(i + 1), method: "DELETE", url: `/deviceManagement/deviceManagementPartners/p${i}` }) as PlannedRequest);
    const progress: [number, number][] = [];
    const run = await applyConfigurationChanges("beta", requests, (done, total) => progress.push([done, total]));
    expect(run.batches).toBe(2);
    expect(run.results.map((r) => r.ok)).toEqual(Array(21).fill(true));
    expect(sent.map((r) => [r.method, r.url, (r.body as { requests: unknown[] }).requests.length])).toEqual([
      ["POST", "/api/graph/beta/$batch", 20],
      ["POST", "/api/graph/beta/$batch", 1],
    ]);
    expect(progress.at(-1)).toEqual([21, 21]);
  });

  it("answers 502 BadGateway when Graph answers a batch without responses", async () => {
    for (const body of [{}, { responses: "no" }]) {
      stubGateway(() => ({ body }));
      const error = await browserGraphPort("beta").sendBatch([{ id: "1", method: "DELETE", url: "/x/1" }]).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GraphError);
      expect(error).toMatchObject({ status: 502, code: "BadGateway", message: "Graph answered the batch without responses." });
    }
    stubGateway(() => ({ status: 204 }));
    await expect(browserGraphPort("beta").sendBatch([])).rejects.toMatchObject({ status: 502 });
  });

  it("sends the batch with the port's signal", async () => {
    const signal = new AbortController().signal;
    const sent = stubGateway(() => ({ body: { responses: [] } }));
    expect(await browserGraphPort("v1.0", signal).sendBatch([])).toEqual([]);
    expect(sent[0]).toMatchObject({ url: "/api/graph/v1.0/$batch", method: "POST", body: { requests: [] } });
    expect(sent[0]!.signal).toBe(signal);
  });
});
