// Plain data: the OData queries History and Activity send to /deviceManagement/auditEvents, and Activity's URL.
import { auditPlacementOf } from "@/lib/graph/audit-event";
import type { ResourceName } from "@/lib/graph/resources";
import type { ODataQuery } from "./graph-url";
import { odataString } from "./list-view";

/** Events a History or Activity page asks for at a time; "Load more" follows the nextLink. */
export const auditPageSize = 20;

const newestFirst = "activityDateTime desc";

/** Where Intune files a kind's events, and the resource type that marks a partner among them (GRAPH.md). */
function kindClause(resource: ResourceName): string {
  const { componentName, auditResourceType } = auditPlacementOf[resource];
  return `componentName eq ${odataString(componentName)} and resources/any(r:r/auditResourceType eq ${odataString(auditResourceType)})`;
}

/** One partner's events, newest first. */
export function historyQuery(resource: ResourceName, id: string): ODataQuery {
  const { componentName } = auditPlacementOf[resource];
  return { $filter: `componentName eq ${odataString(componentName)} and resources/any(r:r/resourceId eq ${odataString(id)})`, $orderby: newestFirst, $top: String(auditPageSize) };
}

export const activityKinds = { device: "deviceManagementPartners", compliance: "complianceManagementPartners" } as const satisfies Record<string, ResourceName>;
export type ActivityKind = keyof typeof activityKinds;

export const activityOperations = {
  created: { label: "Created", clause: "activityOperationType eq 'Create'" },
  updated: { label: "Updated", clause: "activityOperationType eq 'Patch'" },
  deleted: { label: "Deleted", clause: "activityOperationType eq 'Delete'" },
  terminated: { label: "Terminated", clause: "activityOperationType eq 'Action' and startswith(activityType,'Terminate')" },
} as const;
export type ActivityOperation = keyof typeof activityOperations;

/** Activity's filters as its URL keeps them: dates are local calendar days, `YYYY-MM-DD`, both ends included. */
export interface ActivityFilters {
  kind?: ActivityKind;
  operation?: ActivityOperation;
  /** A user principal name, matched whole (Graph's `eq`, case-insensitive). */
  person?: string;
  from?: string;
  to?: string;
}

const dayPattern = /^(\d{4})-(\d{2})-(\d{2})$/;

/** Local midnight starting the day, or undefined when it is not a day. */
export function startOfLocalDay(day: string | undefined): Date | undefined {
  const match = day ? dayPattern.exec(day) : null;
  if (!match) return undefined;
  const date = new Date(Number(match[1]), Number(match[2]) - 1, Number(match[3]));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

const has = <T extends object>(record: T, key: string | null): key is Extract<keyof T, string> => key !== null && Object.hasOwn(record, key);

export function parseActivityFilters(params: URLSearchParams): ActivityFilters {
  const kind = params.get("kind");
  const operation = params.get("operation");
  const person = params.get("person")?.trim();
  const from = params.get("from") ?? undefined;
  const to = params.get("to") ?? undefined;
  return {
    ...(has(activityKinds, kind) ? { kind } : {}),
    ...(has(activityOperations, operation) ? { operation } : {}),
    ...(person ? { person } : {}),
    ...(startOfLocalDay(from) ? { from } : {}),
    ...(startOfLocalDay(to) ? { to } : {}),
  };
}

export function activityParams(filters: ActivityFilters): URLSearchParams {
  const params = new URLSearchParams();
  for (const name of ["kind", "operation", "person", "from", "to"] as const) {
    const value = filters[name];
    if (value) params.set(name, value);
  }
  return params;
}

/** Every partner change in the tenant that the filters let through, newest first. */
export function activityQuery(filters: ActivityFilters): ODataQuery {
  const kinds = filters.kind ? [activityKinds[filters.kind]] : Object.values(activityKinds);
  const clauses = [kinds.length === 1 ? kindClause(kinds[0]!) : `(${kinds.map((k) => `(${kindClause(k)})`).join(" or ")})`];
  if (filters.operation) clauses.push(`(${activityOperations[filters.operation].clause})`);
  if (filters.person) clauses.push(`actor/userPrincipalName eq ${odataString(filters.person)}`);
  const from = startOfLocalDay(filters.from);
  if (from) clauses.push(`activityDateTime ge ${from.toISOString()}`);
  const to = startOfLocalDay(filters.to);
  if (to) clauses.push(`activityDateTime lt ${new Date(to.getFullYear(), to.getMonth(), to.getDate() + 1).toISOString()}`);
  return { $filter: clauses.join(" and "), $orderby: newestFirst, $top: String(auditPageSize) };
}

/** The kind an event is about, from where Intune filed it. */
export function resourceOfEvent(event: { componentName?: string | null; resources?: { auditResourceType?: string | null; type?: string | null }[] | null }): ResourceName | undefined {
  const type = event.resources?.[0]?.auditResourceType ?? event.resources?.[0]?.type;
  const byType = (Object.keys(auditPlacementOf) as ResourceName[]).find((r) => auditPlacementOf[r].auditResourceType === type);
  return byType ?? (Object.keys(auditPlacementOf) as ResourceName[]).find((r) => auditPlacementOf[r].componentName === event.componentName);
}
