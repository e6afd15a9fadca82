"use client";

import { useRouter } from "next/navigation";
import { useCallback, useEffect, useRef, useState, type ReactNode } from "react";
import { ConfirmDialog } from "./confirm-dialog";

export interface UnsavedChangesGuard {
  /** Render it once in the form's page. */
  dialog: ReactNode;
  /** Navigates in the app, asking first when there are unsaved changes. */
  navigate: (href: string) => void;
  /** Lets the next navigation through without asking (after a successful save). */
  release: () => void;
}

/** A link that decides for itself whether to ask (it releases the guard on its own click): the capture listener lets it be. */
export const leavesWithoutAskingAttribute = "data-leaves-without-asking";

/** Asks before leaving a form with unsaved changes: on reload/close (beforeunload) and on in-app links. */
export function useUnsavedChangesGuard(dirty: boolean): UnsavedChangesGuard {
  const router = useRouter();
  const [pending, setPending] = useState<string | undefined>();
  const released = useRef(false);
  const leavingTo = useRef<string | undefined>(undefined);
  const activeRef = useRef(dirty);
  useEffect(() => {
    activeRef.current = dirty;
  }, [dirty]);

  useEffect(() => {
    function beforeUnload(event: BeforeUnloadEvent) {
      if (!activeRef.current || released.current) return;
      event.preventDefault();
      event.returnValue = "";
    }
    function click(event: MouseEvent) {
      if (!activeRef.current || released.current || event.defaultPrevented || event.button !== 0) return;
      if (event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
      const anchor = (event.target as Element | null)?.closest?.("a[href]") as HTMLAnchorElement | null;
      if (!anchor || anchor.target === "_blank" || anchor.hasAttribute("download") || anchor.hasAttribute(leavesWithoutAskingAttribute)) return;
      const url = new URL(anchor.href, window.location.href);
      if (url.origin !== window.location.origin || (url.pathname === window.location.pathname && url.search === window.location.search)) return;
      event.preventDefault();
      event.stopPropagation();
      setPending(url.pathname + url.search + url.hash);
    }
    window.addEventListener("beforeunload", beforeUnload);
    document.addEventListener("click", click, true);
    return () => {
      window.removeEventListener("beforeunload", beforeUnload);
      document.removeEventListener("click", click, true);
    };
  }, []);

  const navigate = useCallback(
    (href: string) => {
      if (activeRef.current && !released.current) setPending(href);
      else router.push(href);
    },
    [router],
  );
  const release = useCallback(() => {
    released.current = true;
  }, []);

  const dialog = (
    <ConfirmDialog
      open={pending !== undefined}
      title="Leave without saving?"
      confirmLabel="Leave without saving"
      cancelLabel="Stay on this page"
      onCancel={() => setPending(undefined)}
      onConfirm={() => {
        leavingTo.current = pending;
        released.current = true;
        setPending(undefined);
      }}
      onClosed={() => {
        const href = leavingTo.current;
        leavingTo.current = undefined;
        if (href) router.push(href);
      }}
    >
      You have unsaved changes. If you leave this page, they are lost.
    </ConfirmDialog>
  );
  return { dialog, navigate, release };
}
