import type { ApiVersion } from "./api-version";

export type HttpMethod = "GET" | "POST" | "PATCH" | "DELETE";

/** One Graph call as an administrator would script it: the URL is relative to the version (`/deviceManagement/...`). */
export interface GraphRequestSpec {
  method: HttpMethod;
  version: ApiVersion;
  /** Path under the version, with or without its query string: `/deviceManagement/deviceManagementPartners/{id}`. */
  path: string;
  /** OData options; merged with any query string in `path`. */
  query?: Record<string, string>;
  body?: unknown;
  /** Extra request headers a script must send as well (ConsistencyLevel, Prefer). */
  headers?: Record<string, string>;
}

export type OperationKind = "list" | "get" | "count" | "create" | "update" | "delete" | "action" | "function" | "batch";

export interface Cmdlet {
  name: string;
  module: string;
  /** The parameter that takes the entity's id, for get/update/delete/action. */
  idParameter?: string;
}

export interface GraphOperation {
  kind: OperationKind;
  /** The collection's name in Graph's words (`deviceManagementPartners`), `$batch` for a batch. */
  resource: string;
  id?: string;
  action?: string;
  /** The least-privileged delegated permission for this call. */
  permission: string;
  /** The Microsoft Graph PowerShell cmdlet for it, when the SDK has one. */
  cmdlet?: Cmdlet;
}

type Verb = "Get" | "New" | "Update" | "Remove" | "Invoke";

interface ResourceAutomation {
  /** Noun after Mg/MgBeta: DeviceManagementPartner. */
  noun: string;
  idParameter: string;
  read: string;
  write?: string;
  /** PowerShell module per version; a version missing here has no such resource. */
  modules: Partial<Record<ApiVersion, string>>;
  /** Bound actions: their cmdlet noun and module per version. */
  actions?: Record<string, { noun: string; modules: Record<ApiVersion, string> }>;
  functions?: readonly string[];
}

const administration: Record<ApiVersion, string> = {
  "v1.0": "Microsoft.Graph.DeviceManagement.Administration",
  beta: "Microsoft.Graph.Beta.DeviceManagement.Administration",
};

/** What GRAPH.md lists for each resource the console calls: cmdlets, modules and least-privileged permissions. */
export const automationTable: Record<string, ResourceAutomation> = {
  deviceManagementPartners: {
    noun: "DeviceManagementPartner",
    idParameter: "DeviceManagementPartnerId",
    read: "DeviceManagementServiceConfig.Read.All",
    write: "DeviceManagementServiceConfig.ReadWrite.All",
    modules: administration,
    actions: {
      terminate: {
        noun: "TerminateDeviceManagementPartner",
        modules: { "v1.0": "Microsoft.Graph.DeviceManagement.Administration", beta: "Microsoft.Graph.Beta.DeviceManagement.Actions" },
      },
    },
  },
  complianceManagementPartners: {
    noun: "DeviceManagementComplianceManagementPartner",
    idParameter: "ComplianceManagementPartnerId",
    read: "DeviceManagementServiceConfig.Read.All",
    write: "DeviceManagementServiceConfig.ReadWrite.All",
    modules: administration,
  },
  auditEvents: {
    noun: "DeviceManagementAuditEvent",
    idParameter: "AuditEventId",
    read: "DeviceManagementApps.Read.All",
    modules: administration,
    functions: ["getAuditCategories", "getAuditActivityTypes"],
  },
  assignmentFilters: {
    noun: "DeviceManagementAssignmentFilter",
    idParameter: "DeviceAndAppManagementAssignmentFilterId",
    read: "DeviceManagementConfiguration.Read.All",
    modules: { beta: "Microsoft.Graph.Beta.DeviceManagement" },
  },
  groups: {
    noun: "Group",
    idParameter: "GroupId",
    read: "GroupMember.Read.All",
    modules: { "v1.0": "Microsoft.Graph.Groups", beta: "Microsoft.Graph.Beta.Groups" },
  },
};

/** The module every snippet can fall back on: `Invoke-MgGraphRequest` sends any request. */
export const authenticationModule = "Microsoft.Graph.Authentication";

