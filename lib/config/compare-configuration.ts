import { filterIdProperty, namedTargetKey } from "@/lib/graph/assignment-words";
import { GraphError } from "@/lib/graph/graph-error";
import {
  isAssignmentProperty,
  partnerKinds,
  volatileProperties,
  type ConfigurationAssignment,
  type ConfigurationDocument,
  type ConfigurationPartner,
  type PartnerKind,
} from "./configuration-document";
import { sortAssignments } from "./export-configuration";
import { nameKey, type TenantDirectory } from "./tenant-directory";

export interface PropertyChange {
  property: string;
  from: unknown;
  to: unknown;
}

/** A group or filter the desired document names that the target tenant has neither by id nor by name. */
export interface UnresolvedReference {
  property: string;
  kind: "group" | "filter";
  id: string | null;
  name: string | null;
}

export interface AssignmentChange {
  property: string;
  added: ConfigurationAssignment[];
  removed: ConfigurationAssignment[];
  /** The whole collection to send (a PATCH replaces it), in the target tenant's ids. */
  desired: ConfigurationAssignment[];
}

export type ComparisonStatus = "added" | "removed" | "changed" | "unchanged";

export interface PartnerComparison {
  kind: PartnerKind;
  displayName: string | null;
  status: ComparisonStatus;
  /** The partner's id in the target tenant (changed, removed, unchanged). */
  targetId?: string;
  changes: PropertyChange[];
  assignments: AssignmentChange[];
  unresolved: UnresolvedReference[];
  desired?: ConfigurationPartner;
  current?: ConfigurationPartner;
}

export interface CompareOptions {
  /** Compare id, heartbeat, state and the device dates too. */
  includeVolatile?: boolean;
}

/**
 * What it would take to make `current` (the target tenant, exported) look like `desired`. Partners are matched by display
 * name; groups and filters by id in the target tenant, else by display name (a document from another tenant).
 */
export function compareConfiguration(desired: ConfigurationDocument, current: ConfigurationDocument, target: TenantDirectory, options: CompareOptions = {}): PartnerComparison[] {
  if (desired.apiVersion !== current.apiVersion) {
    throw new GraphError(400, `The document is for Graph ${desired.apiVersion}; compare it with --version ${desired.apiVersion}.`, { code: "BadRequest" });
  }
  const comparisons: PartnerComparison[] = [];
  for (const kind of partnerKinds) {
    const unmatched = groupByKey(current[kind]);
    for (const partner of desired[kind]) {
      const candidates = unmatched.get(partnerKey(partner));
      const match = candidates?.shift();
      comparisons.push(match ? comparePartner(kind, partner, match, target, options) : added(kind, partner, target));
    }
    for (const rest of unmatched.values()) {
      for (const partner of rest) comparisons.push({ kind, displayName: partner.displayName, status: "removed", targetId: idOf(partner), changes: [], assignments: [], unresolved: [], current: partner });
    }
  }
  return comparisons;
}

export function hasDifferences(comparisons: PartnerComparison[]): boolean {
  return comparisons.some((c) => c.status !== "unchanged");
}

function partnerKey(partner: ConfigurationPartner): string {
  return partner.displayName ? `name:${nameKey(partner.displayName)}` : `id:${String(partner.id ?? "")}`;
}

function groupByKey(partners: ConfigurationPartner[]): Map<string, ConfigurationPartner[]> {
  const map = new Map<string, ConfigurationPartner[]>();
  for (const partner of partners) map.set(partnerKey(partner), [...(map.get(partnerKey(partner)) ?? []), partner]);
  return map;
}

function idOf(partner: ConfigurationPartner): string | undefined {
  return typeof partner.id === "string" ? partner.id : undefined;
}

function compared(name: string, options: CompareOptions): boolean {
  return !isAssignmentProperty(name) && (options.includeVolatile || !(volatileProperties as readonly string[]).includes(name));
}

function added(kind: PartnerKind, partner: ConfigurationPartner, target: TenantDirectory): PartnerComparison {
  const unresolved: UnresolvedReference[] = [];
  const assignments: AssignmentChange[] = [];
  for (const [property, value] of Object.entries(partner)) {
    if (!isAssignmentProperty(property) || !Array.isArray(value) || value.length === 0) continue;
    const desiredSet = resolveAll(property, value as ConfigurationAssignment[], target, unresolved);
    assignments.push({ property, added: desiredSet, removed: [], desired: desiredSet });
  }
  return { kind, displayName: partner.displayName, status: "added", changes: [], assignments, unresolved, desired: partner };
}

