"use client";

import { Text } from "@fluentui/react-components";
import { useInfiniteQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { collectionCount } from "@/lib/api/collection-count";
import { inRequestedOrder } from "@/lib/api/list-order";
import { EmptyState } from "@/components/common/empty-state";
import { ListToolbar } from "@/components/common/list-toolbar";
import { LoadingState } from "@/components/common/loading-state";
import { loadOnFirstOpen } from "@/components/common/load-on-first-open";
import { loadWhenShown } from "@/components/common/load-when-shown";
import { useNow } from "@/components/common/use-now";
import { useApiVersion } from "@/components/layout/graph-scope";
import { listViewConfigOf, type PartnerEntity, type PartnerKind } from "./partner-kind";
import { usePartnerGridColumns } from "./partner-list-columns";
import { ExportCsvButton } from "./export-csv-button";
import { PartnerListGrid } from "./partner-list-grid";
import { PartnerListHeader } from "./partner-list-header";
import { PartnerListPagination } from "./partner-list-pagination";
import { useBulkDelete, useRowSelection } from "./use-bulk-delete";
import { useListViewState } from "./use-list-view-state";

// Shown only when something went wrong or Graph ignored the order: the list page does not carry their code.
const GraphErrorBar = loadWhenShown(() => import("@/components/common/graph-error-bar").then((m) => m.GraphErrorBar));
const SortedHereNotice = loadWhenShown(() => import("@/components/common/sorted-here-notice").then((m) => m.SortedHereNotice));
const BulkDeleteDialog = loadOnFirstOpen(() => import("@/components/common/bulk-delete-dialog").then((m) => m.BulkDeleteDialog));

/** A partner collection in a grid: Graph filters, sorts and pages; the view lives in the URL. */
export function PartnerList<E extends PartnerEntity>({ kind }: { kind: PartnerKind<E> }) {
  const version = useApiVersion();
  const now = useNow();
  const { singular, title } = kind.nouns;
  // The Health filter reckons heartbeat limits from when the list opened, so its query (and cache key) stays put.
  const [openedAt] = useState(() => new Date());
  const config = useMemo(() => listViewConfigOf(kind, version, openedAt), [kind, version, openedAt]);
  const selection = useRowSelection();
  const { view, query, setView } = useListViewState(config, selection.clear);
  const list = useInfiniteQuery(kind.api.listOptions(version, query));
  const ordered = useMemo(() => inRequestedOrder(list.data?.pages.flatMap((p) => p.value) ?? [], view.sort), [list.data, view.sort]);
  const items = ordered.rows;
  const bulk = useBulkDelete(kind.api, version, items, selection);
  const context = useMemo(() => ({ version, now }), [version, now]);
  const columns = usePartnerGridColumns(kind.list.columns, config, context);

  return (
    <>
      <PartnerListHeader title={title} selectedCount={bulk.selectedItems.length} onDelete={bulk.confirm} newHref={kind.routes.new}>
        <ExportCsvButton kind={kind} version={version} query={query} />
      </PartnerListHeader>
      <ListToolbar config={config} view={view} onChange={setView} />
      {ordered.sortedHere ? (
        <SortedHereNotice column={kind.list.columns.find((c) => c.id === view.sort.property)?.label ?? view.sort.property} loaded={items.length} more={Boolean(list.hasNextPage)} />
      ) : null}
      {list.error ? <GraphErrorBar error={list.error} title={`The ${singular}s could not be loaded`} onRetry={() => list.refetch()} /> : null}
      {list.isPending ? (
        <LoadingState label={`Loading ${singular}s…`} />
      ) : !items.length && !list.error ? (
        <EmptyState title={`No ${singular}s match this view.`}>
          {view.search || Object.keys(view.filters).length ? <Text>Try another search or clear the filters.</Text> : <Text>Create one with “New partner”.</Text>}
        </EmptyState>
      ) : items.length ? (
        <PartnerListGrid
          label={title}
          items={items}
          columns={columns}
          sort={view.sort}
          isSortable={(property) => config.sortable.some((c) => c.property === property)}
          onViewChange={setView}
          selection={selection}
        />
      ) : null}
      <PartnerListPagination
        shown={items.length}
        total={list.data ? collectionCount(list.data.pages) : undefined}
        nouns={`${singular}s`}
        hasMore={list.hasNextPage}
        loadingMore={list.isFetchingNextPage}
        onLoadMore={() => list.fetchNextPage()}
      />
      <BulkDeleteDialog open={bulk.confirming} noun={singular} items={bulk.selectedItems} busy={bulk.deleting} onConfirm={bulk.deleteSelected} onCancel={bulk.cancel} version={version} collectionPath={kind.api.collectionPath}>
        {bulk.deleteError ? <GraphErrorBar error={bulk.deleteError} title="Some could not be deleted" method="DELETE" /> : null}
      </BulkDeleteDialog>
    </>
  );
}
