import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { applyPlan, type BatchRequestItem, type BatchResponseItem } from "../apply-plan";
import { compareConfiguration, hasDifferences } from "../compare-configuration";
import { configurationJsonSchema, parseConfiguration } from "../configuration-schema";
import { serializeConfiguration, type ConfigurationDocument } from "../configuration-document";
import { describeComparison } from "../describe-comparison";
import { documentDirectory } from "../document-directory";
import { buildConfiguration } from "../export-configuration";
import { planChanges } from "../plan-changes";
import { TenantDirectory } from "../tenant-directory";

const sales = { id: "11111111-0000-4000-8000-000000000001", displayName: "Sales" };
const finance = { id: "11111111-0000-4000-8000-000000000002", displayName: "Finance" };
const ipads = { id: "22222222-0000-4000-8000-000000000001", displayName: "Corporate iPads" };

const group = (id: string, extra: Record<string, unknown> = {}) => ({ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: id, ...extra } });

function devicePartner(overrides: Record<string, unknown> = {}) {
  return {
    "@odata.context": "https://graph.microsoft.com/beta/$metadata#deviceManagementPartners/$entity",
    id: "aaaaaaaa-0000-4000-8000-000000000001",
    displayName: "Jamf Pro",
    partnerState: "enabled",
    partnerAppType: "multiTenantApp",
    singleTenantAppId: null,
    isConfigured: true,
    lastHeartbeatDateTime: "2026-11-30T10:00:00.1234567Z",
    whenPartnerDevicesWillBeRemovedDateTime: null,
    whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime: null,
    groupsRequiringPartnerEnrollment: [group(sales.id), group(finance.id, { deviceAndAppManagementAssignmentFilterId: ipads.id, deviceAndAppManagementAssignmentFilterType: "include" })],
    ...overrides,
  };
}

function compliancePartner(overrides: Record<string, unknown> = {}) {
  return {
    id: "cccccccc-0000-4000-8000-000000000001",
    displayName: "Kandji",
    partnerState: "enabled",
    lastHeartbeatDateTime: "2026-11-30T10:00:00Z",
    macOsOnboarded: true,
    iosOnboarded: false,
    androidOnboarded: false,
    macOsEnrollmentAssignments: [group(sales.id)],
    iosEnrollmentAssignments: [],
    androidEnrollmentAssignments: [],
    ...overrides,
  };
}

const directory = () => new TenantDirectory([sales, finance], [ipads]);

function doc(devices: Record<string, unknown>[], compliance: Record<string, unknown>[] = [], dir = directory()): ConfigurationDocument {
  return buildConfiguration("beta", { deviceManagementPartners: devices, complianceManagementPartners: compliance }, dir);
}

