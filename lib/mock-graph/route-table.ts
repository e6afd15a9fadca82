import type { GraphEndpointName, GraphOperation } from "@/lib/graph/graph-url-grammar";
import type { Access } from "./caller";
import type { RouteHandler } from "./route-context";
import { assignmentFilterRoutes } from "./routes/assignment-filter-routes";
import { auditEventFunctions, auditEventRoutes } from "./routes/audit-event-routes";
import { groupRoutes } from "./routes/group-routes";
import { deviceManagementPartnerActions, partnerRoutes } from "./routes/partner-routes";

export interface EndpointRoutes {
  /** The permission reads need, and writes (none: read-only). */
  access: { read: Access; write?: Access };
  /** Counted by Intune's throttling model. */
  throttled: boolean;
  operations: Partial<Record<Exclude<GraphOperation, "action" | "function" | "batch">, RouteHandler>>;
  actions?: Record<string, RouteHandler>;
  functions?: Record<string, RouteHandler>;
}

const partnerAccess = { read: "partners.read", write: "partners.write" } as const;

/** The mock's routes: one small handler per operation the URL grammar (lib/graph/graph-url-grammar.ts) names. */
export const routeTable: Record<GraphEndpointName, EndpointRoutes> = {
  deviceManagementPartners: { access: partnerAccess, throttled: true, operations: partnerRoutes, actions: deviceManagementPartnerActions },
  complianceManagementPartners: { access: partnerAccess, throttled: true, operations: partnerRoutes },
  assignmentFilters: { access: { read: "filters.read" }, throttled: true, operations: assignmentFilterRoutes },
  auditEvents: { access: { read: "audit.read" }, throttled: true, operations: auditEventRoutes, functions: auditEventFunctions },
  groups: { access: { read: "groups.read" }, throttled: false, operations: groupRoutes },
};
