"use client";

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { zodResolver } from "@hookform/resolvers/zod";
import { useQuery } from "@tanstack/react-query";
import { useMemo, useState } from "react";
import { Controller, useForm, useWatch, type Resolver } from "react-hook-form";
import type { ComplianceManagementPartner } from "@/lib/graph/compliance-management-partner";
import { compliancePlatformsIn } from "@/lib/graph/compliance-platforms";
import { compliancePlatformConflicts } from "@/lib/graph/compliance-platform-conflicts";
import { deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { complianceManagementPartnersApi as api, onboardedComplianceManagementPartnersOptions } from "@/lib/api/compliance-management-partners";
import {
  complianceManagementPartnerBody,
  complianceManagementPartnerFormFields,
  complianceManagementPartnerFormSchema,
  complianceManagementPartnerFormValues,
  newComplianceManagementPartnerFormValues,
  type ComplianceManagementPartnerFormValues,
} from "@/lib/api/compliance-management-partner-form";
import { AssignmentEditor } from "@/components/assignments/assignment-editor";
import { DateTimeField } from "@/components/common/date-time-field";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { usePartnerFormSave } from "@/components/partners/use-partner-form-save";
import { useApiVersion } from "@/components/layout/preferences-context";
import { PlatformConflictWarning } from "./platform-conflict-warning";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "900px" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  platform: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalS,
    borderTop: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    paddingTop: tokens.spacingVerticalS,
    "& h2": { marginBlock: 0, fontSize: tokens.fontSizeBase400 },
  },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface CompliancePartnerFormProps {
  /** The partner being edited; absent for a new one. */
  partner?: ComplianceManagementPartner;
}

/** Create and edit: per platform an Onboarded switch and its enrollment assignments; only changed fields are sent. */
export function CompliancePartnerForm({ partner }: CompliancePartnerFormProps) {
  const styles = useStyles();
  const version = useApiVersion();
  const [initial] = useState<ComplianceManagementPartnerFormValues>(() =>
    partner ? complianceManagementPartnerFormValues(partner) : newComplianceManagementPartnerFormValues(),
  );
  // useForm reads its options on every render, so the resolver follows the version switch.
  const resolver = useMemo(
    () => zodResolver(complianceManagementPartnerFormSchema(version)) as unknown as Resolver<ComplianceManagementPartnerFormValues>,
    [version],
  );
  const form = useForm<ComplianceManagementPartnerFormValues>({ defaultValues: initial, resolver, mode: "onSubmit", reValidateMode: "onChange" });
  const { control, formState } = form;
  const values = useWatch({ control }) as Partial<ComplianceManagementPartnerFormValues>;
  const onboarded = useQuery(onboardedComplianceManagementPartnersOptions(version));
  const conflicts = useMemo(
    () => compliancePlatformConflicts({ ...values, id: partner?.id }, onboarded.data ?? [], version),
    [values, partner?.id, onboarded.data, version],
  );
  const { onSubmit, saveError, notice, guard, backHref, method } = usePartnerFormSave({
    form,
    api,
    version,
    partner,
    initial,
    toBody: complianceManagementPartnerBody,
    fields: complianceManagementPartnerFormFields,
    basePath: "/compliance-partners",
  });

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={partner ? "Edit compliance management partner" : "New compliance management partner"}
      onSubmit={onSubmit}
    >
      {saveError ? <GraphErrorBar error={saveError} title="The partner could not be saved" method={method} /> : null}
      {notice ? (
        <MessageBar intent="info">
          <MessageBarBody>{notice}</MessageBarBody>
        </MessageBar>
      ) : null}
      <div className={styles.grid}>
        <Controller
          control={control}
          name="displayName"
          render={({ field, fieldState }) => (
            <Field label="Display name" required validationMessage={fieldState.error?.message}>
              <Input ref={field.ref} value={field.value} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} />
            </Field>
          )}
        />
        <Controller
          control={control}
          name="partnerState"
          render={({ field, fieldState }) => (
            <Field label="Partner state" required validationMessage={fieldState.error?.message}>
              <Select ref={field.ref} value={field.value} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur}>
                {deviceManagementPartnerTenantState.members.map((m) => (
                  <option key={m} value={m}>
                    {deviceManagementPartnerTenantState.labels[m]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        />
        <Controller
          control={control}
          name="lastHeartbeatDateTime"
          render={({ field, fieldState }) => (
            <DateTimeField label="Last heartbeat" required value={field.value} onChange={field.onChange} onBlur={field.onBlur} validationMessage={fieldState.error?.message} />
          )}
        />
      </div>
      {onboarded.error ? (
        <GraphErrorBar error={onboarded.error} title="Other partners' platforms could not be checked" onRetry={() => onboarded.refetch()} />
      ) : null}
      {compliancePlatformsIn(version).map((platform) => {
        const conflict = conflicts.find((c) => c.platform.key === platform.key);
        return (
          <section key={platform.key} className={styles.platform} aria-labelledby={`platform-${platform.key}`}>
            <h2 id={`platform-${platform.key}`}>{platform.label}</h2>
            <Controller
              control={control}
              name={platform.onboarded}
              render={({ field }) => (
                <Switch ref={field.ref} label="Onboarded" checked={field.value} onChange={(_, d) => field.onChange(d.checked)} onBlur={field.onBlur} />
              )}
            />
            {conflict ? <PlatformConflictWarning conflict={conflict} /> : null}
            <AssignmentEditor control={control} name={platform.assignments} label={`${platform.label} enrollment assignments`} version={version} />
          </section>
        );
      })}
      <div className={styles.actions}>
        <Button type="submit" appearance="primary" disabled={formState.isSubmitting} icon={formState.isSubmitting ? <Spinner size="tiny" /> : undefined}>
          {partner ? "Save" : "Create"}
        </Button>
        <Button onClick={() => guard.navigate(backHref)}>Cancel</Button>
      </div>
      {guard.dialog}
    </form>
  );
}