describe("export", () => {
  it("writes every property Graph served, assignments with names, no annotations, in a fixed order", () => {
    const document = doc([devicePartner()], [compliancePartner()]);
    const partner = document.deviceManagementPartners[0]!;
    expect(Object.keys(partner).slice(0, 2)).toEqual(["displayName", "id"]);
    expect(partner).not.toHaveProperty("@odata.context");
    expect(partner.lastHeartbeatDateTime).toBe("2026-11-30T10:00:00.1234567Z");
    expect(partner.groupsRequiringPartnerEnrollment).toEqual([
      { target: group(sales.id).target, names: { group: "Sales" } },
      { target: group(finance.id, { deviceAndAppManagementAssignmentFilterId: ipads.id, deviceAndAppManagementAssignmentFilterType: "include" }).target, names: { group: "Finance", filter: "Corporate iPads" } },
    ].sort((a, b) => (a.target.groupId < b.target.groupId ? -1 : 1)));
  });

  it("is byte-identical for an unchanged tenant, whatever order Graph answered in", () => {
    const a = serializeConfiguration(doc([devicePartner(), devicePartner({ id: "b", displayName: "Addigy" })], [compliancePartner()]));
    const reversed = devicePartner();
    reversed.groupsRequiringPartnerEnrollment.reverse();
    const b = serializeConfiguration(doc([devicePartner({ id: "b", displayName: "Addigy" }), Object.fromEntries(Object.entries(reversed).reverse())], [compliancePartner()]));
    expect(b).toBe(a);
    expect(a.endsWith("}\n")).toBe(true);
    expect(JSON.parse(a).deviceManagementPartners.map((p: { displayName: string }) => p.displayName)).toEqual(["Addigy", "Jamf Pro"]);
  });

  it("reads back through its own schema, and the published JSON Schema is the one the code makes", () => {
    const text = serializeConfiguration(doc([devicePartner()], [compliancePartner()]));
    expect(parseConfiguration(text)).toEqual(JSON.parse(text));
    const published = JSON.parse(readFileSync(path.join(__dirname, "../../../public/schemas/partner-configuration.v1.schema.json"), "utf8"));
    expect(published).toEqual(configurationJsonSchema());
  });

  it("refuses a document that is not one, naming where", () => {
    expect(() => parseConfiguration("{")).toThrow(/not JSON/);
    const bad = JSON.parse(serializeConfiguration(doc([devicePartner()])));
    bad.deviceManagementPartners[0].partnerState = "String";
    expect(() => parseConfiguration(JSON.stringify(bad))).toThrow(/deviceManagementPartners\.0\.partnerState/);
    expect(() => parseConfiguration(JSON.stringify({ ...bad, version: 2 }))).toThrow(/version/);
  });
});

