"use client";

import { usePathname, useSearchParams } from "next/navigation";
import { useCallback, useEffect, useMemo, useRef } from "react";
import { listQuery, listViewParams, parseListView, type ListView, type ListViewChange, type ListViewConfig } from "@/lib/api/list-view";

/**
 * A list's view (search, filters, sort) kept in the URL, and the OData query it stands for. history.replaceState
 * changes the URL without a server render (useSearchParams follows it). A change builds on the view last asked for,
 * not on the one rendered: two changes before the next render (Clear filters while a typed search waits to be sent)
 * must not undo each other.
 */
export function useListViewState(config: ListViewConfig, onChange?: () => void) {
  const pathname = usePathname();
  const searchParams = useSearchParams();
  const currentParams = searchParams.toString();
  const view = useMemo(() => parseListView(new URLSearchParams(currentParams), config), [currentParams, config]);
  const query = useMemo(() => listQuery(view, config), [view, config]);

  const pending = useRef<{ view: ListView; params: string }[]>([]);
  useEffect(() => {
    const reached = pending.current.findIndex((p) => p.params === currentParams);
    pending.current = reached === -1 ? [] : pending.current.slice(reached + 1);
  }, [currentParams]);

  const setView = useCallback(
    (change: ListViewChange) => {
      const next = change(pending.current.at(-1)?.view ?? view);
      const params = listViewParams(next, config).toString();
      pending.current.push({ view: next, params });
      onChange?.();
      window.history.replaceState(null, "", params ? `${pathname}?${params}` : pathname);
    },
    [config, pathname, view, onChange],
  );

  return { view, query, setView };
}
