"use client";

import { Suspense, lazy, useState, type ComponentType } from "react";

/**
 * A component whose code loads the first time its `open` prop is true (a dialog, say): pages that never open it never
 * download it. Once loaded it stays mounted, so closing it still plays its exit and hands focus back.
 */
export function loadOnFirstOpen<P extends { open: boolean }>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function OnFirstOpen(props: P) {
    const [wanted, setWanted] = useState(props.open);
    if (props.open && !wanted) setWanted(true);
    if (!wanted) return null;
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return OnFirstOpen;
}
