import { isApiVersion, type ApiVersion } from "../graph/api-version";
import { GraphError } from "../graph/graph-error";
import { isResourceName, resources, type ResourceName } from "../graph/resources";

export type GraphResource = ResourceName | "groups";
export type GraphOperation = "list" | "count" | "get" | "create" | "update" | "delete" | "action";

export interface GraphRoute {
  version: ApiVersion;
  resource: GraphResource;
  operation: GraphOperation;
  id?: string;
  action?: string;
  /** The path after the service root, built segment by segment: `/v1.0/deviceManagement/deviceManagementPartners/{id}`. */
  path: string;
}

export type GraphRouteResult = { ok: true; route: GraphRoute } | { ok: false; error: GraphError; allow?: string[] };

// Graph's keys here are GUIDs; anything starting or ending with a dot, or holding other characters, is refused.
const idPattern = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9])?$/;

const collectionMethods = { GET: "list", POST: "create" } as const;
const itemMethods = { GET: "get", PATCH: "update", DELETE: "delete" } as const;
const countMethods = { GET: "count" } as const;
const actionMethods = { POST: "action" } as const;
const readListMethods = { GET: "list" } as const;
const readItemMethods = { GET: "get" } as const;

type MethodTable = Readonly<Partial<Record<string, GraphOperation>>>;

/** The allow-list: only the partner resources, their $count and actions, and reading groups. */
export function matchGraphRoute(segments: readonly string[], method: string): GraphRouteResult {
  const [version, ...rest] = segments;
  if (!isApiVersion(version)) {
    return unknownSegment(`Invalid version: '${version ?? ""}'. Use 'beta' or 'v1.0'.`);
  }
  const [first, second, third, fourth, ...extra] = rest;

  if (first === "groups") {
    if (second === undefined) return withMethod(method, readListMethods, { version, resource: "groups" }, ["groups"]);
    if (third === undefined && idPattern.test(second)) {
      return withMethod(method, readItemMethods, { version, resource: "groups", id: second }, ["groups", second]);
    }
    return unknownSegment(`Resource not found for the segment '${third ?? second}'.`);
  }

  if (first !== "deviceManagement") return unknownSegment(`Resource not found for the segment '${first ?? ""}'.`);
  if (!isResourceName(second)) return unknownSegment(`Resource not found for the segment '${second ?? ""}'.`);
  const resource = second;
  const base = ["deviceManagement", resource];
  if (extra.length > 0) return unknownSegment(`Resource not found for the segment '${extra[0]}'.`);
  if (third === undefined) return withMethod(method, collectionMethods, { version, resource }, base);
  if (third === "$count") {
    if (fourth !== undefined) return unknownSegment(`Resource not found for the segment '${fourth}'.`);
    return withMethod(method, countMethods, { version, resource }, [...base, "$count"]);
  }
  if (!idPattern.test(third)) return unknownSegment(`Resource not found for the segment '${third}'.`);
  if (fourth === undefined) return withMethod(method, itemMethods, { version, resource, id: third }, [...base, third]);
  const actions: readonly string[] = resources[resource].actions;
  if (!actions.includes(fourth)) return unknownSegment(`Resource not found for the segment '${fourth}'.`);
  return withMethod(method, actionMethods, { version, resource, id: third, action: fourth }, [...base, third, fourth]);
}

function withMethod(
  method: string,
  table: MethodTable,
  route: Omit<GraphRoute, "operation" | "path">,
  parts: readonly string[],
): GraphRouteResult {
  const operation = Object.hasOwn(table, method) ? table[method] : undefined;
  if (!operation) {
    const allow = Object.keys(table);
    return {
      ok: false,
      error: new GraphError(405, `The method ${method} is not allowed on this resource. Allowed: ${allow.join(", ")}.`, {
        code: "BadRequest",
      }),
      allow,
    };
  }
  const path = `/${[route.version, ...parts].map((part) => (part === "$count" ? part : encodeURIComponent(part))).join("/")}`;
  return { ok: true, route: { ...route, operation, path } };
}

function unknownSegment(message: string): GraphRouteResult {
  return { ok: false, error: new GraphError(400, message, { code: "BadRequest" }) };
}
