// Plain data in, words out: an Intune auditEvent about a partner, as the History and Activity views show it.
import { assignmentWords, namedTargetKey, type NamedTarget } from "./assignment-words";
import { isKnownProperty, propertyLabel, valueWords, type ValueWords } from "./property-words";

export interface AuditProperty {
  displayName?: string | null;
  oldValue?: string | null;
  newValue?: string | null;
}

export interface AuditEvent {
  id: string;
  displayName?: string | null;
  componentName?: string | null;
  activity?: string | null;
  activityType?: string | null;
  activityOperationType?: string | null;
  activityResult?: string | null;
  activityDateTime: string;
  correlationId?: string | null;
  category?: string | null;
  actor?: {
    userPrincipalName?: string | null;
    applicationDisplayName?: string | null;
    servicePrincipalName?: string | null;
    auditActorType?: string | null;
  } | null;
  resources?: { resourceId?: string | null; displayName?: string | null; type?: string | null; auditResourceType?: string | null; modifiedProperties?: AuditProperty[] | null }[] | null;
}

export type ChangeWords =
  | { kind: "value"; property: string; label: string; from: string; to: string }
  | { kind: "assignments"; property: string; label: string; added: string[]; removed: string[] };

export interface EventWords {
  operation: "Created" | "Updated" | "Deleted" | "Terminated" | string;
  who: string;
  /** The partner the event is about, as the event names it. */
  resourceId?: string;
  resourceName?: string;
  changes: ChangeWords[];
}

export interface EventWordsOptions extends ValueWords {
  /** Names for the groups and filters assignments name, when known. */
  groupName?: (id: string) => string | null | undefined;
  filterName?: (id: string) => string | null | undefined;
}

function operationOf(event: AuditEvent): string {
  const type = (event.activityOperationType ?? "").toLowerCase();
  if (type === "create") return "Created";
  if (type === "patch" || type === "update") return "Updated";
  if (type === "delete") return "Deleted";
  if (type === "action" && /terminate/i.test(`${event.activity ?? ""} ${event.activityType ?? ""} ${event.displayName ?? ""}`)) return "Terminated";
  return event.activityType ?? event.activity ?? event.activityOperationType ?? "Changed";
}

/** The person, else the application, that made the change. */
export function actorWords(event: AuditEvent): string {
  const actor = event.actor;
  return actor?.userPrincipalName || actor?.applicationDisplayName || actor?.servicePrincipalName || "Unknown actor";
}

/** Graph spells properties in camelCase; an audit log may capitalise them. */
function propertyName(raw: string): string {
  const camel = raw.charAt(0).toLowerCase() + raw.slice(1);
  return isKnownProperty(raw) ? raw : isKnownProperty(camel) ? camel : raw;
}

function parseJson(text: string | null | undefined): unknown {
  if (text === null || text === undefined || text === "") return null;
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function isAssignmentList(value: unknown): value is NamedTarget[] {
  return Array.isArray(value) && value.every((a) => typeof a === "object" && a !== null && typeof (a as NamedTarget).target === "object");
}

function named(assignment: NamedTarget, options: EventWordsOptions): NamedTarget {
  const t = assignment.target;
  return {
    target: t,
    names: {
      group: typeof t.groupId === "string" ? (options.groupName?.(t.groupId) ?? null) : undefined,
      filter: typeof t.deviceAndAppManagementAssignmentFilterId === "string" ? (options.filterName?.(t.deviceAndAppManagementAssignmentFilterId) ?? null) : undefined,
    },
  };
}

function changeWords(property: AuditProperty, options: EventWordsOptions): ChangeWords {
  const name = propertyName(property.displayName ?? "");
  const label = propertyLabel(name);
  const from = parseJson(property.oldValue);
  const to = parseJson(property.newValue);
  if ((isAssignmentList(from) || from === null) && (isAssignmentList(to) || to === null) && (from !== null || to !== null)) {
    const before = (from ?? []) as NamedTarget[];
    const after = (to ?? []) as NamedTarget[];
    const beforeKeys = new Set(before.map(namedTargetKey));
    const afterKeys = new Set(after.map(namedTargetKey));
    return {
      kind: "assignments",
      property: name,
      label,
      added: after.filter((a) => !beforeKeys.has(namedTargetKey(a))).map((a) => assignmentWords(named(a, options))),
      removed: before.filter((a) => !afterKeys.has(namedTargetKey(a))).map((a) => assignmentWords(named(a, options))),
    };
  }
  return { kind: "value", property: name, label, from: valueWords(name, from, options), to: valueWords(name, to, options) };
}

/** An audit event in the console's words: what happened, who did it, and each changed property old → new. */
export function describeAuditEvent(event: AuditEvent, options: EventWordsOptions = {}): EventWords {
  const resource = event.resources?.[0];
  return {
    operation: operationOf(event),
    who: actorWords(event),
    resourceId: resource?.resourceId ?? undefined,
    resourceName: resource?.displayName ?? undefined,
    changes: (resource?.modifiedProperties ?? []).filter((p) => p.displayName).map((p) => changeWords(p, options)),
  };
}

/** Ids of the groups and filters an event's assignment changes name, to look their names up. */
export function referencedIds(event: AuditEvent): { groups: string[]; filters: string[] } {
  const groups = new Set<string>();
  const filters = new Set<string>();
  for (const property of event.resources?.[0]?.modifiedProperties ?? []) {
    for (const value of [parseJson(property.oldValue), parseJson(property.newValue)]) {
      if (!isAssignmentList(value)) continue;
      for (const { target } of value) {
        if (typeof target.groupId === "string") groups.add(target.groupId);
        if (typeof target.deviceAndAppManagementAssignmentFilterId === "string") filters.add(target.deviceAndAppManagementAssignmentFilterId);
      }
    }
  }
  return { groups: [...groups], filters: [...filters] };
}
