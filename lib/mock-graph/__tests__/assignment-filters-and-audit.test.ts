import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { maxAuditEventsPerTenant } from "@/lib/graph/audit-event";
import { appendAuditEvent } from "../audit/audit-event-of";
import { createMockGraph } from "../mock-graph";
import { seedAssignmentFilters } from "../seed/assignment-filters";
import { seedComplianceManagementPartners } from "../seed/compliance-management-partners";
import { seedDeviceManagementPartners } from "../seed/device-management-partners";
import { call, dmp, jwt } from "./call";

const fixedNow = new Date("2026-11-20T10:00:00.000Z");
const newGraph = () => createMockGraph({ throttling: "off", now: () => fixedNow });
const filters = "/beta/deviceManagement/assignmentFilters";
const audit = "/v1.0/deviceManagement/auditEvents";

describe("assignment filters", () => {
  it("lists, gets, filters on platform and displayName, selects and pages; beta only and read-only", async () => {
    const graph = newGraph();
    const all = await call(graph, "GET", filters);
    expect(all.status).toBe(200);
    expect(new Set(all.json.value!.map((f) => f.platform))).toEqual(new Set(["macOS", "iOS", "android", "androidForWork", "androidWorkProfile", "windows10AndLater"]));
    const mac = await call(graph, "GET", `${filters}?$filter=platform eq 'macOS'&$select=displayName,platform`);
    expect(mac.json.value!.map((f) => f.displayName)).toEqual(["macOS 14+", "Corporate Apple devices"]);
    expect(Object.keys(mac.json.value![0]!).sort()).toEqual(["@odata.type", "displayName", "id", "platform"]);
    const named = await call(graph, "GET", `${filters}?$filter=startswith(displayName,'kiosk')`);
    expect(named.json.value).toHaveLength(1);
    const top = await call(graph, "GET", `${filters}?$top=3`);
    expect(top.json.value).toHaveLength(3);
    expect(top.json["@odata.nextLink"]).toBeTruthy();
    const one = await call(graph, "GET", `${filters}/${String(named.json.value![0]!.id)}`);
    expect(one.json).toMatchObject({ displayName: "Kiosk", rule: expect.stringContaining("device.") });
    expect((await call(graph, "GET", `${filters}/00000000-0000-4000-a000-000000000000`)).status).toBe(404);
    expect((await call(graph, "GET", `${filters}?$filter=platform eq 'linux'`)).status).toBe(400);
    expect((await call(graph, "GET", "/v1.0/deviceManagement/assignmentFilters")).status).toBe(400);
    expect((await call(graph, "POST", filters, { body: { displayName: "x" } })).status).toBe(405);
    const denied = await call(graph, "GET", filters, { token: jwt({ tid: "t", scp: "DeviceManagementServiceConfig.Read.All" }) });
    expect(denied.status).toBe(403);
  });

  it("names a seeded filter from every filter id in the seed", () => {
    const ids = new Set(seedAssignmentFilters.map((f) => f.id));
    const partners = [...seedDeviceManagementPartners(fixedNow, 40), ...seedComplianceManagementPartners(fixedNow, 40)];
    const used = partners.flatMap((p) =>
      Object.values(p)
        .filter(Array.isArray)
        .flat()
        .map((a) => (a as { target?: Record<string, unknown> }).target?.deviceAndAppManagementAssignmentFilterId)
        .filter((id): id is string => typeof id === "string"),
    );
    expect(used.length).toBeGreaterThanOrEqual(4);
    for (const id of used) expect(ids.has(id), id).toBe(true);
  });
});

