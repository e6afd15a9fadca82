import type { ApiVersion } from "@/lib/graph/api-version";
import { filterIdProperty } from "@/lib/graph/assignment-words";
import {
  canonical,
  configurationDocumentVersion,
  configurationSchemaPath,
  isAssignmentProperty,
  partnerKinds,
  type ConfigurationAssignment,
  type ConfigurationDocument,
  type ConfigurationPartner,
  type ConfigurationTarget,
  type PartnerKind,
} from "./configuration-document";
import type { TenantDirectory } from "./tenant-directory";


/** A tenant's partners as one document: Graph's properties, assignments with group and filter names, in a stable order. */
export function buildConfiguration(
  apiVersion: ApiVersion,
  partners: Record<PartnerKind, Record<string, unknown>[]>,
  directory: TenantDirectory,
): ConfigurationDocument {
  const document: ConfigurationDocument = {
    $schema: configurationSchemaPath,
    version: configurationDocumentVersion,
    apiVersion,
    deviceManagementPartners: [],
    complianceManagementPartners: [],
  };
  for (const kind of partnerKinds) {
    document[kind] = partners[kind].map((entity) => configurationPartnerOf(entity, directory)).sort(comparePartners);
  }
  return canonical(document);
}

export function configurationPartnerOf(entity: Record<string, unknown>, directory: TenantDirectory): ConfigurationPartner {
  const partner: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(entity)) {
    if (name.startsWith("@odata.") || name.includes("@")) continue;
    partner[name] = isAssignmentProperty(name) && Array.isArray(value) ? sortAssignments(value.map((a) => assignmentOf(a, directory))) : value;
  }
  return { ...partner, displayName: (entity.displayName as string | null | undefined) ?? null };
}

function assignmentOf(assignment: unknown, directory: TenantDirectory): ConfigurationAssignment {
  const target = { ...((assignment as { target?: ConfigurationTarget })?.target ?? { "@odata.type": "" }) };
  if (target["@odata.type"] && !target["@odata.type"].startsWith("#")) target["@odata.type"] = `#${target["@odata.type"]}`;
  const names: ConfigurationAssignment["names"] = {};
  if (typeof target.groupId === "string") names.group = directory.byIdOf("group", target.groupId)?.displayName ?? null;
  if (typeof target[filterIdProperty] === "string") names.filter = directory.byIdOf("filter", target[filterIdProperty] as string)?.displayName ?? null;
  return Object.keys(names).length ? { target, names } : { target };
}

/** Assignments in a fixed order: by type, then by the group or collection, then by filter. */
export function sortAssignments(assignments: ConfigurationAssignment[]): ConfigurationAssignment[] {
  const key = (a: ConfigurationAssignment) =>
    [a.target["@odata.type"], a.target.groupId ?? a.target.collectionId ?? "", a.target[filterIdProperty] ?? "", a.target.deviceAndAppManagementAssignmentFilterType ?? ""]
      .map((part) => String(part).toLowerCase())
      .join("|");
  return [...assignments].sort((a, b) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0));
}

function comparePartners(a: ConfigurationPartner, b: ConfigurationPartner): number {
  const an = (a.displayName ?? "").toLowerCase();
  const bn = (b.displayName ?? "").toLowerCase();
  if (an !== bn) return an < bn ? -1 : 1;
  return String(a.id ?? "") < String(b.id ?? "") ? -1 : 1;
}
