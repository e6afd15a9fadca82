import { nextLinkOf, offsetOf, pageSizeOf } from "./entity-view";
import { applySelect, type ODataQuery } from "./odata/parse-query";
import { serializedJsonResponse, type ResponseIds } from "./responses";

export interface ListOptions {
  /** Intune in service flavor: $orderby accepted and ignored. */
  ignoreOrderBy?: boolean;
  /** Intune in service flavor: @odata.count that is not the collection's size. */
  count?: (total: number) => number;
}

/** One page of a collection, as Graph answers it: filtered, ordered, paged with @odata.nextLink. */
export function listAnswer(
  request: Request,
  url: URL,
  ids: ResponseIds,
  items: readonly Record<string, unknown>[],
  query: ODataQuery,
  contextUrl: string,
  render: (item: Record<string, unknown>) => string,
  options: ListOptions = {},
): Response {
  let rows = items;
  if (query.filter) rows = rows.filter(query.filter);
  if (query.orderBy && !options.ignoreOrderBy) rows = (rows === items ? rows.slice() : (rows as Record<string, unknown>[])).sort(query.orderBy);
  const total = rows.length;
  const start = query.skiptoken !== undefined ? offsetOf(query.skiptoken) : (query.skip ?? 0);
  // As on Graph, $top sets the page size; @odata.nextLink carries on to the end of the collection.
  const page = pageSizeOf(request, query.top);
  const end = page.size === 0 ? start : total;
  const pageEnd = Math.min(end, start + page.size);
  const value: string[] = [];
  for (let i = start; i < pageEnd; i++) value.push(render(rows[i]!));
  let json = `{"@odata.context":${JSON.stringify(contextUrl)}`;
  if (query.count) json += `,"@odata.count":${options.count ? options.count(total) : total}`;
  if (pageEnd < end) json += `,"@odata.nextLink":${JSON.stringify(nextLinkOf(url, pageEnd))}`;
  json += `,"value":[${value.join(",")}]}`;
  return serializedJsonResponse(ids, 200, json, page.applied ? { "preference-applied": page.applied } : undefined);
}

/** `$select`, keeping `@odata.type` and `id` as Graph does. */
export function selected(view: Record<string, unknown>, query: ODataQuery): Record<string, unknown> {
  if (!query.select) return view;
  const result = applySelect(view, query.select);
  return "@odata.type" in view ? { "@odata.type": view["@odata.type"], ...result } : result;
}
