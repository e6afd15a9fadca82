"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import { ConfirmDialog } from "./confirm-dialog";

const useStyles = makeStyles({ list: { maxHeight: "240px", overflowY: "auto", marginBlock: tokens.spacingVerticalS } });

export interface BulkDeleteDialogProps {
  open: boolean;
  /** What is deleted, e.g. "device management partner". */
  noun: string;
  items: readonly { id: string; displayName?: string | null }[];
  busy?: boolean;
  /** Shown under the list, e.g. an error bar after a partial failure. */
  children?: ReactNode;
  onConfirm: () => void;
  onCancel: () => void;
  /** Where the items live, for "Show request": the version and the collection's path under it. */
  version: ApiVersion;
  collectionPath: string;
}

/** Names every item that will go before it goes. */
export function BulkDeleteDialog({ open, noun, items, busy, children, onConfirm, onCancel, version, collectionPath }: BulkDeleteDialogProps) {
  const styles = useStyles();
  const count = items.length;
  const label = `${count} ${noun}${count === 1 ? "" : "s"}`;
  return (
    <ConfirmDialog open={open} title={`Delete ${label}?`} confirmLabel={`Delete ${label}`} busy={busy}
      onConfirm={onConfirm}
      onCancel={onCancel}
      requests={() => items.map((item) => ({ method: "DELETE", version, path: `/${collectionPath}/${item.id}` }))}
    >
      These will be deleted from the tenant. This cannot be undone.
      <ul className={styles.list} aria-label="To be deleted">
        {items.map((item) => (
          <li key={item.id}>{item.displayName || item.id}</li>
        ))}
      </ul>
      {children}
    </ConfirmDialog>
  );
}
