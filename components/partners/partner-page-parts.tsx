"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useRef, type ReactNode } from "react";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { auditEventKeys } from "@/lib/api/query-keys";
import { AppLink } from "@/components/common/app-link";
import { ConfirmDialog } from "@/components/common/confirm-dialog";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { notifySuccess } from "@/components/common/notifications";
import { useApiVersion } from "@/components/layout/graph-scope";

// What the detail and edit pages of both partner kinds share.

/** A partner that could not be loaded: the heading, Graph's error with a retry, and the way back to the list. */
export function PartnerLoadError({ heading, error, onRetry, basePath, listName }: { heading: string; error: unknown; onRetry: () => void; basePath: string; listName: string }) {
  return (
    <>
      <h1>{heading}</h1>
      <GraphErrorBar error={error} title="The partner could not be loaded" onRetry={onRetry} />
      <AppLink href={basePath}>Back to {listName}</AppLink>
    </>
  );
}

export interface DeletePartnerDialogProps<E extends { id: string }> {
  api: PartnerResource<E>;
  id: string;
  name: string;
  /** The list the page returns to once the partner is gone. */
  basePath: string;
  open: boolean;
  onClose: () => void;
  /** What deleting removes, in words. */
  children: ReactNode;
}

/** Asks, deletes, and returns to the list once the dialog has closed (leaving while it is open would leave the page aria-hidden). */
export function DeletePartnerDialog<E extends { id: string }>({ api, id, name, basePath, open, onClose, children }: DeletePartnerDialogProps<E>) {
  const version = useApiVersion();
  const router = useRouter();
  const queryClient = useQueryClient();
  const deleted = useRef(false);
  const remove = useMutation({
    mutationFn: () => api.remove(version, id),
    onSuccess: () => {
      deleted.current = true;
      notifySuccess("Partner deleted", name);
      onClose();
    },
  });
  function afterClosed() {
    if (!deleted.current) return;
    router.push(basePath);
    // Everything but this partner's own queries, which would refetch into a 404 while the page is still mounted.
    void queryClient.invalidateQueries({ queryKey: api.keys.all, predicate: (q) => !q.queryKey.includes(id) });
    void queryClient.invalidateQueries({ queryKey: auditEventKeys.all });
  }
  return (
    <ConfirmDialog
      open={open}
      onClosed={afterClosed}
      title={`Delete ${name}?`}
      confirmLabel="Delete"
      busy={remove.isPending}
      onConfirm={() => remove.mutate()}
      requests={() => [{ method: "DELETE", version, path: `/${api.collectionPath}/${id}` }]}
      onCancel={() => {
        onClose();
        remove.reset();
      }}
    >
      <p>{children}</p>
      {remove.error ? <GraphErrorBar error={remove.error} title="The partner could not be deleted" method="DELETE" /> : null}
    </ConfirmDialog>
  );
}
