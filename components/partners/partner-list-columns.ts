"use client";

import { createTableColumn, type TableColumnDefinition } from "@fluentui/react-components";
import { useMemo } from "react";
import type { ListViewConfig } from "@/lib/api/list-view";
import type { PartnerColumn, PartnerEntity, PartnerKindContext } from "./partner-kind";

/** A kind's columns as the grid's; Graph sorts, so compare only tells Fluent which columns are sortable. */
export function usePartnerGridColumns<E extends PartnerEntity>(
  columns: readonly PartnerColumn<E>[],
  config: ListViewConfig,
  context: PartnerKindContext,
): TableColumnDefinition<E>[] {
  return useMemo(
    () =>
      columns.map((column) =>
        createTableColumn<E>({
          columnId: column.id,
          // Fluent counts a column sortable when its compare takes arguments.
          compare: config.sortable.some((c) => c.property === column.id) ? (_a: E, _b: E) => 0 : () => 0,
          renderHeaderCell: () => column.label,
          renderCell: (item) => column.render(item, context),
        }),
      ),
    [columns, config, context],
  );
}
