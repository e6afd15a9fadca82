"use client";

import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle, Spinner } from "@fluentui/react-components";
import type { ReactNode } from "react";
import { ShowRequestButton } from "@/components/inspector/show-request-button";
import type { GraphRequestSpec } from "@/lib/graph/graph-operation";
import { whenModalReleased } from "./when-modal-released";

export interface ConfirmDialogProps {
  open: boolean;
  title: string;
  children: ReactNode;
  confirmLabel: string;
  cancelLabel?: string;
  /** Shows a spinner and disables the buttons while the action runs. */
  busy?: boolean;
  onConfirm: () => void;
  onCancel: () => void;
  /** After the dialog finished closing: navigate from here, since leaving while it is open leaves the page aria-hidden. */
  onClosed?: () => void;
  /** The Graph requests the action would send, for "Show request". */
  requests?: () => readonly GraphRequestSpec[];
}

/** A modal question with one action; Fluent's Dialog traps focus and closes on Escape. */
export function ConfirmDialog({ open, title, children, confirmLabel, cancelLabel = "Cancel", busy, onConfirm, onCancel, onClosed, requests }: ConfirmDialogProps) {
  return (
    <Dialog
      open={open}
      modalType="alert"
      onOpenChange={(_, data) => !data.open && !busy && onCancel()}
      surfaceMotion={{ onMotionFinish: (_, data) => data.direction === "exit" && onClosed && whenModalReleased(onClosed) }}
    >
      <DialogSurface>
        <DialogBody>
          <DialogTitle>{title}</DialogTitle>
          <DialogContent>{children}</DialogContent>
          <DialogActions>
            {requests ? <ShowRequestButton requests={requests} disabled={busy} /> : null}
            <Button appearance="secondary" onClick={onCancel} disabled={busy}>
              {cancelLabel}
            </Button>
            <Button appearance="primary" onClick={onConfirm} disabled={busy} icon={busy ? <Spinner size="tiny" /> : undefined}>
              {confirmLabel}
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}
