import { queryOptions } from "@tanstack/react-query";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { AssignmentFilter } from "@/lib/graph/assignment-filter";
import { collectPages } from "./collect-pages";
import { resourceKeys } from "./query-keys";

export const assignmentFilterKeys = resourceKeys("assignmentFilters");

export const assignmentFiltersQuery = { $select: "id,displayName,platform" } as const;

/** Every assignment filter of the tenant, to pick and to name them; filters exist in beta only (v1.0: none). */
export const assignmentFiltersOptions = (version: ApiVersion) =>
  queryOptions({
    queryKey: assignmentFilterKeys.namedList(version, "all"),
    queryFn: ({ signal }): Promise<AssignmentFilter[]> =>
      version === "beta" ? collectPages<AssignmentFilter>(version, "deviceManagement/assignmentFilters", assignmentFiltersQuery, { signal }) : Promise.resolve([]),
    staleTime: 5 * 60_000,
  });

/** Every assignment filter's name by id, from the same cached list. Graph serves them in beta only, whatever version the console shows. */
export const assignmentFilterNamesOptions = () =>
  queryOptions({
    ...assignmentFiltersOptions("beta"),
    select: (filters: AssignmentFilter[]) => new Map(filters.map((f) => [f.id.toLowerCase(), f.displayName])),
  });