describe("audit events", () => {
  it("records every acknowledged partner write, with the actor, correlation id and changed properties", async () => {
    const graph = newGraph();
    const token = jwt({ tid: "contoso", upn: "megan@contoso.test", oid: "11111111-1111-4111-a111-111111111111", scp: "DeviceManagementServiceConfig.ReadWrite.All DeviceManagementApps.Read.All" });
    const correlation = "22222222-2222-4222-a222-222222222222";
    const headers = { "client-request-id": correlation };
    const created = await call(graph, "POST", dmp, { token, headers, body: { displayName: "Audited MDM", partnerAppType: "multiTenantApp" } });
    const id = created.json.id as string;
    await call(graph, "PATCH", `${dmp}/${id}`, { token, headers, body: { displayName: "Audited MDM 2", groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget" } }] } });
    await call(graph, "PATCH", `${dmp}/${id}`, { token, headers, body: { nope: 1 } });
    await call(graph, "POST", `${dmp}/${id}/terminate`, { token, headers });
    await call(graph, "DELETE", `${dmp}/${id}`, { token, headers });
    const cmp = await call(graph, "POST", "/beta/deviceManagement/complianceManagementPartners", { token, body: { displayName: "Audited compliance" } });
    await call(graph, "POST", "/v1.0/$batch", {
      token,
      body: { requests: [{ id: "1", method: "PATCH", url: `/deviceManagement/complianceManagementPartners/${String(cmp.json.id)}`, headers: { "content-type": "application/json" }, body: { macOsOnboarded: true } }] },
    });

    const mine = await call(graph, "GET", `${audit}?$filter=resources/any(r:r/resourceId eq '${id}')&$orderby=activityDateTime desc`, { token });
    expect(mine.status).toBe(200);
    const events = mine.json.value as Record<string, any>[]; // eslint-disable-line @typescript-eslint/no-explicit-any
    expect(events.map((e) => e.activityOperationType).sort()).toEqual(["Action", "Create", "Delete", "Patch"]);
    const patch = events.find((e) => e.activityOperationType === "Patch")!;
    expect(patch).toMatchObject({
      "@odata.type": "#microsoft.graph.auditEvent",
      displayName: "Patch DeviceManagementPartner",
      activityType: "Patch DeviceManagementPartner",
      componentName: "Enrollment",
      category: "Enrollment",
      activityResult: "Success",
      correlationId: correlation,
      actor: { auditActorType: "ItPro", userPrincipalName: "megan@contoso.test", userId: "11111111-1111-4111-a111-111111111111", applicationDisplayName: "Intune Partner Console" },
    });
    expect(patch.resources[0]).toMatchObject({ resourceId: id, displayName: "Audited MDM 2", auditResourceType: "DeviceManagementPartner" });
    expect(patch.resources[0].modifiedProperties).toEqual([
      { displayName: "displayName", oldValue: '"Audited MDM"', newValue: '"Audited MDM 2"' },
      { displayName: "groupsRequiringPartnerEnrollment", oldValue: "[]", newValue: '[{"target":{"@odata.type":"#microsoft.graph.allDevicesAssignmentTarget"}}]' },
    ]);
    const terminate = events.find((e) => e.activityOperationType === "Action")!;
    expect(terminate.resources[0].modifiedProperties.map((p: { displayName: string }) => p.displayName)).toContain("partnerState");

    const compliance = await call(graph, "GET", `${audit}?$filter=componentName eq 'DeviceCompliancePolicy' and resources/any(r:r/resourceId eq '${String(cmp.json.id)}')`, { token });
    expect(compliance.json.value!.map((e) => e.activityOperationType)).toEqual(["Create", "Patch"]);
  });

  it("carries weeks of seeded history, filters by date, pages, selects, and has its two functions", async () => {
    const graph = newGraph();
    const all = await call(graph, "GET", `${audit}?$orderby=activityDateTime desc&$count=true`);
    const count = all.json["@odata.count"] as number;
    expect(count).toBeGreaterThanOrEqual(20);
    const times = all.json.value!.map((e) => Date.parse(e.activityDateTime as string));
    expect(times).toEqual([...times].sort((a, b) => b - a));
    expect(fixedNow.getTime() - Math.min(...times)).toBeGreaterThan(14 * 24 * 3_600_000);
    const recent = await call(graph, "GET", `${audit}?$filter=activityDateTime gt 2026-11-13T10:00:00Z and activityOperationType ne 'Get'&$select=activityDateTime,category`);
    expect(recent.json.value!.length).toBeGreaterThan(0);
    expect(recent.json.value!.length).toBeLessThan(count);
    expect(Object.keys(recent.json.value![0]!).sort()).toEqual(["@odata.type", "activityDateTime", "category", "id"]);
    const page = await call(graph, "GET", `${audit}?$top=5`);
    const next = await call(graph, "GET", (page.json["@odata.nextLink"] as string).replace("http://mock.test", ""));
    expect(next.json.value).toHaveLength(5);
    const one = await call(graph, "GET", `${audit}/${String(page.json.value![0]!.id)}`);
    expect(one.json.id).toBe(page.json.value![0]!.id);
    const categories = await call(graph, "GET", `${audit}/getAuditCategories()`);
    expect(categories.json.value).toEqual(expect.arrayContaining(["Enrollment", "Compliance", "Other"]));
    const types = await call(graph, "GET", `${audit}/getAuditActivityTypes(category='Enrollment')`);
    expect(types.json.value).toContain("Patch DeviceManagementPartner");
    expect((await call(graph, "POST", audit, { body: {} })).status).toBe(405);
    const denied = await call(graph, "GET", audit, { token: jwt({ tid: "t", scp: "DeviceManagementServiceConfig.ReadWrite.All" }) });
    expect(denied.status).toBe(403);
    expect(denied.json.error!.message).toMatch(/DeviceManagementApps\.Read\.All/);
  });

  it("filters on the actor's user principal name (case-insensitive), and refuses members the actor does not have", async () => {
    const graph = newGraph();
    const all = await call(graph, "GET", `${audit}?$top=999`);
    const megan = all.json.value!.filter((e) => (e.actor as { userPrincipalName?: string }).userPrincipalName === "megan.bowen@contoso.onmicrosoft.com");
    expect(megan.length).toBeGreaterThan(0);
    expect(megan.length).toBeLessThan(all.json.value!.length);
    const byActor = await call(graph, "GET", `${audit}?$top=999&$filter=actor/userPrincipalName eq 'Megan.Bowen@contoso.onmicrosoft.com' and activityOperationType eq 'Patch'`);
    expect(byActor.json.value!.map((e) => e.id).sort()).toEqual(megan.filter((e) => e.activityOperationType === "Patch").map((e) => e.id).sort());
    expect((await call(graph, "GET", `${audit}?$filter=actor/shoeSize eq 'x'`)).status).toBe(400);
    expect((await call(graph, "GET", `${audit}?$filter=actor/any(a:a/userId eq 'x')`)).status).toBe(400);
  });

  it("keeps at most 10,000 events per tenant, dropping the oldest, and persists them with the tenant", async () => {
    const events = Array.from({ length: maxAuditEventsPerTenant }, (_, i) => ({ id: String(i) }) as never);
    appendAuditEvent(events, { id: "newest" } as never);
    expect(events).toHaveLength(maxAuditEventsPerTenant);
    expect((events[0] as unknown as { id: string }).id).toBe("1");
    const dir = mkdtempSync(join(tmpdir(), "mock-graph-audit-"));
    try {
      const first = createMockGraph({ dataDir: dir, throttling: "off", now: () => fixedNow });
      const created = await call(first, "POST", dmp, { body: { displayName: "Persisted audit" } });
      await first.close();
      const second = createMockGraph({ dataDir: dir, throttling: "off", now: () => fixedNow });
      const found = await call(second, "GET", `${audit}?$filter=resources/any(r:r/resourceId eq '${String(created.json.id)}')`);
      expect(found.json.value).toHaveLength(1);
      await second.close();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
