"use client";

import { Suspense, lazy, type ComponentType } from "react";

/**
 * A component that pages show only now and then (an error bar, a notice): its code loads the first time it renders, so
 * the pages that never show it never download it.
 */
export function loadWhenShown<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Loaded = lazy(async () => ({ default: await load() }));
  function WhenShown(props: P) {
    return (
      <Suspense fallback={null}>
        <Loaded {...props} />
      </Suspense>
    );
  }
  return WhenShown;
}
