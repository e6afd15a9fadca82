import { GraphError } from "@/lib/graph/graph-error";
import { listAnswer, selected } from "../list-answer";
import { parseODataQuery } from "../odata/parse-query";
import { errorResponse, jsonResponse } from "../responses";
import type { RouteHandler } from "../route-context";
import { groupProperties, seedGroups } from "../seed/groups";
import { notFound } from "./partner-routes";

const list: RouteHandler = (context) => {
  const query = parseODataQuery(context.url.searchParams, groupProperties, { allowSearch: true });
  const search = query.search ? searchOf(query.search) : undefined;
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

/** Graph's `$search="displayName:word"`: every word, case-insensitive, in the property (displayName or description). */
function searchOf(search: string): (item: Record<string, unknown>) => boolean {
  const clauses = search
    .split(/\s+(?:AND|OR)\s+/)
    .map((clause) => clause.trim().replace(/^"|"$/g, ""))
    .filter(Boolean)
    .map((clause) => {
      const match = /^(displayName|description|mailNickname):(.*)$/.exec(clause);
      if (!match && clause.includes(":")) {
        throw new GraphError(400, `$search supports displayName, description and mailNickname, not '${clause.split(":")[0]}'.`, { code: "BadRequest", target: "$search" });
      }
      const properties = match ? [match[1]!] : ["displayName", "description"];
      const word = (match ? match[2]! : clause).toLowerCase();
      return (item: Record<string, unknown>) => properties.some((p) => String(item[p] ?? "").toLowerCase().includes(word));
    });
  return (item) => clauses.every((clause) => clause(item));
}
