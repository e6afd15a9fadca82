"use client";

import {
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  Text,
  createTableColumn,
  makeStyles,
  tokens,
  type SortDirection,
  type TableColumnDefinition,
  type TableRowId,
} from "@fluentui/react-components";
import { AddRegular, DeleteRegular } from "@fluentui/react-icons";
import { useInfiniteQuery, useQueryClient } from "@tanstack/react-query";
import NextLink from "next/link";
import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from "react";
import { listQuery, listViewParams, parseListView, type ListView, type ListViewChange, type ListViewConfig } from "@/lib/api/list-view";
import { removeMany, type PartnerResource } from "@/lib/api/partner-resource";
import { BulkDeleteDialog } from "@/components/common/bulk-delete-dialog";
import { EmptyState } from "@/components/common/empty-state";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { notifySuccess } from "@/components/common/notifications";
import { ListToolbar } from "@/components/common/list-toolbar";
import { LoadingState } from "@/components/common/loading-state";
import { useNow } from "@/components/common/use-now";
import { useApiVersion } from "@/components/layout/preferences-context";

const useStyles = makeStyles({
  header: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  actions: { marginLeft: "auto", display: "flex", gap: tokens.spacingHorizontalS },
  footer: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, marginBlock: tokens.spacingVerticalM },
  newLink: {
    display: "inline-flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalXS,
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorBrandBackground,
    color: tokens.colorNeutralForegroundOnBrand,
    textDecoration: "none",
    fontWeight: tokens.fontWeightSemibold,
    ":hover": { backgroundColor: tokens.colorBrandBackgroundHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

export interface PartnerColumn<E> {
  /** The Graph property; sortable when the list config names it. */
  property: string;
  label: string;
  render: (item: E, now: Date) => ReactNode;
}

export interface PartnerListProps<E extends { id: string; displayName?: string | null }> {
  api: PartnerResource<E>;
  config: ListViewConfig;
  columns: readonly PartnerColumn<E>[];
  title: string;
  /** Singular, lower case: "device management partner". */
  noun: string;
  /** The list's route, e.g. "/device-partners"; new is `${basePath}/new`. */
  basePath: string;
}

/** A partner collection in a grid: Graph filters, sorts and pages; the view lives in the URL. */
export function PartnerList<E extends { id: string; displayName?: string | null }>({ api, config, columns, title, noun, basePath }: PartnerListProps<E>) {
  const styles = useStyles();
  const version = useApiVersion();
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const queryClient = useQueryClient();
  const now = useNow();
  const view = useMemo(() => parseListView(new URLSearchParams(searchParams.toString()), config), [searchParams, config]);
  const query = useMemo(() => listQuery(view, config), [view, config]);
  const list = useInfiniteQuery(api.listOptions(version, query));
  const items = useMemo(() => list.data?.pages.flatMap((p) => p.value) ?? [], [list.data]);
  const total = list.data?.pages[0]?.["@odata.count"];

  const [selected, setSelected] = useState<Set<TableRowId>>(new Set());
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();
  const selectedItems = items.filter((item) => selected.has(item.id));

  // The view lives in the URL. history.replaceState changes it without a server render (useSearchParams follows it).
  // A change builds on the view last asked for, not on the one rendered: two changes before the next render (Clear
  // filters while a typed search waits to be sent) must not undo each other.
  const pending = useRef<{ view: ListView; params: string }[]>([]);
  const currentParams = searchParams.toString();
  useEffect(() => {
    const reached = pending.current.findIndex((p) => p.params === currentParams);
    pending.current = reached === -1 ? [] : pending.current.slice(reached + 1);
  }, [currentParams]);
  const setView = useCallback(
    (change: ListViewChange) => {
      const next = change(pending.current.at(-1)?.view ?? view);
      const params = listViewParams(next, config).toString();
      pending.current.push({ view: next, params });
      setSelected(new Set());
      window.history.replaceState(null, "", params ? `${pathname}?${params}` : pathname);
    },
    [config, pathname, view],
  );

  const gridColumns: TableColumnDefinition<E>[] = useMemo(
    () =>
      columns.map((column) =>
        createTableColumn<E>({
          columnId: column.property,
          // Graph sorts; Fluent counts a column sortable when its compare takes arguments.
          compare: config.sortable.some((c) => c.property === column.property) ? (_a: E, _b: E) => 0 : () => 0,
          renderHeaderCell: () => column.label,
          renderCell: (item) => column.render(item, now),
        }),
      ),
    [columns, config, now],
  );

  async function deleteSelected() {
    setDeleting(true);
    setDeleteError(undefined);
    const ids = selectedItems.map((i) => i.id);
    const failures = await removeMany(api, version, ids);
    setDeleting(false);
    await queryClient.invalidateQueries({ queryKey: api.keys.all });
    const failed = new Set(failures.map((f) => f.id));
    setSelected(new Set([...selected].filter((id) => failed.has(String(id)))));
    if (failures.length < ids.length) notifySuccess(`${ids.length - failures.length} of ${ids.length} partners deleted`);
    if (failures.length) setDeleteError(failures[0]!.error);
    else setConfirming(false);
  }

  const sortDirection: SortDirection = view.sort.direction === "desc" ? "descending" : "ascending";

  return (
    <>
      <div className={styles.header}>
        <h1>{title}</h1>
        <div className={styles.actions}>
          <Button icon={<DeleteRegular />} disabled={!selectedItems.length} onClick={() => setConfirming(true)}>
            Delete selected{selectedItems.length ? ` (${selectedItems.length})` : ""}
          </Button>
          <NextLink href={`${basePath}/new`} className={styles.newLink}>
            <AddRegular aria-hidden /> New partner
          </NextLink>
        </div>
      </div>
      <ListToolbar config={config} view={view} onChange={setView} />
      {list.error ? <GraphErrorBar error={list.error} title={`The ${noun}s could not be loaded`} onRetry={() => list.refetch()} /> : null}
      {list.isPending ? (
        <LoadingState label={`Loading ${noun}s…`} />
      ) : !items.length && !list.error ? (
        <EmptyState title={`No ${noun}s match this view.`}>
          {view.search || Object.keys(view.filters).length ? <Text>Try another search or clear the filters.</Text> : <Text>Create one with “New partner”.</Text>}
        </EmptyState>
      ) : items.length ? (
        <DataGrid
          aria-label={title}
          items={items}
          columns={gridColumns}
          getRowId={(item: E) => item.id}
          sortable
          sortState={{ sortColumn: view.sort.property, sortDirection }}
          onSortChange={(_, state) => {
            const property = String(state.sortColumn);
            if (!config.sortable.some((c) => c.property === property)) return;
            setView((current) => ({ ...current, sort: { property, direction: state.sortDirection === "descending" ? "desc" : "asc" } }));
          }}
          selectionMode="multiselect"
          selectedItems={selected}
          onSelectionChange={(_, data) => setSelected(new Set(data.selectedItems))}
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
                {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
              </DataGridRow>
            )}
          </DataGridBody>
        </DataGrid>
      ) : null}
      <div className={styles.footer}>
        {items.length ? (
          <Text role="status">
            Showing {items.length}
            {total !== undefined ? ` of ${total}` : ""} {noun}s
          </Text>
        ) : null}
        {list.hasNextPage ? (
          <Button onClick={() => list.fetchNextPage()} disabled={list.isFetchingNextPage}>
            {list.isFetchingNextPage ? "Loading more…" : "Load more"}
          </Button>
        ) : null}
      </div>
      <BulkDeleteDialog
        open={confirming}
        noun={noun}
        items={selectedItems}
        busy={deleting}
        onConfirm={deleteSelected}
        onCancel={() => {
          setConfirming(false);
          setDeleteError(undefined);
        }}
      >
        {deleteError ? <GraphErrorBar error={deleteError} title="Some could not be deleted" method="DELETE" /> : null}
      </BulkDeleteDialog>
    </>
  );
}
