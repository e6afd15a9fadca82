"use client";

import { SelectableGrid, type GridColumn } from "@/components/common/selectable-grid";
import type { ListSort, ListViewChange } from "@/lib/api/list-view";
import type { PartnerEntity } from "./partner-kind";
import type { RowSelection } from "./use-bulk-delete";

export interface PartnerListGridProps<E extends PartnerEntity> {
  label: string;
  items: E[];
  columns: GridColumn<E>[];
  sort: ListSort;
  isSortable: (property: string) => boolean;
  onViewChange: (change: ListViewChange) => void;
  selection: RowSelection;
}

/** The rows with a checkbox each; a click on a sortable header asks Graph for that order. */
export function PartnerListGrid<E extends PartnerEntity>({ label, items, columns, sort, isSortable, onViewChange, selection }: PartnerListGridProps<E>) {
  // A narrow window scrolls the grid, not the page.
  return (
    <div style={{ overflowX: "auto" }}>
      <SelectableGrid
        label={label}
        items={items}
        columns={columns}
        getRowId={(item) => item.id}
        rowLabel={(item) => item.displayName || item.id}
        sort={{ column: sort.property, direction: sort.direction === "desc" ? "descending" : "ascending" }}
        onSortChange={(property, direction) => {
          if (!isSortable(property)) return;
          onViewChange((current) => ({ ...current, sort: { property, direction: direction === "descending" ? "desc" : "asc" } }));
        }}
        selected={selection.selected}
        onSelectionChange={selection.setSelected}
      />
    </div>
  );
}
