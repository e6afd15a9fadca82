import { assignmentFilterProperties } from "@/lib/graph/assignment-filter";
import { listAnswer, selected } from "../list-answer";
import { parseODataQuery } from "../odata/parse-query";
import { errorResponse, jsonResponse } from "../responses";
import type { RouteHandler } from "../route-context";
import { seedAssignmentFilters } from "../seed/assignment-filters";
import { notFound } from "./partner-routes";

const view = (filter: Record<string, unknown>) => ({ "@odata.type": "#microsoft.graph.deviceAndAppManagementAssignmentFilter", ...filter });

const list: RouteHandler = (context) => {
  const query = parseODataQuery(context.url.searchParams, assignmentFilterProperties);
  const contextUrl = `${context.basePathUrl}/$metadata#deviceManagement/assignmentFilters`;
  return listAnswer(context.request, context.url, context.ids, seedAssignmentFilters, query, contextUrl, (f) => JSON.stringify(selected(view(f), query)));
};

const get: RouteHandler = (context) => {
  const query = parseODataQuery(context.url.searchParams, assignmentFilterProperties);
  const id = context.target.kind === "item" ? context.target.id : "";
  const filter = seedAssignmentFilters.find((f) => f.id.toLowerCase() === id.toLowerCase());
  if (!filter) return errorResponse(context.ids, notFound("deviceAndAppManagementAssignmentFilter", id));
  const contextUrl = `${context.basePathUrl}/$metadata#deviceManagement/assignmentFilters/$entity`;
  return jsonResponse(context.ids, 200, { "@odata.context": contextUrl, ...selected(view(filter), query) });
};

export const assignmentFilterRoutes = { list, get };