describe("compare", () => {
  it("finds no difference between a tenant and its own export", () => {
    const document = doc([devicePartner()], [compliancePartner()]);
    const result = compareConfiguration(document, document, directory());
    expect(result.map((c) => c.status)).toEqual(["unchanged", "unchanged"]);
    expect(hasDifferences(result)).toBe(false);
  });

  it("leaves volatile fields out unless asked for", () => {
    const desired = doc([devicePartner()]);
    const current = doc([devicePartner({ id: "other", partnerState: "unresponsive", lastHeartbeatDateTime: "2026-01-01T00:00:00Z", whenPartnerDevicesWillBeRemovedDateTime: "2027-01-01T00:00:00Z" })]);
    expect(compareConfiguration(desired, current, directory())[0]!.status).toBe("unchanged");
    const strict = compareConfiguration(desired, current, directory(), { includeVolatile: true })[0]!;
    expect(strict.changes.map((c) => c.property)).toEqual(["id", "lastHeartbeatDateTime", "partnerState", "whenPartnerDevicesWillBeRemovedDateTime"]);
  });

  it("treats reordered assignments as no change", () => {
    const reordered = devicePartner();
    reordered.groupsRequiringPartnerEnrollment = [...reordered.groupsRequiringPartnerEnrollment].reverse();
    const result = compareConfiguration({ ...doc([devicePartner()]), deviceManagementPartners: [{ ...doc([reordered]).deviceManagementPartners[0]!, groupsRequiringPartnerEnrollment: [...(doc([reordered]).deviceManagementPartners[0]!.groupsRequiringPartnerEnrollment as unknown[])].reverse() }] }, doc([devicePartner()]), directory());
    expect(result[0]!.status).toBe("unchanged");
  });

  it("matches a renamed group by id in the same tenant: no change", () => {
    const desired = doc([devicePartner()]);
    const renamed = new TenantDirectory([{ ...sales, displayName: "Sales EMEA" }, finance], [ipads]);
    const result = compareConfiguration(desired, doc([devicePartner()], [], renamed), renamed);
    expect(result[0]!.status).toBe("unchanged");
  });

  it("matches groups and filters by name across tenants, and uses the target tenant's ids", () => {
    const desired = doc([devicePartner({ groupsRequiringPartnerEnrollment: [group(sales.id, { deviceAndAppManagementAssignmentFilterId: ipads.id, deviceAndAppManagementAssignmentFilterType: "exclude" })] })]);
    const other = new TenantDirectory([{ id: "99999999-0000-4000-8000-000000000001", displayName: "Sales" }], [{ id: "88888888-0000-4000-8000-000000000001", displayName: "Corporate iPads" }]);
    const current = doc([devicePartner({ id: "x", groupsRequiringPartnerEnrollment: [] })], [], other);
    const [comparison] = compareConfiguration(desired, current, other);
    expect(comparison!.status).toBe("changed");
    expect(comparison!.assignments[0]!.added[0]!.target).toMatchObject({ groupId: "99999999-0000-4000-8000-000000000001", deviceAndAppManagementAssignmentFilterId: "88888888-0000-4000-8000-000000000001" });
    const plan = planChanges("beta", [comparison!]);
    expect(plan.requests).toEqual([
      expect.objectContaining({ method: "PATCH", url: "/deviceManagement/deviceManagementPartners/x", body: { groupsRequiringPartnerEnrollment: [{ target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "99999999-0000-4000-8000-000000000001", deviceAndAppManagementAssignmentFilterId: "88888888-0000-4000-8000-000000000001", deviceAndAppManagementAssignmentFilterType: "exclude" } }] } }),
    ]);
  });

  it("flags a group the target tenant does not have, and the change cannot be applied", () => {
    const desired = doc([devicePartner({ displayName: "Jamf Pro", isConfigured: false })]);
    const noFinance = new TenantDirectory([sales], [ipads]);
    const [comparison] = compareConfiguration(desired, doc([devicePartner()], [], noFinance), noFinance);
    expect(comparison!.unresolved).toEqual([{ property: "groupsRequiringPartnerEnrollment", kind: "group", id: finance.id, name: "Finance" }]);
    expect(comparison!.status).toBe("changed");
    const plan = planChanges("beta", [comparison!]);
    expect(plan.requests).toEqual([]);
    expect(plan.blocked[0]!.reason).toMatch(/group "Finance" is not in the target tenant/);
    expect(describeComparison(comparison!).join("\n")).toMatch(/! Groups requiring partner enrollment: group "Finance".*cannot be applied/);
  });

  it("says added, removed and changed in human words, and plans POST, DELETE and PATCH", () => {
    const desired = doc([devicePartner({ displayName: "Jamf Pro", partnerAppType: "singleTenantApp", groupsRequiringPartnerEnrollment: [group(sales.id)] }), devicePartner({ id: "n", displayName: "New one", groupsRequiringPartnerEnrollment: [] })]);
    const current = doc([devicePartner(), devicePartner({ id: "old", displayName: "Old one" })], [compliancePartner()]);
    const result = compareConfiguration(desired, current, directory());
    expect(result.map((c) => [c.displayName, c.status])).toEqual([["Jamf Pro", "changed"], ["New one", "added"], ["Old one", "removed"], ["Kandji", "removed"]]);
    const text = result.flatMap((c) => describeComparison(c)).join("\n");
    expect(text).toContain(`Device management partner "Jamf Pro": changed\n  Partner app type: Multi-tenant app → Single tenant app\n  Groups requiring partner enrollment: − Group Finance (include filter Corporate iPads)`);
    expect(text).toContain(`Compliance management partner "Kandji": removed`);
    const plan = planChanges("beta", result);
    expect(plan.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "PATCH /deviceManagement/deviceManagementPartners/aaaaaaaa-0000-4000-8000-000000000001",
      "POST /deviceManagement/deviceManagementPartners",
      "DELETE /deviceManagement/deviceManagementPartners/old",
      "DELETE /deviceManagement/complianceManagementPartners/cccccccc-0000-4000-8000-000000000001",
    ]);
    expect(plan.requests[0]!.body).toEqual({ partnerAppType: "singleTenantApp", groupsRequiringPartnerEnrollment: [group(sales.id)] });
    expect(plan.requests[1]!.body).not.toHaveProperty("id");
    expect(plan.requests[1]!.body).toMatchObject({ displayName: "New one", groupsRequiringPartnerEnrollment: [] });
  });

  it("compares two documents as the second one's tenant: groups by id there, else by name; a group in neither is flagged", () => {
    const desired = doc([devicePartner({ groupsRequiringPartnerEnrollment: [group(sales.id), group(finance.id)] })]);
    const otherSales = { id: "99999999-0000-4000-8000-000000000001", displayName: "Sales" };
    const current = doc([devicePartner({ id: "x", groupsRequiringPartnerEnrollment: [group(otherSales.id)] })], [], new TenantDirectory([otherSales], []));
    const [comparison] = compareConfiguration(desired, current, documentDirectory(current));
    // Sales is the other tenant's Sales (by name): no change; Finance is in no assignment of the second document.
    expect(comparison!.assignments[0]!.added).toEqual([]);
    expect(comparison!.unresolved).toEqual([{ property: "groupsRequiringPartnerEnrollment", kind: "group", id: finance.id, name: "Finance" }]);
    expect(compareConfiguration(current, current, documentDirectory(current))[0]!.status).toBe("unchanged");
  });

  it("refuses to compare documents of two API versions", () => {
    expect(() => compareConfiguration(doc([]), { ...doc([]), apiVersion: "v1.0" }, directory())).toThrow(/for Graph beta/);
  });
});

