"use client";

import { Badge, Text, makeStyles, tokens } from "@fluentui/react-components";
import { useQuery } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { PartnerAssignment } from "@/lib/graph/assignment-target";
import { assignmentTargetTypeOf } from "@/lib/graph/assignment-target-types";
import { deviceAndAppManagementAssignmentFilterType, labelOf } from "@/lib/graph/enums";
import { groupOptions } from "@/lib/api/groups";
import { AssignmentFilterName } from "./assignment-filter-name";

const useStyles = makeStyles({
  list: { margin: 0, paddingInlineStart: tokens.spacingHorizontalXL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  item: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
});

function GroupName({ id, version }: { id: string; version: ApiVersion }) {
  const group = useQuery(groupOptions(version, id));
  if (group.isPending) return <Text>Loading group…</Text>;
  if (group.error || !group.data?.displayName) return <Text>Unknown group ({id})</Text>;
  return <Text title={id}>{group.data.displayName}</Text>;
}

/** Read-only assignments with group names resolved from /groups. */
export function AssignmentList({ assignments, version, label }: { assignments: readonly PartnerAssignment[] | null | undefined; version: ApiVersion; label: string }) {
  const styles = useStyles();
  if (!assignments?.length) return <Text>None</Text>;
  return (
    <ul className={styles.list} aria-label={label}>
      {assignments.map((assignment, index) => {
        if (!assignment.target) return <li key={index} className={styles.item}><Text>No target</Text></li>;
        const target = assignment.target as Record<string, unknown> & NonNullable<PartnerAssignment["target"]>;
        const type = assignmentTargetTypeOf(target["@odata.type"]);
        const filterType = target.deviceAndAppManagementAssignmentFilterType;
        return (
          <li key={index} className={styles.item}>
            <Text weight="semibold">{type?.label ?? target["@odata.type"]}</Text>
            {type?.idProperty === "groupId" && typeof target.groupId === "string" ? <GroupName id={target.groupId} version={version} /> : null}
            {type?.idProperty === "collectionId" ? <Text>Collection {String(target.collectionId ?? "")}</Text> : null}
            {target.deviceAndAppManagementAssignmentFilterId && filterType && filterType !== "none" ? (
              <Badge appearance="outline" color="informative">
                Filter: {labelOf(deviceAndAppManagementAssignmentFilterType, filterType)}&nbsp;
                <AssignmentFilterName id={target.deviceAndAppManagementAssignmentFilterId} version={version} />
              </Badge>
            ) : null}
          </li>
        );
      })}
    </ul>
  );
}
