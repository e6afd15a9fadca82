import { listAnswer, selected } from "../list-answer";
import { groupSearch, requireEventualConsistency } from "../odata/group-search";
import { parseODataQuery } from "../odata/parse-query";
import { errorResponse, jsonResponse } from "../responses";
import type { RouteHandler } from "../route-context";
import { groupProperties, seedGroups } from "../seed/groups";
import { notFound } from "./partner-routes";

const list: RouteHandler = (context) => {
  const query = parseODataQuery(context.url.searchParams, groupProperties, { allowSearch: true });
  if (query.search) {
    const refused = requireEventualConsistency(context.request);
    if (refused) return errorResponse(context.ids, refused);
  }
  const search = query.search ? groupSearch(query.search) : undefined;
  const items = search ? seedGroups.filter(search) : seedGroups;
  return listAnswer(context.request, context.url, context.ids, items, query, `${context.basePathUrl}/$metadata#groups`, (g) => JSON.stringify(selected(g, query)));
};

const get: RouteHandler = (context) => {
  const query = parseODataQuery(context.url.searchParams, groupProperties);
  const id = context.target.kind === "item" ? context.target.id : "";
  const group = seedGroups.find((g) => g.id.toLowerCase() === id.toLowerCase());
  if (!group) return errorResponse(context.ids, notFound("group", id));
  return jsonResponse(context.ids, 200, { "@odata.context": `${context.basePathUrl}/$metadata#groups/$entity`, ...selected(group, query) });
};

export const groupRoutes = { list, get };
