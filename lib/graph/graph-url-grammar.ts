import { apiVersions, isApiVersion, type ApiVersion } from "./api-version";
import { GraphError } from "./graph-error";

/** The OData system query options Graph reads here (GRAPH.md); anything else is refused, never ignored. */
export const odataQueryOptionNames = ["$select", "$filter", "$orderby", "$top", "$skip", "$count", "$search", "$skiptoken"] as const;
export type ODataQueryOptionName = (typeof odataQueryOptionNames)[number];

export function isODataQueryOptionName(name: string): name is ODataQueryOptionName {
  return (odataQueryOptionNames as readonly string[]).includes(name);
}

export type GraphOperation = "list" | "count" | "get" | "create" | "update" | "delete" | "action" | "function" | "batch";
type Methods<O extends GraphOperation> = Readonly<Partial<Record<"GET" | "POST" | "PATCH" | "DELETE", O>>>;

export interface GraphFunction {
  name: string;
  /** Its one string parameter, as in `getAuditActivityTypes(category='X')`; none for `getAuditCategories`. */
  parameter?: string;
}

export interface GraphEndpoint {
  /** Segments under /{version}. */
  path: readonly string[];
  versions: readonly ApiVersion[];
  collection: Methods<"list" | "create">;
  item: Methods<"get" | "update" | "delete">;
  count: boolean;
  /** Bound to one entity: POST {item}/{action}, no body, 204. */
  actions: readonly string[];
  /** Bound to the collection: GET {collection}/{function}(...), a collection of strings. */
  functions: readonly GraphFunction[];
}

const readOnly = { collection: { GET: "list" }, item: { GET: "get" }, count: false, actions: [], functions: [] } as const;
const readWrite = {
  collection: { GET: "list", POST: "create" },
  item: { GET: "get", PATCH: "update", DELETE: "delete" },
  count: true,
  functions: [],
} as const;

/** Every Graph URL the console, its gateway and the mock know; terminate only where GRAPH.md says. */
export const graphEndpoints = {
  deviceManagementPartners: { ...readWrite, path: ["deviceManagement", "deviceManagementPartners"], versions: apiVersions, actions: ["terminate"] },
  complianceManagementPartners: { ...readWrite, path: ["deviceManagement", "complianceManagementPartners"], versions: apiVersions, actions: [] },
  assignmentFilters: { ...readOnly, path: ["deviceManagement", "assignmentFilters"], versions: ["beta"] },
  auditEvents: {
    ...readOnly,
    path: ["deviceManagement", "auditEvents"],
    versions: apiVersions,
    functions: [{ name: "getAuditCategories" }, { name: "getAuditActivityTypes", parameter: "category" }],
  },
  groups: { ...readOnly, path: ["groups"], versions: apiVersions },
} as const satisfies Record<string, GraphEndpoint>;

export type GraphEndpointName = keyof typeof graphEndpoints;
const endpointNames = Object.keys(graphEndpoints) as GraphEndpointName[];

/** `$batch` at the version's root. */
export const batchSegment = "$batch";

export type GraphPath =
  | { version: ApiVersion; kind: "batch" }
  | { version: ApiVersion; kind: "collection" | "count"; endpoint: GraphEndpointName }
  | { version: ApiVersion; kind: "item"; endpoint: GraphEndpointName; id: string }
  | { version: ApiVersion; kind: "action"; endpoint: GraphEndpointName; id: string; action: string }
  | { version: ApiVersion; kind: "function"; endpoint: GraphEndpointName; name: string; argument?: string };

export type GraphTarget = GraphPath & { operation: GraphOperation };

// Graph's keys here are GUIDs; anything starting or ending with a dot, or holding other characters, is refused.
export const graphIdPattern = /^[A-Za-z0-9](?:[A-Za-z0-9._-]{0,126}[A-Za-z0-9])?$/;
// A function's string argument: words, digits and a few separators, as Intune's category names are.
const argumentPattern = /^[A-Za-z0-9 ._-]{0,64}$/;
const functionCall = /^([A-Za-z]+)\((?:([A-Za-z]+)='([^']*)')?\)$/;
const keySyntax = /^([A-Za-z]+)\('([^']*)'\)$/;

export const unknownSegment = (segment: string) => new GraphError(400, `Resource not found for the segment '${segment}'.`, { code: "BadRequest" });

