import { infiniteQueryOptions, queryOptions } from "@tanstack/react-query";
import { auditScopes } from "@/lib/auth/graph-scopes";
import type { AuditEvent } from "@/lib/graph/audit-event-words";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ResourceName } from "@/lib/graph/resources";
import { fetchCollectionPage, type GraphCollectionPage } from "./graph-collection";
import type { ODataQuery } from "./graph-url";
import { auditPageSize, historyQuery } from "./audit-query";
import { auditEventKeys, resourceKeys } from "./query-keys";

const auditPath = "deviceManagement/auditEvents";

const historyKey = (version: ApiVersion, id: string) => [...auditEventKeys.all, version, "history", id] as const;
const activityKey = (version: ApiVersion, query: ODataQuery) => [...auditEventKeys.all, version, "activity", query] as const;

function auditPages(version: ApiVersion, query: ODataQuery, queryKey: readonly unknown[]) {
  return infiniteQueryOptions({
    queryKey,
    initialPageParam: undefined as string | undefined,
    // The audit permission is asked for here, on first use, not at sign-in.
    queryFn: ({ pageParam, signal }): Promise<GraphCollectionPage<AuditEvent>> =>
      fetchCollectionPage<AuditEvent>(version, auditPath, query, pageParam, signal, { maxPageSize: auditPageSize, scopes: auditScopes }),
    getNextPageParam: (last) => last["@odata.nextLink"],
    staleTime: 0,
  });
}

/** One partner's History, newest first. */
export const partnerHistoryOptions = (version: ApiVersion, resource: ResourceName, id: string) =>
  auditPages(version, historyQuery(resource, id), historyKey(version, id));

/** Activity: every partner change the query lets through. */
export const activityOptions = (version: ApiVersion, query: ODataQuery) => auditPages(version, query, activityKey(version, query));

/** Graph's limit on clauses in one $filter is 32 here (README); ids are asked for in groups below it. */
const idsPerRequest = 25;

/** Which of these partner ids still exist, so Activity links to them or says they were deleted. */
export const existingPartnerIdsOptions = (version: ApiVersion, resource: ResourceName, ids: readonly string[]) =>
  queryOptions({
    queryKey: [...resourceKeys(resource).version(version), "existing", [...ids].sort()] as const,
    queryFn: async ({ signal }) => {
      const groups: string[][] = [];
      for (let i = 0; i < ids.length; i += idsPerRequest) groups.push(ids.slice(i, i + idsPerRequest));
      const pages = await Promise.all(
        groups.map((group) =>
          fetchCollectionPage<{ id: string }>(version, `deviceManagement/${resource}`, { $select: "id", $filter: group.map((id) => `id eq '${id.replaceAll("'", "''")}'`).join(" or ") }, undefined, signal),
        ),
      );
      return new Set(pages.flatMap((page) => page.value.map((p) => p.id.toLowerCase())));
    },
    enabled: ids.length > 0,
  });
