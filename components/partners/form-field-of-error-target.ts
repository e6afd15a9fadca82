/**
 * Maps a Graph error target (`groupsRequiringPartnerEnrollment[0].target.groupId`) to the form field that shows it
 * (`groupsRequiringPartnerEnrollment.0.groupId`); undefined when the form has no such field.
 */
export function formFieldOfErrorTarget(target: string | undefined, fields: readonly string[]): string | undefined {
  if (!target) return undefined;
  const path = target
    .replace(/\[(\d+)\]/g, ".$1")
    .replace(/\.target(\.|$)/, "$1")
    .replace(/\.@odata\.type$/, ".targetType")
    .replace(/\.deviceAndAppManagementAssignmentFilterId$/, ".filterId")
    .replace(/\.deviceAndAppManagementAssignmentFilterType$/, ".filterType")
    .replace(/\.$/, "");
  const root = path.split(".")[0]!;
  if (!fields.includes(root)) return undefined;
  return /^[^.]+\.\d+$/.test(path) ? `${path}.targetType` : path;
}
