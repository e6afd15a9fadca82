import type { ApiVersion } from "@/lib/graph/api-version";
import { isAssignmentProperty, partnerKinds, type ConfigurationDocument, type PartnerKind } from "./configuration-document";
import { buildConfiguration } from "./export-configuration";
import { TenantDirectory, type DirectoryEntry } from "./tenant-directory";

/** What configuration-as-code needs from Graph; the browser and the command line each give one. */
export interface GraphReader {
  version: ApiVersion;
  /** GET a collection under the version (`/deviceManagement/...`), following every nextLink. */
  getAll(path: string, query?: Record<string, string>): Promise<Record<string, unknown>[]>;
}

export const partnerCollectionPath = (kind: PartnerKind) => `/deviceManagement/${kind}`;

/** Graph caps the clauses of one $filter (15 `or`s on groups): look-ups go in chunks. */
const lookupChunk = 15;

function odataLiteral(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

async function lookup(reader: GraphReader, property: "id" | "displayName", values: string[]): Promise<DirectoryEntry[]> {
  const unique = [...new Set(values)];
  const found: DirectoryEntry[] = [];
  for (let at = 0; at < unique.length; at += lookupChunk) {
    const chunk = unique.slice(at, at + lookupChunk);
    const $filter = chunk.map((v) => `${property} eq ${odataLiteral(v)}`).join(" or ");
    const page = await reader.getAll("/groups", { $filter, $select: "id,displayName" });
    for (const group of page) found.push({ id: String(group.id), displayName: (group.displayName as string | null) ?? null });
  }
  return found;
}

function referencesOf(document: Pick<ConfigurationDocument, PartnerKind>) {
  const groupIds: string[] = [];
  const groupNames: string[] = [];
  for (const kind of partnerKinds) {
    for (const partner of document[kind]) {
      for (const [name, value] of Object.entries(partner)) {
        if (!isAssignmentProperty(name) || !Array.isArray(value)) continue;
        for (const assignment of value as { target?: Record<string, unknown>; names?: { group?: string | null } }[]) {
          if (typeof assignment.target?.groupId === "string") groupIds.push(assignment.target.groupId);
          if (assignment.names?.group) groupNames.push(assignment.names.group);
        }
      }
    }
  }
  return { groupIds, groupNames };
}

async function readFilters(reader: GraphReader): Promise<DirectoryEntry[]> {
  if (reader.version !== "beta") return [];
  const filters = await reader.getAll("/deviceManagement/assignmentFilters", { $select: "id,displayName,platform" });
  return filters.map((f) => ({ id: String(f.id), displayName: (f.displayName as string | null) ?? null }));
}

export interface TenantConfiguration {
  document: ConfigurationDocument;
  directory: TenantDirectory;
}

/**
 * Reads a tenant's partners and the groups and filters they name. With `desired`, also looks up the groups that
 * document names (by id and by name), so a document from another tenant can be matched here.
 */
export async function readTenantConfiguration(reader: GraphReader, desired?: ConfigurationDocument): Promise<TenantConfiguration> {
  const partners = {} as Record<PartnerKind, Record<string, unknown>[]>;
  for (const kind of partnerKinds) partners[kind] = await reader.getAll(partnerCollectionPath(kind));
  const own = referencesOf(partners as unknown as Pick<ConfigurationDocument, PartnerKind>);
  const wanted = desired ? referencesOf(desired) : { groupIds: [], groupNames: [] };
  const groups = [...(await lookup(reader, "id", [...own.groupIds, ...wanted.groupIds])), ...(await lookup(reader, "displayName", wanted.groupNames))];
  const directory = new TenantDirectory(groups, await readFilters(reader));
  return { document: buildConfiguration(reader.version, partners, directory), directory };
}

