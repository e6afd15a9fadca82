// @vitest-environment jsdom
import { act, cleanup, renderHook } from "@testing-library/react";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { enumFacet, type ListViewConfig } from "@/lib/api/list-view";
import { useListViewState } from "../use-list-view-state";

// Next's useSearchParams follows history.replaceState; here it reads the URL jsdom keeps.
vi.mock("next/navigation", () => ({
  usePathname: () => window.location.pathname,
  useSearchParams: () => new URLSearchParams(window.location.search),
}));

const config: ListViewConfig = {
  searchProperty: "displayName",
  facets: [enumFacet("state", "Partner state", "partnerState", deviceManagementPartnerTenantState)],
  sortable: [
    { property: "displayName", label: "Display name" },
    { property: "lastHeartbeatDateTime", label: "Last heartbeat" },
  ],
  defaultSort: { property: "displayName", direction: "asc" },
  select: ["id", "displayName", "partnerState", "lastHeartbeatDateTime"],
};

const url = () => `${window.location.pathname}${window.location.search}`;

beforeEach(() => window.history.replaceState(null, "", "/things"));
afterEach(cleanup);

describe("useListViewState", () => {
  it("reads the view from the URL and asks Graph for it, ignoring what the config does not know", () => {
    window.history.replaceState(null, "", "/things?q=Jamf&state=enabled,bogus&sort=lastHeartbeatDateTime&dir=desc&x=1");
    const { result } = renderHook(() => useListViewState(config));
    expect(result.current.view).toEqual({ search: "Jamf", filters: { state: ["enabled"] }, sort: { property: "lastHeartbeatDateTime", direction: "desc" } });
    expect(result.current.query).toEqual({
      $select: "id,displayName,partnerState,lastHeartbeatDateTime",
      $filter: "contains(displayName,'Jamf') and partnerState eq 'enabled'",
      $orderby: "lastHeartbeatDateTime desc",
      $count: "true",
    });
  });

  it("builds two changes made before the next render on each other, so neither undoes the other", () => {
    const { result, rerender } = renderHook(() => useListViewState(config));
    act(() => {
      result.current.setView((v) => ({ ...v, search: "Jamf" }));
      result.current.setView((v) => ({ ...v, filters: { state: ["terminated"] } }));
    });
    expect(url()).toBe("/things?q=Jamf&state=terminated");
    rerender();
    expect(result.current.view.search).toBe("Jamf");
    expect(result.current.view.filters).toEqual({ state: ["terminated"] });
  });

  it("builds on the rendered view again once the URL has caught up", () => {
    const { result, rerender } = renderHook(() => useListViewState(config));
    act(() => result.current.setView((v) => ({ ...v, search: "Jamf" })));
    rerender();
    // Someone else (the browser's back button, a link) changes the URL: the next change starts from what is shown.
    act(() => window.history.replaceState(null, "", "/things?state=enabled"));
    rerender();
    act(() => result.current.setView((v) => ({ ...v, sort: { property: "lastHeartbeatDateTime", direction: "asc" } })));
    expect(url()).toBe("/things?state=enabled&sort=lastHeartbeatDateTime&dir=asc");
  });

  it("leaves defaults out of the URL and tells the list each time the view changes", () => {
    window.history.replaceState(null, "", "/things?sort=lastHeartbeatDateTime&dir=desc");
    const changed = vi.fn();
    const { result } = renderHook(() => useListViewState(config, changed));
    act(() => result.current.setView((v) => ({ ...v, sort: config.defaultSort })));
    expect(url()).toBe("/things");
    expect(changed).toHaveBeenCalledTimes(1);
  });
});