/** Reads decoded path segments (`[version, ...]`) into a Graph path, or the 400 Graph answers for an unknown one. */
export function parseGraphPath(input: readonly string[]): GraphPath | GraphError {
  // OData key syntax, `deviceManagementPartners('id')`, is the same as a key segment.
  const segments = input.flatMap((segment) => {
    const match = keySyntax.exec(segment);
    return match ? [match[1]!, match[2]!] : [segment];
  });
  const [version, ...rest] = segments;
  if (!isApiVersion(version)) return new GraphError(400, `Invalid version: '${version ?? ""}'. Use 'beta' or 'v1.0'.`, { code: "BadRequest" });
  if (rest.length === 1 && rest[0] === batchSegment) return { version, kind: "batch" };
  const endpoint = endpointNames.find((name) => graphEndpoints[name].path.every((part, i) => rest[i] === part));
  if (!endpoint) {
    const known = rest[0] === "deviceManagement" ? 1 : 0;
    return unknownSegment(rest[known] ?? rest[0] ?? "");
  }
  const definition: GraphEndpoint = graphEndpoints[endpoint];
  if (!definition.versions.includes(version)) return unknownSegment(definition.path.at(-1)!);
  const [third, fourth, ...extra] = rest.slice(definition.path.length);
  if (third === undefined) return { version, kind: "collection", endpoint };
  if (extra.length > 0) return unknownSegment(extra[0]!);
  if (third === "$count" && definition.count && fourth === undefined) return { version, kind: "count", endpoint };
  const call = functionCall.exec(third);
  const fn = call && definition.functions.find((f) => f.name === call[1]);
  if (call && fn && fourth === undefined) {
    if ((call[2] ?? undefined) !== fn.parameter || (call[3] !== undefined && !argumentPattern.test(call[3]))) {
      return new GraphError(400, `The function ${fn.name} takes ${fn.parameter ? `one parameter, ${fn.parameter}='...'` : "no parameters"}.`, { code: "BadRequest" });
    }
    return { version, kind: "function", endpoint, name: fn.name, argument: call[3] };
  }
  if (!graphIdPattern.test(third)) return unknownSegment(third);
  if (fourth === undefined) return { version, kind: "item", endpoint, id: third };
  if (definition.actions.includes(fourth)) return { version, kind: "action", endpoint, id: third, action: fourth };
  return unknownSegment(fourth);
}

/** The methods a path answers, and the operation each one is. */
export function methodsOf(path: GraphPath): Methods<GraphOperation> {
  switch (path.kind) {
    case "batch":
      return { POST: "batch" };
    case "collection":
      return graphEndpoints[path.endpoint].collection;
    case "item":
      return graphEndpoints[path.endpoint].item;
    case "count":
      return { GET: "count" };
    case "action":
      return { POST: "action" };
    case "function":
      return { GET: "function" };
  }
}

export type GraphTargetResult = { ok: true; target: GraphTarget } | { ok: false; error: GraphError; allow?: string[] };

/** The path and method together: a Graph operation, or the 400/405 Graph answers. */
export function graphTargetOf(segments: readonly string[], method: string): GraphTargetResult {
  const path = parseGraphPath(segments);
  if (path instanceof GraphError) return { ok: false, error: path };
  const methods = methodsOf(path);
  const operation = Object.hasOwn(methods, method) ? methods[method as keyof typeof methods] : undefined;
  if (!operation) {
    const allow = Object.keys(methods);
    const error = new GraphError(405, `The method ${method} is not allowed on this resource. Allowed: ${allow.join(", ")}.`, { code: "BadRequest" });
    return { ok: false, error, allow };
  }
  return { ok: true, target: { ...path, operation } };
}

/** The target's path after the service root, built segment by segment from the parsed parts: `/v1.0/deviceManagement/...`. */
export function graphPathOf(target: GraphPath): string {
  const encode = (part: string) => encodeURIComponent(part);
  if (target.kind === "batch") return `/${target.version}/${batchSegment}`;
  const parts = [target.version, ...graphEndpoints[target.endpoint].path].map(encode);
  if (target.kind === "count") parts.push("$count");
  if (target.kind === "item" || target.kind === "action") parts.push(encode(target.id));
  if (target.kind === "action") parts.push(encode(target.action));
  if (target.kind === "function") {
    const functions: readonly GraphFunction[] = graphEndpoints[target.endpoint].functions;
    const fn = functions.find((f) => f.name === target.name)!;
    parts.push(`${fn.name}(${fn.parameter && target.argument !== undefined ? `${fn.parameter}='${encode(target.argument)}'` : ""})`);
  }
  return `/${parts.join("/")}`;
}
