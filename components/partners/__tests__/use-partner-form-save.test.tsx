// @vitest-environment jsdom
import { QueryClient, QueryClientProvider } from "@tanstack/react-query";
import { act, cleanup, renderHook, waitFor } from "@testing-library/react";
import type { ReactNode } from "react";
import { useForm } from "react-hook-form";
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { resourceKeys } from "@/lib/api/query-keys";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { partnerRoutes } from "../partner-routes";
import { usePartnerFormSave } from "../use-partner-form-save";

const push = vi.fn();
vi.mock("next/navigation", () => ({ useRouter: () => ({ push }) }));

type Values = { displayName: string; isConfigured: boolean };
type Entity = { id: string; displayName: string; isConfigured: boolean };

const routes = partnerRoutes("/things");
const partner: Entity = { id: "p 1", displayName: "Jamf", isConfigured: false };
const toBody = (values: Values) => ({ displayName: values.displayName.trim(), isConfigured: values.isConfigured });

function fakeApi() {
  return {
    keys: resourceKeys("things"),
    create: vi.fn(async (_version: string, body: Record<string, unknown>) => ({ id: "new-id", ...body })),
    update: vi.fn(async (): Promise<Entity | undefined> => undefined),
    // A 204 carries no partner: the hook reads it back through the detail query.
    readBack: vi.fn(async () => ({ entity: { ...partner, displayName: "Jamf Pro" } })),
    detailOptions(version: string, id: string) {
      return { queryKey: resourceKeys("things").detail(version as never, id), queryFn: this.readBack };
    },
  };
}

function renderSave(api: ReturnType<typeof fakeApi>, existing?: Entity) {
  const queryClient = new QueryClient({ defaultOptions: { queries: { retry: false } } });
  const wrapper = ({ children }: { children: ReactNode }) => <QueryClientProvider client={queryClient}>{children}</QueryClientProvider>;
  const initial: Values = existing ? { displayName: existing.displayName, isConfigured: existing.isConfigured } : { displayName: "", isConfigured: false };
  return renderHook(
    () => {
      const form = useForm<Values>({ defaultValues: initial });
      const save = usePartnerFormSave({
        form,
        api: api as unknown as PartnerResource<Entity>,
        version: "beta",
        partner: existing,
        initial,
        toBody,
        fields: ["displayName", "isConfigured"],
        routes,
      });
      return { form, save };
    },
    { wrapper },
  );
}

async function submit(result: { current: { save: { onSubmit: (e: never) => void } } }) {
  await act(async () => {
    result.current.save.onSubmit({ preventDefault() {}, persist() {} } as never);
  });
}

beforeEach(() => push.mockReset());
afterEach(cleanup);

describe("usePartnerFormSave", () => {
  it("sends nothing and says so when nothing has changed", async () => {
    const api = fakeApi();
    const { result } = renderSave(api, partner);
    await submit(result);
    await waitFor(() => expect(result.current.save.notice).toBe("Nothing has changed, so nothing was sent."));
    expect(api.update).not.toHaveBeenCalled();
    expect(push).not.toHaveBeenCalled();
  });

  it("PATCHes only the changed fields, then returns to the partner's detail", async () => {
    const api = fakeApi();
    const { result } = renderSave(api, partner);
    act(() => result.current.form.setValue("displayName", "  Jamf Pro ", { shouldDirty: true }));
    await submit(result);
    await waitFor(() => expect(push).toHaveBeenCalledWith("/things/p%201"));
    expect(api.update).toHaveBeenCalledWith("beta", "p 1", { displayName: "Jamf Pro" });
    expect(api.readBack).toHaveBeenCalledTimes(1);
    expect(result.current.save.method).toBe("PATCH");
    expect(result.current.save.backHref).toBe("/things/p%201");
  });

  it("POSTs a new partner's whole body, then goes to the new partner", async () => {
    const api = fakeApi();
    const { result } = renderSave(api);
    act(() => result.current.form.setValue("displayName", "Kandji", { shouldDirty: true }));
    await submit(result);
    await waitFor(() => expect(push).toHaveBeenCalledWith("/things/new-id"));
    expect(api.create).toHaveBeenCalledWith("beta", { displayName: "Kandji", isConfigured: false });
    expect(result.current.save.method).toBe("POST");
    expect(result.current.save.backHref).toBe("/things");
  });

  it("keeps every edit after a failed save, shows Graph's error and puts it beside the field it names", async () => {
    const api = fakeApi();
    const refused = new GraphError(400, "The name is taken.", { code: "BadRequest", target: "displayName" });
    api.update.mockRejectedValueOnce(refused);
    const { result } = renderSave(api, partner);
    act(() => {
      result.current.form.setValue("displayName", "Taken", { shouldDirty: true });
      result.current.form.setValue("isConfigured", true, { shouldDirty: true });
    });
    await submit(result);
    await waitFor(() => expect(result.current.save.saveError).toBe(refused));
    expect(result.current.form.getFieldState("displayName").error?.message).toBe("The name is taken.");
    expect(result.current.form.getValues()).toEqual({ displayName: "Taken", isConfigured: true });
    expect(push).not.toHaveBeenCalled();
  });

  it("ignores an error target the form has no field for", async () => {
    const api = fakeApi();
    api.update.mockRejectedValueOnce(new GraphError(400, "No.", { code: "BadRequest", target: "secret" }));
    const { result } = renderSave(api, partner);
    act(() => result.current.form.setValue("displayName", "Other", { shouldDirty: true }));
    await submit(result);
    await waitFor(() => expect(result.current.save.saveError).toBeInstanceOf(GraphError));
    expect(result.current.form.formState.errors).toEqual({});
  });
});
