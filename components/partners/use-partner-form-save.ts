"use client";

import { useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import type { FieldValues, Path, UseFormReturn } from "react-hook-form";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { GraphRequestSpec } from "@/lib/graph/graph-operation";
import { GraphError } from "@/lib/graph/graph-error";
import { formFieldOfErrorTarget } from "./form-field-of-error-target";
import { isOnboardingOnlyRefusal, onboardingOnlyExplanation } from "@/lib/graph/onboarding-refusal";
import { changedFields } from "@/lib/api/changed-fields";
import type { PartnerResource } from "@/lib/api/partner-resource";
import { auditEventKeys } from "@/lib/api/query-keys";
import { mayHaveBeenApplied } from "@/lib/api/uncertain-write";
import { notifySuccess } from "@/components/common/notifications";
import { useUnsavedChangesGuard } from "@/components/common/use-unsaved-changes-guard";
import type { PartnerRoutes } from "./partner-routes";

export interface PartnerFormSaveOptions<Values extends FieldValues, Entity extends { id: string }> {
  form: UseFormReturn<Values>;
  api: PartnerResource<Entity>;
  version: ApiVersion;
  /** The partner being edited; absent for a new one. */
  partner?: Entity;
  /** The values the form started from: the PATCH holds only what differs from them. */
  initial: Values;
  /** The Graph body for these values in this version (fields the version lacks are never in it). */
  toBody: (values: Values, version: ApiVersion) => Record<string, unknown>;
  /** The form's field names, so a server error's `target` can be shown beside its field. */
  fields: readonly string[];
  /** The kind's pages: a create goes to the new detail, an edit back to its detail. */
  routes: PartnerRoutes;
}

/**
 * Saving a partner form, the same for both partner kinds: POST a new one; PATCH only the changed fields of an
 * existing one (200 with a body or 204); on failure keep every edit, show the error and put it beside the field it
 * names; leave the page only after a save that worked.
 */
const nameOf = (partner: object) => ("displayName" in partner && typeof partner.displayName === "string" && partner.displayName) || undefined;

export function usePartnerFormSave<Values extends FieldValues, Entity extends { id: string }>(
  options: PartnerFormSaveOptions<Values, Entity>,
) {
  const { form, api, version, partner, initial, toBody, fields, routes } = options;
  const queryClient = useQueryClient();
  const [saveError, setSaveError] = useState<unknown>();
  const [notice, setNotice] = useState<string>();
  /** Set when a create timed out: it may exist already, so the person is offered a look before creating again. */
  const [uncertainCreate, setUncertainCreate] = useState<{ displayName: string }>();
  const [explanation, setExplanation] = useState<string>();
  const guard = useUnsavedChangesGuard(form.formState.isDirty && !form.formState.isSubmitSuccessful);
  const backHref = partner ? routes.detail(partner.id) : routes.list;

  const save = form.handleSubmit(async (values) => {
    setSaveError(undefined);
    setNotice(undefined);
    setUncertainCreate(undefined);
    setExplanation(undefined);
    const body = toBody(values, version);
    try {
      if (!partner) {
        const created = await api.create(version, body);
        await queryClient.invalidateQueries({ queryKey: api.keys.all });
        void queryClient.invalidateQueries({ queryKey: auditEventKeys.all });
        notifySuccess("Partner created", nameOf(created));
        guard.release();
        guard.navigate(routes.detail(created.id));
        return;
      }
      const changes = changedFields(toBody(initial, version), body);
      if (!Object.keys(changes).length) {
        setNotice("Nothing has changed, so nothing was sent.");
        return;
      }
      const updated = await api.update(version, partner.id, changes);
      if (updated) queryClient.setQueryData(api.keys.detail(version, partner.id), (old: { entity: Entity } | undefined) => (old ? { ...old, entity: updated } : old));
      await queryClient.invalidateQueries({ queryKey: api.keys.all, refetchType: updated ? "active" : "none" });
      void queryClient.invalidateQueries({ queryKey: auditEventKeys.all });
      // A 204 (real tenants answer PATCH so) carries no partner: read it back before showing it.
      if (!updated) await queryClient.fetchQuery({ ...api.detailOptions(version, partner.id), staleTime: 0 });
      notifySuccess("Changes saved", nameOf(updated ?? { ...partner, ...changes }));
      guard.release();
      guard.navigate(backHref);
    } catch (error) {
      setSaveError(error);
      const displayName = String((values as { displayName?: unknown }).displayName ?? "");
      if (!partner && displayName.trim() && mayHaveBeenApplied(error)) setUncertainCreate({ displayName });
      if (!partner && isOnboardingOnlyRefusal(error)) setExplanation(onboardingOnlyExplanation);
      if (error instanceof GraphError) {
        const field = formFieldOfErrorTarget(error.target, fields);
        if (field) form.setError(field as Path<Values>, { type: "server", message: error.message }, { shouldFocus: true });
      }
      // Re-thrown so react-hook-form counts the submit as failed; every edit stays on screen.
      throw error;
    }
  });

  /** What Save or Create would send now, for "Show request": the POST, the PATCH of the changed fields, or nothing. */
  const requests = (): GraphRequestSpec[] => {
    const body = toBody(form.getValues(), version);
    if (!partner) return [{ method: "POST", version, path: `/${api.collectionPath}`, body }];
    const changes = changedFields(toBody(initial, version), body);
    return Object.keys(changes).length ? [{ method: "PATCH", version, path: `/${api.collectionPath}/${encodeURIComponent(partner.id)}`, body: changes }] : [];
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    save(event).catch(() => undefined);
  };

  return { onSubmit, requests, saveError, notice, uncertainCreate, explanation, api, version, guard, backHref, method: partner ? ("PATCH" as const) : ("POST" as const) };
}
