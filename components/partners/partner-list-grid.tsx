"use client";

import {
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  type SortDirection,
  type TableColumnDefinition,
} from "@fluentui/react-components";
import type { KeyboardEvent } from "react";
import type { ListSort, ListViewChange } from "@/lib/api/list-view";
import type { PartnerEntity } from "./partner-kind";
import type { RowSelection } from "./use-bulk-delete";

export interface PartnerListGridProps<E extends PartnerEntity> {
  label: string;
  items: E[];
  columns: TableColumnDefinition<E>[];
  sort: ListSort;
  isSortable: (property: string) => boolean;
  onViewChange: (change: ListViewChange) => void;
  selection: RowSelection;
}

/** Enter on a focused cell (arrow keys reach it) follows the link inside it, as a click would. */
function openLinkOnEnter(event: KeyboardEvent<HTMLElement>) {
  if (event.key !== "Enter" || event.target !== event.currentTarget) return;
  const link = event.currentTarget.querySelector("a[href]");
  if (link instanceof HTMLAnchorElement) {
    event.preventDefault();
    link.click();
  }
}

/** The rows with a checkbox each; a click on a sortable header asks Graph for that order. */
export function PartnerListGrid<E extends PartnerEntity>({ label, items, columns, sort, isSortable, onViewChange, selection }: PartnerListGridProps<E>) {
  const sortDirection: SortDirection = sort.direction === "desc" ? "descending" : "ascending";
  // A narrow window scrolls the grid, not the page.
  return (
    <div style={{ overflowX: "auto" }}>
    <DataGrid
      aria-label={label}
      items={items}
      columns={columns}
      getRowId={(item: E) => item.id}
      sortable
      sortState={{ sortColumn: sort.property, sortDirection }}
      onSortChange={(_, state) => {
        const property = String(state.sortColumn);
        if (!isSortable(property)) return;
        onViewChange((current) => ({ ...current, sort: { property, direction: state.sortDirection === "descending" ? "desc" : "asc" } }));
      }}
      selectionMode="multiselect"
      selectedItems={selection.selected}
      onSelectionChange={(_, data) => selection.setSelected(new Set(data.selectedItems))}
      focusMode="composite"
    >
      <DataGridHeader>
        <DataGridRow selectionCell={{ checkboxIndicator: { "aria-label": "Select all rows" } }}>
          {({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}
        </DataGridRow>
      </DataGridHeader>
      <DataGridBody<E>>
        {({ item, rowId }) => (
          <DataGridRow<E> key={rowId} selectionCell={{ checkboxIndicator: { "aria-label": `Select ${item.displayName || item.id}` } }}>
            {({ renderCell }) => <DataGridCell onKeyDown={openLinkOnEnter}>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
    </div>
  );
}
