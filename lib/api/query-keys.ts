import type { ApiVersion } from "@/lib/graph/api-version";
import type { ODataQuery } from "./graph-url";

/** Keys from general to specific, so one prefix invalidates everything below it. The API version is part of each. */
export function resourceKeys(resource: string) {
  const all = ["graph", resource] as const;
  return {
    all,
    version: (version: ApiVersion) => [...all, version] as const,
    lists: (version: ApiVersion) => [...all, version, "list"] as const,
    list: (version: ApiVersion, query: ODataQuery) => [...all, version, "list", query] as const,
    /** A list asked for one purpose (e.g. "onboarded"), refreshed with the other lists. */
    namedList: (version: ApiVersion, name: string) => [...all, version, "list", name] as const,
    search: (version: ApiVersion, text: string) => [...all, version, "search", text] as const,
    counts: (version: ApiVersion) => [...all, version, "count"] as const,
    count: (version: ApiVersion, filter: string | undefined) => [...all, version, "count", filter ?? ""] as const,
    details: (version: ApiVersion) => [...all, version, "detail"] as const,
    detail: (version: ApiVersion, id: string) => [...all, version, "detail", id] as const,
  };
}

export const graphKeys = { all: ["graph"] as const };

/** Intune's audit log (History, Activity; their keys in audit-events.ts): the console's partner writes invalidate it. */
export const auditEventKeys = { all: ["graph", "auditEvents"] as const };
