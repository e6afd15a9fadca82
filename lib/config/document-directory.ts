import { filterIdProperty } from "@/lib/graph/assignment-words";
import { isAssignmentProperty, partnerKinds, type ConfigurationAssignment, type ConfigurationDocument } from "./configuration-document";
import { TenantDirectory } from "./tenant-directory";

/**
 * The groups and filters a document names, as the directory of the tenant it was exported from: comparing two
 * documents matches them as it would match that tenant (by id, else by name).
 */
export function documentDirectory(document: ConfigurationDocument): TenantDirectory {
  const directory = new TenantDirectory();
  for (const kind of partnerKinds) {
    for (const partner of document[kind]) {
      for (const [name, value] of Object.entries(partner)) {
        if (!isAssignmentProperty(name) || !Array.isArray(value)) continue;
        for (const assignment of value as ConfigurationAssignment[]) {
          const groupId = assignment.target?.groupId;
          if (typeof groupId === "string") directory.add("group", { id: groupId, displayName: assignment.names?.group ?? null });
          const filterId = assignment.target?.[filterIdProperty];
          if (typeof filterId === "string" && filterId) directory.add("filter", { id: filterId, displayName: assignment.names?.filter ?? null });
        }
      }
    }
  }
  return directory;
}
