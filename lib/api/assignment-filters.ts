import { queryOptions } from "@tanstack/react-query";
import type { AssignmentFilter } from "@/lib/graph/assignment-filter";
import { collectPages } from "./collect-pages";
import { resourceKeys } from "./query-keys";

export const assignmentFilterKeys = resourceKeys("assignmentFilters");

/** Every assignment filter's name by id. Graph serves them in beta only, whatever version the console shows. */
export const assignmentFilterNamesOptions = () =>
  queryOptions({
    queryKey: assignmentFilterKeys.namedList("beta", "names"),
    queryFn: async ({ signal }) => {
      const filters = await collectPages<Pick<AssignmentFilter, "id" | "displayName">>("beta", "deviceManagement/assignmentFilters", { $select: "id,displayName" }, { signal });
      return new Map(filters.map((f) => [f.id.toLowerCase(), f.displayName]));
    },
    staleTime: 5 * 60_000,
  });
