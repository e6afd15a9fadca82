// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { resourceKeys } from "@/lib/api/query-keys";
import { useBulkDelete, useRowSelection } from "../use-bulk-delete";

const batchDelete = vi.hoisted(() => vi.fn());
vi.mock("@/lib/api/batch-delete", () => ({ batchDelete }));

const items = [
  { id: "a", displayName: "A" },
  { id: "b", displayName: "B" },
  { id: "c", displayName: "C" },
];

function renderBulk(failures: { id: string; error: unknown }[]) {
  batchDelete.mockReset();
  batchDelete.mockResolvedValue(failures);
  const queryClient = new QueryClient();
  const invalidate = vi.spyOn(queryClient, "invalidateQueries");
  const api = { keys: resourceKeys("things"), collectionPath: "deviceManagement/things" } as unknown as PartnerResource<(typeof items)[number]>;
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const hook = renderHook(
    () => {
      const selection = useRowSelection();
      return { selection, bulk: useBulkDelete(api, "v1.0", items, selection) };
    },
    { wrapper },
  );
  return { ...hook, api, invalidate };
}

afterEach(cleanup);

describe("useBulkDelete", () => {
  it("deletes the chosen rows, refreshes the lists and closes", async () => {
    const { result, invalidate } = renderBulk([]);
    act(() => result.current.selection.setSelected(new Set(["a", "c"])));
    act(() => result.current.bulk.confirm());
    expect(result.current.bulk.selectedItems.map((i) => i.id)).toEqual(["a", "c"]);
    await act(() => result.current.bulk.deleteSelected());
    // One call for every chosen row: the rows go together, as $batch calls.
    expect(batchDelete.mock.calls).toEqual([["v1.0", "deviceManagement/things", ["a", "c"]]]);
    expect(invalidate).toHaveBeenCalledWith({ queryKey: ["graph", "things"] });
    expect(result.current.bulk.confirming).toBe(false);
    expect(result.current.selection.selected.size).toBe(0);
  });

  it("after a partial failure keeps only the failed rows chosen, with the error, and stays open", async () => {
    const refused = new GraphError(403, "No.", { code: "Forbidden" });
    const { result } = renderBulk([{ id: "b", error: refused }]);
    act(() => result.current.selection.setSelected(new Set(["a", "b"])));
    act(() => result.current.bulk.confirm());
    await act(() => result.current.bulk.deleteSelected());
    await waitFor(() => expect(result.current.bulk.deleteError).toBe(refused));
    expect([...result.current.selection.selected]).toEqual(["b"]);
    expect(result.current.bulk.confirming).toBe(true);
    act(() => result.current.bulk.cancel());
    expect(result.current.bulk.confirming).toBe(false);
    expect(result.current.bulk.deleteError).toBeUndefined();
  });

  it("clears the choice when the list's view changes", () => {
    const { result } = renderBulk([]);
    act(() => result.current.selection.setSelected(new Set(["a"])));
    act(() => result.current.selection.clear());
    expect(result.current.bulk.selectedItems).toEqual([]);
  });
});