export function splitPath(path: string): { segments: string[]; query: Record<string, string> } {
  const [pathPart = "", queryPart] = path.split("?", 2);
  const query: Record<string, string> = {};
  if (queryPart) for (const [name, value] of new URLSearchParams(queryPart.replace(/\+/g, "%2B"))) query[name] = value;
  return { segments: pathPart.split("/").filter(Boolean).map(decodeURIComponent), query };
}

function cmdletName(verb: Verb, version: ApiVersion, noun: string): string {
  return `${verb}-${version === "beta" ? "MgBeta" : "Mg"}${noun}`;
}

function functionName(segment: string): string {
  return segment.replace(/\(.*$/, "");
}

/** Reads a request against the operation table; undefined for a path the console never calls. */
export function operationOf(spec: GraphRequestSpec): GraphOperation | undefined {
  const { segments } = splitPath(spec.path);
  if (segments.length === 1 && segments[0] === "$batch") {
    return spec.method === "POST" ? { kind: "batch", resource: "$batch", permission: batchPermission(spec) } : undefined;
  }
  const underDeviceManagement = segments[0] === "deviceManagement";
  const [resource, second, third] = underDeviceManagement ? segments.slice(1) : segments;
  if (!resource || !Object.hasOwn(automationTable, resource)) return undefined;
  if (underDeviceManagement === (resource === "groups")) return undefined;
  const entry = automationTable[resource]!;
  const psModule = entry.modules[spec.version];
  if (!psModule) return undefined;
  const rest = segments.length - (underDeviceManagement ? 1 : 0);
  const cmdlet = (verb: Verb, id = true): Cmdlet => ({ name: cmdletName(verb, spec.version, entry.noun), module: psModule, ...(id ? { idParameter: entry.idParameter } : {}) });
  const write = entry.write;

  if (rest === 1) {
    if (spec.method === "GET") return { kind: "list", resource, permission: entry.read, cmdlet: cmdlet("Get", false) };
    if (spec.method === "POST" && write) return { kind: "create", resource, permission: write, cmdlet: cmdlet("New", false) };
    return undefined;
  }
  if (rest === 2 && second === "$count") return spec.method === "GET" ? { kind: "count", resource, permission: entry.read } : undefined;
  if (rest === 2 && second && entry.functions?.includes(functionName(second))) {
    return spec.method === "GET" ? { kind: "function", resource, action: functionName(second), permission: entry.read } : undefined;
  }
  if (rest === 2 && second) {
    if (spec.method === "GET") return { kind: "get", resource, id: second, permission: entry.read, cmdlet: cmdlet("Get") };
    if (spec.method === "PATCH" && write) return { kind: "update", resource, id: second, permission: write, cmdlet: cmdlet("Update") };
    if (spec.method === "DELETE" && write) return { kind: "delete", resource, id: second, permission: write, cmdlet: cmdlet("Remove") };
    return undefined;
  }
  if (rest === 3 && second && third && spec.method === "POST" && write) {
    const action = entry.actions?.[third];
    if (!action) return undefined;
    return {
      kind: "action",
      resource,
      id: second,
      action: third,
      permission: write,
      cmdlet: { name: cmdletName("Invoke", spec.version, action.noun), module: action.modules[spec.version], idParameter: entry.idParameter },
    };
  }
  return undefined;
}

/** A batch needs every permission its requests need; the least-privileged set, in a stable order. */
function batchPermission(spec: GraphRequestSpec): string {
  const requests = (spec.body as { requests?: unknown } | undefined)?.requests;
  const permissions = new Set<string>();
  if (Array.isArray(requests)) {
    for (const request of requests as { method?: unknown; url?: unknown; body?: unknown }[]) {
      if (typeof request?.method !== "string" || typeof request.url !== "string") continue;
      const method = request.method.toUpperCase() as HttpMethod;
      const inner = operationOf({ method, version: spec.version, path: request.url, body: request.body });
      if (inner && inner.kind !== "batch") permissions.add(inner.permission);
    }
  }
  return [...permissions].sort().join(", ") || automationTable.deviceManagementPartners!.read;
}
