"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { auditEventKeys } from "@/lib/api/query-keys";
import { notifySuccess } from "@/components/common/notifications";

/** The rows chosen in a list; a change of the list's view clears them. */
export function useRowSelection() {
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const clear = useCallback(() => setSelected(new Set()), []);
  return { selected, setSelected, clear };
}

export type RowSelection = ReturnType<typeof useRowSelection>;

/** Deleting the chosen rows: after a partial failure only the rows that failed stay chosen, with the first error. */
export function useBulkDelete<E extends { id: string }>(api: PartnerResource<E>, version: ApiVersion, items: readonly E[], selection: RowSelection) {
  const queryClient = useQueryClient();
  const { selected, setSelected } = selection;
  const [confirming, setConfirming] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<unknown>();
  const selectedItems = items.filter((item) => selected.has(item.id));

  async function deleteSelected() {
    setDeleting(true);
    setDeleteError(undefined);
    let failures: { id: string; error: unknown }[];
    try {
      // $batch calls of up to 20; the code loads on the first delete, so the list page does not carry it.
      const { batchDelete } = await import("@/lib/api/batch-delete");
      failures = await batchDelete(version, api.collectionPath, selectedItems.map((i) => i.id));
    } catch (error) {
      failures = selectedItems.map((i) => ({ id: i.id, error }));
    }
    setDeleting(false);
    const deleted = selectedItems.length - failures.length;
    if (deleted > 0) notifySuccess(deleted === 1 ? "1 partner deleted" : `${deleted} partners deleted`);
    await queryClient.invalidateQueries({ queryKey: api.keys.all });
    void queryClient.invalidateQueries({ queryKey: auditEventKeys.all });
    const failed = new Set(failures.map((f) => f.id));
    setSelected(new Set([...selected].filter((id) => failed.has(id))));
    if (failures.length) setDeleteError(failures[0]!.error);
    else setConfirming(false);
  }

  return {
    selectedItems,
    confirming,
    confirm: () => setConfirming(true),
    cancel: () => {
      setConfirming(false);
      setDeleteError(undefined);
    },
    deleting,
    deleteError,
    deleteSelected,
  };
}

export type BulkDelete<E extends { id: string }> = ReturnType<typeof useBulkDelete<E>>;