function comparePartner(kind: PartnerKind, desired: ConfigurationPartner, current: ConfigurationPartner, target: TenantDirectory, options: CompareOptions): PartnerComparison {
  const changes: PropertyChange[] = [];
  const assignments: AssignmentChange[] = [];
  const unresolved: UnresolvedReference[] = [];
  const names = new Set([...Object.keys(desired), ...Object.keys(current)]);
  for (const property of [...names].sort()) {
    if (!(property in desired)) continue; // a property the document does not name is left as it is
    if (isAssignmentProperty(property)) {
      const change = compareAssignments(property, desired[property], current[property], target, unresolved);
      if (change) assignments.push(change);
    } else if (compared(property, options) && !sameValue(desired[property], current[property])) {
      changes.push({ property, from: current[property] ?? null, to: desired[property] ?? null });
    }
  }
  const status: ComparisonStatus = changes.length || assignments.length || unresolved.length ? "changed" : "unchanged";
  return { kind, displayName: desired.displayName, status, targetId: idOf(current), changes, assignments, unresolved, desired, current };
}

function compareAssignments(property: string, desiredValue: unknown, currentValue: unknown, target: TenantDirectory, unresolved: UnresolvedReference[]): AssignmentChange | undefined {
  const before = unresolved.length;
  const wanted = resolveAll(property, (Array.isArray(desiredValue) ? desiredValue : []) as ConfigurationAssignment[], target, unresolved);
  const have = (Array.isArray(currentValue) ? currentValue : []) as ConfigurationAssignment[];
  const haveKeys = new Set(have.map(assignmentKey));
  const wantedKeys = new Set(wanted.map(assignmentKey));
  const addedOnes = wanted.filter((a) => !haveKeys.has(assignmentKey(a)));
  const removedOnes = have.filter((a) => !wantedKeys.has(assignmentKey(a)));
  if (!addedOnes.length && !removedOnes.length && unresolved.length === before) return undefined;
  return { property, added: addedOnes, removed: removedOnes, desired: wanted };
}

/** The document's assignments in the target tenant's ids; what cannot be matched is reported and left out. */
function resolveAll(property: string, assignments: ConfigurationAssignment[], target: TenantDirectory, unresolved: UnresolvedReference[]): ConfigurationAssignment[] {
  const resolved: ConfigurationAssignment[] = [];
  for (const assignment of assignments) {
    const next: ConfigurationAssignment = { target: { ...assignment.target }, names: { ...assignment.names } };
    let ok = true;
    if (typeof assignment.target.groupId === "string") {
      const group = target.resolve("group", assignment.target.groupId, assignment.names?.group);
      if (group) {
        next.target.groupId = group.id;
        next.names!.group = group.displayName;
      } else {
        unresolved.push({ property, kind: "group", id: assignment.target.groupId, name: assignment.names?.group ?? null });
        ok = false;
      }
    }
    const filterId = assignment.target[filterIdProperty];
    if (typeof filterId === "string" && filterId) {
      const filter = target.resolve("filter", filterId, assignment.names?.filter);
      if (filter) {
        next.target[filterIdProperty] = filter.id;
        next.names!.filter = filter.displayName;
      } else {
        unresolved.push({ property, kind: "filter", id: filterId, name: assignment.names?.filter ?? null });
        ok = false;
      }
    }
    if (!Object.keys(next.names!).length) delete next.names;
    if (ok) resolved.push(next);
  }
  return sortAssignments(resolved);
}

export const assignmentKey = (assignment: ConfigurationAssignment) => namedTargetKey(assignment);

function sameValue(a: unknown, b: unknown): boolean {
  return JSON.stringify(normalize(a)) === JSON.stringify(normalize(b));
}

function normalize(value: unknown): unknown {
  if (value === undefined) return null;
  if (Array.isArray(value)) return value.map(normalize);
  if (value && typeof value === "object") return Object.fromEntries(Object.keys(value).sort().map((k) => [k, normalize((value as Record<string, unknown>)[k])]));
  return value;
}
