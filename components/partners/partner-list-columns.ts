"use client";

import { useMemo } from "react";
import type { GridColumn } from "@/components/common/selectable-grid";
import type { ListViewConfig } from "@/lib/api/list-view";
import type { PartnerColumn, PartnerEntity, PartnerKindContext } from "./partner-kind";

/** A kind's columns as the grid's; Graph sorts, so the grid only shows the order and asks for another. */
export function usePartnerGridColumns<E extends PartnerEntity>(
  columns: readonly PartnerColumn<E>[],
  config: ListViewConfig,
  context: PartnerKindContext,
): GridColumn<E>[] {
  return useMemo(
    () =>
      columns.map((column) => ({
        id: column.id,
        label: column.label,
        sortable: config.sortable.some((c) => c.property === column.id),
        render: (item: E) => column.render(item, context),
      })),
    [columns, config, context],
  );
}
