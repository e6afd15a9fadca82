// Configuration as code at scale: export, compare and apply of 1,000 partners per kind against the standalone mock,
// on the lib/config code the browser and the command line share, and the HTTP requests applying 100 changes sends.
import { applyPlan } from "../lib/config/apply-plan";
import { compareConfiguration, hasDifferences } from "../lib/config/compare-configuration";
import { partnerKinds, serializeConfiguration, type ConfigurationDocument } from "../lib/config/configuration-document";
import { graphHttpPort } from "../lib/config/graph-http-port";
import { planChanges } from "../lib/config/plan-changes";
import { readTenantConfiguration } from "../lib/config/read-tenant";
import { startStandaloneMock } from "./lib/processes";

export const partnersPerKind = 1000;
export const hundredChangesRequestBudget = 6;

export interface ConfigurationBench {
  partnersPerKind: number;
  export: { ms: number; bytes: number; requests: number };
  compare: { ms: number; differences: number; requests: number };
  apply: { ms: number; changes: number; requests: number; failed: number };
  compareAfterApply: { differences: number };
  hundredChanges: { changes: number; requests: number; ms: number };
}

async function timed<T>(work: () => Promise<T>): Promise<{ value: T; ms: number }> {
  const t0 = performance.now();
  const value = await work();
  return { value, ms: performance.now() - t0 };
}

function port(url: string, token: string) {
  return graphHttpPort({ baseUrl: url, version: "beta", token });
}

/** Fills a tenant up to `count` partners of each kind, in $batch calls (assignments to a few groups on device partners). */
async function fill(url: string, token: string, count: number): Promise<void> {
  const graph = port(url, token);
  const groups = (await graph.getAll("/groups", { $select: "id", $top: "10" })).slice(0, 10);
  const requests = [];
  for (const kind of partnerKinds) {
    const existing = (await graph.getAll(`/deviceManagement/${kind}`)).length;
    for (let i = existing; i < count; i++) {
      const displayName = `Bench ${kind === "deviceManagementPartners" ? "device" : "compliance"} partner ${String(i).padStart(4, "0")}`;
      const group = { target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: String(groups[i % groups.length]!.id) } };
      const body =
        kind === "deviceManagementPartners"
          ? { displayName, partnerAppType: "multiTenantApp", isConfigured: i % 2 === 0, groupsRequiringPartnerEnrollment: [group] }
          : { displayName, macOsOnboarded: true, macOsEnrollmentAssignments: [group] };
      requests.push({ id: String(requests.length + 1), method: "POST", url: `/deviceManagement/${kind}`, body });
    }
  }
  const results = await applyPlan(requests, { send: graph.sendBatch });
  const failed = results.filter((r) => !r.ok);
  if (failed.length) throw new Error(`seeding failed for ${failed.length} partners: ${JSON.stringify(failed[0]!.error)}`);
}

export async function measureConfiguration(): Promise<ConfigurationBench> {
  const mock = await startStandaloneMock({ MOCK_GRAPH_THROTTLING: "off" });
  try {
    const source = "bench-configuration-source";
    const target = "bench-configuration-target";
    await fill(mock.url, source, partnersPerKind);

    const a = port(mock.url, source);
    const exported = await timed(async () => serializeConfiguration((await readTenantConfiguration(a)).document));
    const document = JSON.parse(exported.value) as ConfigurationDocument;

    // The target tenant starts from the mock's demo data: nearly every partner differs.
    const b = port(mock.url, target);
    const compared = await timed(async () => {
      const tenant = await readTenantConfiguration(b, document);
      return compareConfiguration(document, tenant.document, tenant.directory);
    });
    const differences = compared.value.filter((c) => c.status !== "unchanged");
    const plan = planChanges("beta", differences);
    const before = b.requestCount();
    const applied = await timed(() => applyPlan(plan.requests, { send: b.sendBatch }));
    const applyRequests = b.requestCount() - before;
    const again = await readTenantConfiguration(b, document);
    const afterApply = compareConfiguration(document, again.document, again.directory).filter((c) => c.status !== "unchanged").length;

    // 100 changes: a setting changed on 100 device partners of the document.
    for (const partner of document.deviceManagementPartners.slice(0, 100)) partner.isConfigured = !partner.isConfigured;
    const tenant = await readTenantConfiguration(b, document);
    const hundred = planChanges("beta", compareConfiguration(document, tenant.document, tenant.directory)).requests;
    const beforeHundred = b.requestCount();
    const hundredRun = await timed(() => applyPlan(hundred, { send: b.sendBatch }));
    const hundredRequests = b.requestCount() - beforeHundred;
    if (hundredRun.value.some((r) => !r.ok) || hasDifferences(compareConfiguration(document, (await readTenantConfiguration(b, document)).document, tenant.directory))) {
      throw new Error("applying 100 changes left differences");
    }

    return {
      partnersPerKind,
      export: { ms: exported.ms, bytes: Buffer.byteLength(exported.value), requests: a.requestCount() },
      compare: { ms: compared.ms, differences: differences.length, requests: before },
      apply: { ms: applied.ms, changes: plan.requests.length, requests: applyRequests, failed: applied.value.filter((r) => !r.ok).length },
      compareAfterApply: { differences: afterApply },
      hundredChanges: { changes: hundred.length, requests: hundredRequests, ms: hundredRun.ms },
    };
  } finally {
    await mock.stop();
  }
}
