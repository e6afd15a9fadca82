import { auditActivityTypes, auditEventProperties } from "@/lib/graph/audit-event";
import { listAnswer, selected } from "../list-answer";
import { parseODataQuery } from "../odata/parse-query";
import { errorResponse, jsonResponse } from "../responses";
import type { RouteContext, RouteHandler } from "../route-context";
import { notFound } from "./partner-routes";

const view = (event: object) => ({ "@odata.type": "#microsoft.graph.auditEvent", ...event });
const contextUrl = (context: RouteContext) => `${context.basePathUrl}/$metadata#deviceManagement/auditEvents`;

const list: RouteHandler = async (context) => {
  const query = parseODataQuery(context.url.searchParams, auditEventProperties);
  const tenant = await context.services.tenants.get(context.caller.tenant);
  const events = tenant.data.auditEvents as unknown as Record<string, unknown>[];
  return listAnswer(context.request, context.url, context.ids, events, query, contextUrl(context), (e) => JSON.stringify(selected(view(e), query)));
};

const get: RouteHandler = async (context) => {
  const query = parseODataQuery(context.url.searchParams, auditEventProperties);
  const tenant = await context.services.tenants.get(context.caller.tenant);
  const id = context.target.kind === "item" ? context.target.id.toLowerCase() : "";
  const event = tenant.data.auditEvents.find((e) => e.id.toLowerCase() === id);
  if (!event) return errorResponse(context.ids, notFound("auditEvent", id));
  return jsonResponse(context.ids, 200, { "@odata.context": `${contextUrl(context)}/$entity`, ...selected(view(event), query) });
};

const strings = (context: RouteContext, value: readonly string[]) =>
  jsonResponse(context.ids, 200, { "@odata.context": `${context.basePathUrl}/$metadata#Collection(Edm.String)`, value });

const getAuditCategories: RouteHandler = (context) => strings(context, Object.keys(auditActivityTypes));

const getAuditActivityTypes: RouteHandler = (context) => {
  const category = context.target.kind === "function" ? (context.target.argument ?? "") : "";
  return strings(context, Object.hasOwn(auditActivityTypes, category) ? auditActivityTypes[category]! : []);
};

export const auditEventRoutes = { list, get };
export const auditEventFunctions = { getAuditCategories, getAuditActivityTypes };
