"use client";

import { makeStyles, tokens } from "@fluentui/react-components";
import type { ReactNode } from "react";
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
}

/** Names every item that will go before it goes. */
export function BulkDeleteDialog({ open, noun, items, busy, children, onConfirm, onCancel }: BulkDeleteDialogProps) {
  const styles = useStyles();
  const count = items.length;
  const label = `${count} ${noun}${count === 1 ? "" : "s"}`;
  return (
    <ConfirmDialog open={open} title={`Delete ${label}?`} confirmLabel={`Delete ${label}`} busy={busy} onConfirm={onConfirm} onCancel={onCancel}>
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
