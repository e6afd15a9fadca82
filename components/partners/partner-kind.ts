import type { ReactElement, ReactNode } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { DeviceManagementPartnerTenantState } from "@/lib/graph/enums";
import type { ResourceName } from "@/lib/graph/resources";
import { healthFacet, type Facet, type ListViewConfig } from "@/lib/api/list-view";
import type { PartnerResource } from "@/lib/api/partner-resource";
import type { PartnerRoutes } from "./partner-routes";

// What the generic list, detail, new and edit pages (components/partners) know of a partner kind. A descriptor holds
// no zod, so pages that only read load no validator; the form model (schema, defaults, body) is beside each form.

export type PartnerEntity = {
  id: string;
  displayName?: string | null;
  partnerState?: DeviceManagementPartnerTenantState | null;
  lastHeartbeatDateTime?: string | null;
};

export interface PartnerKindContext {
  version: ApiVersion;
  now: Date;
}

export interface PartnerColumn<E> {
  /** The column's id; the Graph property `$orderby` uses when sortable. */
  id: string;
  label: string;
  /** The properties the cell reads, asked for with `$select`. */
  select: (version: ApiVersion) => readonly string[];
  sortable?: boolean;
  render: (item: E, context: PartnerKindContext) => ReactNode;
}

export interface PartnerDetailRow<E> {
  /** The Graph property the row shows ("id" included). */
  property: keyof E & string;
  label: string;
  render: (item: E, context: PartnerKindContext) => ReactNode;
}

/** A bound action of the resource (lib/graph/resources.ts), offered on the detail page behind a confirmation. */
export interface PartnerAction<E> {
  name: string;
  label: string;
  icon: ReactElement;
  disabled?: (item: E) => boolean;
  /** What the action does, in words, for the confirmation. */
  explanation: (name: string) => ReactNode;
  /** The error bar's title when Graph refuses it. */
  failureTitle: string;
  /** The notification once it worked: "Partner terminated". */
  done: string;
}

export interface PartnerKind<E extends PartnerEntity> {
  resource: ResourceName;
  api: PartnerResource<E>;
  routes: PartnerRoutes;
  nouns: {
    /** Lower case, singular: "device management partner". */
    singular: string;
    /** The list's title and the way back to it: "Device management partners". */
    title: string;
    /** The detail page's heading while the partner cannot be shown: "Device management partner". */
    heading: string;
  };
  list: {
    columns: readonly PartnerColumn<E>[];
    facets: (version: ApiVersion) => readonly Facet[];
    defaultSort: ListViewConfig["defaultSort"];
  };
  detail: {
    rows: readonly PartnerDetailRow<E>[];
    /** Kind-specific parts below the rows, and the properties they show. */
    sections?: { properties: (version: ApiVersion) => readonly (keyof E & string)[]; render: (item: E, context: PartnerKindContext) => ReactNode };
    /** A line under the heading, e.g. that the partnership is terminated. */
    notice?: (item: E) => ReactNode;
    actions?: readonly PartnerAction<E>[];
    /** What deleting removes, in words. */
    deleteExplanation: string;
  };
}

/**
 * The list's query view per version, from the columns: `$select` what the cells read, sort where a column is sortable.
 * Every kind has a Health filter; its heartbeat limits are reckoned from `now`.
 */
export function listViewConfigOf<E extends PartnerEntity>(kind: PartnerKind<E>, version: ApiVersion, now: Date): ListViewConfig {
  const { columns, facets, defaultSort } = kind.list;
  return {
    searchProperty: "displayName",
    facets: [healthFacet(now), ...facets(version)],
    sortable: columns.filter((c) => c.sortable).map((c) => ({ property: c.id, label: c.label })),
    defaultSort,
    select: [...new Set(["id", ...columns.flatMap((c) => c.select(version))])],
  };
}

/** The Graph properties a kind shows in a version: its detail rows and sections. The descriptor test holds them to the schema. */
export function shownProperties<E extends PartnerEntity>(kind: PartnerKind<E>, version: ApiVersion): string[] {
  return [...kind.detail.rows.map((r) => r.property), ...(kind.detail.sections?.properties(version) ?? [])];
}
