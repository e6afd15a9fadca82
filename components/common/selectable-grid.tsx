"use client";

import { makeStyles, mergeClasses, tokens, useArrowNavigationGroup } from "@fluentui/react-components";
import { ArrowDownRegular, ArrowUpRegular } from "@fluentui/react-icons";
import type { MouseEvent, ReactNode } from "react";
import { NativeCheckbox } from "./native-checkbox";

const useStyles = makeStyles({
  table: { width: "100%", borderCollapse: "collapse", fontSize: tokens.fontSizeBase300, lineHeight: tokens.lineHeightBase300 },
  row: {
    color: tokens.colorNeutralForeground1,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    ":hover": { backgroundColor: tokens.colorSubtleBackgroundHover },
  },
  selected: { backgroundColor: tokens.colorBrandBackground2, ":hover": { backgroundColor: tokens.colorBrandBackground2 } },
  cell: { height: "44px", padding: `0 ${tokens.spacingHorizontalS}`, textAlign: "left", verticalAlign: "middle", fontWeight: tokens.fontWeightRegular },
  check: { width: "44px", padding: 0, textAlign: "center" },
  sortButton: {
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    width: "100%",
    minHeight: "32px",
    padding: 0,
    border: "none",
    backgroundColor: "inherit",
    color: "inherit",
    font: "inherit",
    textAlign: "left",
    cursor: "pointer",
    ":hover": { color: tokens.colorNeutralForeground1Hover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}`, borderRadius: tokens.borderRadiusMedium },
  },
  sortIcon: { display: "flex", fontSize: "12px" },
});

export interface GridColumn<E> {
  id: string;
  label: string;
  sortable: boolean;
  render: (item: E) => ReactNode;
}

export type GridSortDirection = "ascending" | "descending";

export interface SelectableGridProps<E> {
  /** The grid's accessible name. */
  label: string;
  items: readonly E[];
  columns: readonly GridColumn<E>[];
  getRowId: (item: E) => string;
  /** Names a row's checkbox: "Select <rowLabel>". */
  rowLabel: (item: E) => string;
  sort: { column: string; direction: GridSortDirection };
  /** A click on the sorted column flips it; on another, sorts it ascending. */
  onSortChange: (column: string, direction: GridSortDirection) => void;
  selected: ReadonlySet<string>;
  onSelectionChange: (selected: Set<string>) => void;
}

// Clicks on these keep their own meaning; a click elsewhere on a row toggles its selection, as in Fluent's DataGrid.
const interactive = "a, button, input, [tabindex]";

/**
 * A multiselect, sortable grid in Fluent's table look: a native table with grid roles. One tab stop; the arrow keys move
 * between the controls of the cells (Tabster, which Fluent loads anyway). The data is sorted elsewhere (by Graph).
 */
export function SelectableGrid<E>({ label, items, columns, getRowId, rowLabel, sort, onSortChange, selected, onSelectionChange }: SelectableGridProps<E>) {
  const styles = useStyles();
  const arrowNavigation = useArrowNavigationGroup({ axis: "grid", memorizeCurrent: true });
  const ids = items.map(getRowId);
  const selectedCount = ids.filter((id) => selected.has(id)).length;
  const allState = selectedCount === 0 ? false : selectedCount === ids.length ? true : "mixed";

  function toggle(id: string) {
    const next = new Set(selected);
    if (next.has(id)) next.delete(id);
    else next.add(id);
    onSelectionChange(next);
  }

  function onRowClick(event: MouseEvent<HTMLTableRowElement>, id: string) {
    if ((event.target as Element).closest(interactive)) return;
    toggle(id);
  }

  return (
    <table role="grid" aria-label={label} aria-multiselectable="true" className={styles.table} {...arrowNavigation}>
      <thead>
        <tr className={styles.row}>
          <th role="columnheader" className={mergeClasses(styles.cell, styles.check)}>
            <NativeCheckbox
              aria-label="Select all rows"
              checked={allState}
              onChange={() => onSelectionChange(allState === true ? new Set() : new Set(ids))}
            />
          </th>
          {columns.map((column) => {
            const direction = sort.column === column.id ? sort.direction : undefined;
            return (
              <th key={column.id} role="columnheader" className={styles.cell} aria-sort={column.sortable ? (direction ?? "none") : undefined}>
                {column.sortable ? (
                  <button
                    type="button"
                    className={styles.sortButton}
                    onClick={() => onSortChange(column.id, direction === "ascending" ? "descending" : "ascending")}
                  >
                    {column.label}
                    {direction ? (
                      <span className={styles.sortIcon} aria-hidden>
                        {direction === "ascending" ? <ArrowUpRegular /> : <ArrowDownRegular />}
                      </span>
                    ) : null}
                  </button>
                ) : (
                  column.label
                )}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>
        {items.map((item) => {
          const id = getRowId(item);
          const isSelected = selected.has(id);
          return (
            <tr key={id} aria-selected={isSelected} className={mergeClasses(styles.row, isSelected && styles.selected)} onClick={(e) => onRowClick(e, id)}>
              <td role="gridcell" className={mergeClasses(styles.cell, styles.check)}>
                <NativeCheckbox aria-label={`Select ${rowLabel(item)}`} checked={isSelected} onChange={() => toggle(id)} />
              </td>
              {columns.map((column) => (
                <td key={column.id} role="gridcell" className={styles.cell}>
                  {column.render(item)}
                </td>
              ))}
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
