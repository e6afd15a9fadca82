"use client";

import { useQueries, useQuery } from "@tanstack/react-query";
import { useCallback, useMemo } from "react";
import { assignmentFilterNamesOptions } from "@/lib/api/assignment-filters";
import { groupOptions } from "@/lib/api/groups";
import { describeAuditEvent, referencedIds, type AuditEvent, type EventWords } from "@/lib/graph/audit-event-words";
import type { ApiVersion } from "@/lib/graph/api-version";
import { formatExact } from "@/components/common/date-time";

/**
 * Events in words, with the groups and filters their assignment changes name looked up by id. A name that cannot be
 * read (deleted group, no permission for filters in live mode) shows as its id.
 */
export function useAuditWords(version: ApiVersion, events: readonly AuditEvent[]): (event: AuditEvent) => EventWords {
  const ids = useMemo(() => {
    const groups = new Set<string>();
    let filters = false;
    for (const event of events) {
      const referenced = referencedIds(event);
      referenced.groups.forEach((id) => groups.add(id));
      filters ||= referenced.filters.length > 0;
    }
    return { groups: [...groups].sort(), filters };
  }, [events]);
  // One string for the names found, so the lookup below changes only when a name arrives.
  const found = useQueries({
    queries: ids.groups.map((id) => groupOptions(version, id)),
    combine: (results) => JSON.stringify(results.flatMap((q, i) => (q.data?.displayName ? [[ids.groups[i]!.toLowerCase(), q.data.displayName]] : []))),
  });
  const filters = useQuery({ ...assignmentFilterNamesOptions(), enabled: ids.filters });
  const groupNames = useMemo(() => new Map(JSON.parse(found) as [string, string][]), [found]);
  const filterNames = filters.data;
  return useCallback(
    (event: AuditEvent) =>
      describeAuditEvent(event, {
        dateTime: (iso) => formatExact(iso),
        groupName: (id) => groupNames.get(id.toLowerCase()),
        filterName: (id) => filterNames?.get(id.toLowerCase()),
      }),
    [groupNames, filterNames],
  );
}
