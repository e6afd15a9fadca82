import { describe, expect, it } from "vitest";
import { createMockGraph } from "@/lib/mock-graph/mock-graph";
import { activityParams, activityQuery, historyQuery, parseActivityFilters, resourceOfEvent } from "../audit-query";
import { queryString } from "../graph-url";

const graph = createMockGraph({ throttling: "off", now: () => new Date("2026-11-20T10:00:00.000Z") });

async function events(query: Record<string, string | undefined>): Promise<Record<string, unknown>[]> {
  const response = await graph.handle(new Request(`http://mock.test/v1.0/deviceManagement/auditEvents${queryString({ ...query, $top: "999" })}`, { headers: { Authorization: "Bearer audit-query-test" } }));
  expect(response.status, await response.clone().text()).toBe(200);
  return ((await response.json()) as { value: Record<string, unknown>[] }).value;
}

describe("audit queries", () => {
  it("asks for one partner's events, newest first, under its kind's component", async () => {
    const all = await events({});
    const partner = (all.find((e) => e.componentName === "Enrollment")!.resources as { resourceId: string }[])[0]!.resourceId;
    const query = historyQuery("deviceManagementPartners", partner);
    expect(query).toMatchObject({ $orderby: "activityDateTime desc", $top: "20" });
    expect(query.$filter).toBe(`componentName eq 'Enrollment' and resources/any(r:r/resourceId eq '${partner}')`);
    const mine = await events(query);
    expect(mine.length).toBeGreaterThan(1);
    expect(mine.every((e) => (e.resources as { resourceId: string }[])[0]!.resourceId === partner)).toBe(true);
    expect(historyQuery("complianceManagementPartners", "it's").$filter).toBe("componentName eq 'DeviceCompliancePolicy' and resources/any(r:r/resourceId eq 'it''s')");
  });

  it("narrows the tenant's partner changes by kind, operation, person and local days, each accepted by Graph's grammar", async () => {
    const all = await events(activityQuery({}));
    expect(new Set(all.map((e) => resourceOfEvent(e)))).toEqual(new Set(["deviceManagementPartners", "complianceManagementPartners"]));
    const compliance = await events(activityQuery({ kind: "compliance" }));
    expect(compliance.length).toBeGreaterThan(0);
    expect(compliance.every((e) => resourceOfEvent(e) === "complianceManagementPartners")).toBe(true);
    const terminated = await events(activityQuery({ operation: "terminated" }));
    expect(terminated.length).toBeGreaterThan(0);
    expect(terminated.every((e) => e.activityType === "Terminate DeviceManagementPartner")).toBe(true);
    const updated = await events(activityQuery({ operation: "updated", person: "ADELE.VANCE@contoso.onmicrosoft.com" }));
    expect(updated.length).toBeGreaterThan(0);
    expect(updated.every((e) => e.activityOperationType === "Patch" && (e.actor as { userPrincipalName: string }).userPrincipalName === "adele.vance@contoso.onmicrosoft.com")).toBe(true);
    const day = (iso: string) => {
      const d = new Date(iso);
      return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, "0")}-${String(d.getDate()).padStart(2, "0")}`;
    };
    const oneDay = day(all[3]!.activityDateTime as string);
    const thatDay = await events(activityQuery({ from: oneDay, to: oneDay }));
    expect(thatDay.length).toBeGreaterThan(0);
    expect(thatDay.length).toBeLessThan(all.length);
    expect(thatDay.every((e) => day(e.activityDateTime as string) === oneDay)).toBe(true);
  });

  it("keeps the filters in the URL and drops what it does not know", () => {
    const filters = { kind: "device", operation: "deleted", person: "megan@contoso.com", from: "2026-11-01", to: "2026-11-30" } as const;
    expect(parseActivityFilters(activityParams(filters))).toEqual(filters);
    expect(parseActivityFilters(new URLSearchParams("kind=printers&operation=constructor&person=%20&from=yesterday&to=2026-13-99x"))).toEqual({});
  });
});
