import type { GraphEnum } from "@/lib/graph/enums";
import { healthFilter, partnerHealthLabels, partnerHealths } from "@/lib/graph/partner-health";
import type { ODataQuery } from "./graph-url";

/** One choice of a filter; choices of one facet are OR'ed, facets are AND'ed. */
export interface FacetOption {
  value: string;
  label: string;
  /** The OData `$filter` expression this choice stands for. */
  expression: string;
}

export interface Facet {
  /** URL search parameter name. */
  key: string;
  label: string;
  options: readonly FacetOption[];
}

export interface SortableColumn {
  /** The Graph property `$orderby` uses. */
  property: string;
  label: string;
}

/** What a list page needs to know about its resource to build queries. */
export interface ListViewConfig {
  /** Property searched with `contains`. */
  searchProperty: string;
  facets: readonly Facet[];
  sortable: readonly SortableColumn[];
  defaultSort: ListSort;
  /** `$select` for the grid. */
  select: readonly string[];
}

export interface ListSort {
  property: string;
  direction: "asc" | "desc";
}

export interface ListView {
  search: string;
  filters: Record<string, string[]>;
  sort: ListSort;
}

/** A change to a view, applied to the latest one asked for. */
export type ListViewChange = (current: ListView) => ListView;

/** OData string literal: single quotes doubled. */
export function odataString(value: string): string {
  return `'${value.replaceAll("'", "''")}'`;
}

export function enumFacet(key: string, label: string, property: string, graphEnum: GraphEnum): Facet {
  return {
    key,
    label,
    options: graphEnum.members.map((member) => ({
      value: member,
      label: (graphEnum.labels as Record<string, string>)[member] ?? member,
      expression: `${property} eq ${odataString(member)}`,
    })),
  };
}

export function filterExpression(view: ListView, config: ListViewConfig): string | undefined {
  const clauses: string[] = [];
  const search = view.search.trim();
  if (search) clauses.push(`contains(${config.searchProperty},${odataString(search)})`);
  for (const facet of config.facets) {
    const chosen = facet.options.filter((o) => view.filters[facet.key]?.includes(o.value));
    if (chosen.length === 1) clauses.push(chosen[0]!.expression);
    else if (chosen.length > 1) clauses.push(`(${chosen.map((o) => o.expression).join(" or ")})`);
  }
  return clauses.length ? clauses.join(" and ") : undefined;
}

/** The list request's OData options; sorts by id last so pages are stable. */
export function listQuery(view: ListView, config: ListViewConfig): ODataQuery {
  const filter = filterExpression(view, config);
  const orderby = `${view.sort.property} ${view.sort.direction}`;
  return {
    $select: config.select.join(","),
    ...(filter ? { $filter: filter } : {}),
    $orderby: orderby,
    $count: "true",
  };
}

/** Reads a view from URL search parameters, ignoring anything the config does not know. */
export function parseListView(params: URLSearchParams, config: ListViewConfig): ListView {
  const filters: Record<string, string[]> = {};
  for (const facet of config.facets) {
    const values = (params.get(facet.key) ?? "")
      .split(",")
      .filter((v) => facet.options.some((o) => o.value === v));
    if (values.length) filters[facet.key] = values;
  }
  const sortProperty = params.get("sort");
  const sort: ListSort =
    sortProperty && config.sortable.some((c) => c.property === sortProperty)
      ? { property: sortProperty, direction: params.get("dir") === "desc" ? "desc" : "asc" }
      : config.defaultSort;
  return { search: params.get("q") ?? "", filters, sort };
}

/** Writes a view to URL search parameters; defaults are left out so URLs stay short. */
export function listViewParams(view: ListView, config: ListViewConfig): URLSearchParams {
  const params = new URLSearchParams();
  if (view.search) params.set("q", view.search);
  for (const facet of config.facets) {
    const values = view.filters[facet.key];
    if (values?.length) params.set(facet.key, values.join(","));
  }
  if (view.sort.property !== config.defaultSort.property || view.sort.direction !== config.defaultSort.direction) {
    params.set("sort", view.sort.property);
    params.set("dir", view.sort.direction);
  }
  return params;
}

/** The Health filter: each choice is its health's `$filter` as of `now`, so Graph filters and pages. */
export function healthFacet(now: Date): Facet {
  return {
    key: "health",
    label: "Health",
    options: partnerHealths.map((health) => ({ value: health, label: partnerHealthLabels[health], expression: `(${healthFilter(health, now)})` })),
  };
}
