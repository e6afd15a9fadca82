import type { ApiVersion } from "@/lib/graph/api-version";
import { isAssignmentProperty, readOnlyProperties, type ConfigurationAssignment, type ConfigurationPartner } from "./configuration-document";
import type { PartnerComparison } from "./compare-configuration";

export interface PlannedRequest {
  /** Unique within a plan; also the batch request id. */
  id: string;
  method: "POST" | "PATCH" | "DELETE";
  /** Relative to the version, as a batch request's url: `/deviceManagement/...`. */
  url: string;
  body?: Record<string, unknown>;
  /** The comparison this request carries out. */
  comparison: PartnerComparison;
}

export interface Plan {
  version: ApiVersion;
  requests: PlannedRequest[];
  /** Changes that cannot be applied, with why (a group or filter the target tenant does not have). */
  blocked: { comparison: PartnerComparison; reason: string }[];
}

/** Graph's assignment shape: the names beside a target are the document's, not Graph's. */
function graphAssignments(assignments: ConfigurationAssignment[]): { target: Record<string, unknown> }[] {
  return assignments.map((a) => ({ target: { ...a.target } }));
}

function createBody(comparison: PartnerComparison): Record<string, unknown> {
  const partner = comparison.desired as ConfigurationPartner;
  const body: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(partner)) {
    if ((readOnlyProperties as readonly string[]).includes(name)) continue;
    body[name] = isAssignmentProperty(name) ? graphAssignments(comparison.assignments.find((a) => a.property === name)?.desired ?? []) : value;
  }
  return body;
}

function updateBody(comparison: PartnerComparison): Record<string, unknown> {
  const body: Record<string, unknown> = {};
  for (const change of comparison.changes) body[change.property] = change.to;
  for (const change of comparison.assignments) body[change.property] = graphAssignments(change.desired);
  return body;
}

function describeUnresolved(comparison: PartnerComparison): string {
  return comparison.unresolved
    .map((u) => `${u.kind === "group" ? "group" : "assignment filter"} ${u.name ? `"${u.name}"` : u.id} is not in the target tenant`)
    .join("; ");
}

/** The Graph requests that make the target tenant match the document, for the comparisons chosen. */
export function planChanges(version: ApiVersion, comparisons: PartnerComparison[]): Plan {
  const plan: Plan = { version, requests: [], blocked: [] };
  for (const comparison of comparisons) {
    if (comparison.status === "unchanged") continue;
    if (comparison.unresolved.length) {
      plan.blocked.push({ comparison, reason: describeUnresolved(comparison) });
      continue;
    }
    const collection = `/deviceManagement/${comparison.kind}`;
    const id = String(plan.requests.length + 1);
    if (comparison.status === "added") plan.requests.push({ id, method: "POST", url: collection, body: createBody(comparison), comparison });
    else if (comparison.status === "removed") plan.requests.push({ id, method: "DELETE", url: `${collection}/${encodeURIComponent(comparison.targetId ?? "")}`, comparison });
    else plan.requests.push({ id, method: "PATCH", url: `${collection}/${encodeURIComponent(comparison.targetId ?? "")}`, body: updateBody(comparison), comparison });
  }
  return plan;
}