describe("apply", () => {
  const plan = (n: number) =>
    planChanges(
      "beta",
      compareConfiguration(doc(Array.from({ length: n }, (_, i) => devicePartner({ id: `p${i}`, displayName: `Partner ${String(i).padStart(3, "0")}`, groupsRequiringPartnerEnrollment: [] }))), doc([]), directory()),
    ).requests;

  it("sends 100 changes as 5 batches of 20 and reports each item", async () => {
    const batches: BatchRequestItem[][] = [];
    const results = await applyPlan(plan(100), { send: async (requests) => (batches.push(requests), requests.map((r) => ({ id: r.id, status: 201, headers: {}, body: { id: `new-${r.id}` } }))) });
    expect(batches.map((b) => b.length)).toEqual([20, 20, 20, 20, 20]);
    expect(results).toHaveLength(100);
    expect(results.every((r) => r.ok && r.status === 201 && r.attempts === 1)).toBe(true);
    expect(batches[0]![0]).toMatchObject({ id: "1", method: "POST", url: "/deviceManagement/deviceManagementPartners", headers: { "Content-Type": "application/json" } });
  });

  it("retries a throttled item after its own Retry-After, and the rest go on; a failure carries Graph's error and request-id", async () => {
    const sleeps: number[] = [];
    let calls = 0;
    const send = async (requests: BatchRequestItem[]): Promise<BatchResponseItem[]> => {
      calls++;
      return requests.map((r): BatchResponseItem => {
        if (r.id === "2" && calls === 1) return { id: r.id, status: 429, headers: { "Retry-After": "7" }, body: { error: { code: "TooManyRequests", message: "Slow down" } } };
        if (r.id === "3") return { id: r.id, status: 400, headers: {}, body: { error: { code: "BadRequest", message: "No.", innerError: { "request-id": "rid-3" } } } };
        return { id: r.id, status: 201, headers: {}, body: {} };
      });
    };
    const progress: number[] = [];
    const results = await applyPlan(plan(3), { send, sleep: async (ms) => void sleeps.push(ms), onProgress: (done) => progress.push(done) });
    expect(sleeps).toEqual([7000]);
    expect(calls).toBe(2);
    expect(results.map((r) => [r.request.id, r.ok, r.attempts])).toEqual([["1", true, 1], ["2", true, 2], ["3", false, 1]]);
    expect(results[2]!.error).toEqual({ code: "BadRequest", message: "No.", requestId: "rid-3" });
    expect(progress).toEqual([2, 3]);
  });

  it("gives up on an item throttled every time, after the attempts it is allowed", async () => {
    const results = await applyPlan(plan(1), { send: async (rs) => rs.map((r) => ({ id: r.id, status: 429, headers: {} })), sleep: async () => {}, maxAttempts: 3 });
    expect(results[0]).toMatchObject({ ok: false, status: 429, attempts: 3 });
  });
});
