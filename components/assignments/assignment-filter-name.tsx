"use client";

import { useQuery } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import { assignmentFilterName } from "@/lib/graph/assignment-filter";
import { assignmentFiltersOptions } from "@/lib/api/assignment-filters";

/** A target's filter by name; the id while the filters load or when they cannot be read, and a not-found id says so. */
export function AssignmentFilterName({ id, version }: { id: string; version: ApiVersion }) {
  const filters = useQuery(assignmentFiltersOptions(version));
  return <span title={id}>{filters.data ? assignmentFilterName(filters.data, id) : id}</span>;
}
