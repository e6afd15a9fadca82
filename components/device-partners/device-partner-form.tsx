"use client";

import { Button, Field, Input, MessageBar, MessageBarBody, Select, Spinner, Switch, makeStyles, tokens } from "@fluentui/react-components";
import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { Controller, useForm, type Resolver } from "react-hook-form";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { deviceManagementPartnersApi as api } from "@/lib/api/device-management-partners";
import {
  deviceManagementPartnerBody,
  deviceManagementPartnerFormFields,
  deviceManagementPartnerFormSchema,
  deviceManagementPartnerFormValues,
  newDeviceManagementPartnerFormValues,
  type DeviceManagementPartnerFormValues,
} from "@/lib/api/device-management-partner-form";
import { AssignmentEditor } from "@/components/assignments/assignment-editor";
import { DateTimeField } from "@/components/common/date-time-field";
import { GraphErrorBar } from "@/components/common/graph-error-bar";
import { usePartnerFormSave } from "@/components/partners/use-partner-form-save";
import { useApiVersion } from "@/components/layout/preferences-context";

const useStyles = makeStyles({
  form: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalL, maxWidth: "900px" },
  grid: { display: "grid", gridTemplateColumns: "repeat(auto-fit, minmax(280px, 1fr))", gap: tokens.spacingHorizontalL },
  actions: { display: "flex", gap: tokens.spacingHorizontalS },
});

export interface DevicePartnerFormProps {
  /** The partner being edited; absent for a new one. */
  partner?: DeviceManagementPartner;
}

/** Create and edit: validation beside the fields, only changed fields sent, edits kept when a save fails. */
export function DevicePartnerForm({ partner }: DevicePartnerFormProps) {
  const styles = useStyles();
  const version = useApiVersion();
  const [initial] = useState<DeviceManagementPartnerFormValues>(() =>
    partner ? deviceManagementPartnerFormValues(partner) : newDeviceManagementPartnerFormValues(),
  );
  // useForm reads its options on every render, so the resolver follows the version switch.
  const resolver = useMemo(
    () => zodResolver(deviceManagementPartnerFormSchema(version)) as unknown as Resolver<DeviceManagementPartnerFormValues>,
    [version],
  );
  const form = useForm<DeviceManagementPartnerFormValues>({ defaultValues: initial, resolver, mode: "onSubmit", reValidateMode: "onChange" });
  const { control, formState } = form;
  const { onSubmit, saveError, notice, guard, backHref, method } = usePartnerFormSave({
    form,
    api,
    version,
    partner,
    initial,
    toBody: deviceManagementPartnerBody,
    fields: deviceManagementPartnerFormFields,
    basePath: "/device-partners",
  });

  return (
    <form
      className={styles.form}
      noValidate
      aria-label={partner ? "Edit device management partner" : "New device management partner"}
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
          name="partnerAppType"
          render={({ field, fieldState }) => (
            <Field label="Partner app type" required validationMessage={fieldState.error?.message}>
              <Select ref={field.ref} value={field.value} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur}>
                {deviceManagementPartnerAppType.members.map((m) => (
                  <option key={m} value={m}>
                    {deviceManagementPartnerAppType.labels[m]}
                  </option>
                ))}
              </Select>
            </Field>
          )}
        />
        <Controller
          control={control}
          name="singleTenantAppId"
          render={({ field, fieldState }) => (
            <Field label="Single tenant app ID" hint="Required for a single tenant app: the partner's Entra application (client) ID" validationMessage={fieldState.error?.message}>
              <Input ref={field.ref} value={field.value} onChange={(_, d) => field.onChange(d.value)} onBlur={field.onBlur} />
            </Field>
          )}
        />
        <Controller
          control={control}
          name="isConfigured"
          render={({ field }) => (
            <Switch ref={field.ref} label="Configured" checked={field.value} onChange={(_, d) => field.onChange(d.checked)} onBlur={field.onBlur} />
          )}
        />
      </div>
      <div className={styles.grid}>
        <Controller
          control={control}
          name="lastHeartbeatDateTime"
          render={({ field, fieldState }) => (
            <DateTimeField label="Last heartbeat" required value={field.value} onChange={field.onChange} onBlur={field.onBlur} validationMessage={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime"
          render={({ field, fieldState }) => (
            <DateTimeField label="Devices will be marked non-compliant" clearable value={field.value} onChange={field.onChange} onBlur={field.onBlur} validationMessage={fieldState.error?.message} />
          )}
        />
        <Controller
          control={control}
          name="whenPartnerDevicesWillBeRemovedDateTime"
          render={({ field, fieldState }) => (
            <DateTimeField label="Devices will be removed" clearable value={field.value} onChange={field.onChange} onBlur={field.onBlur} validationMessage={fieldState.error?.message} />
          )}
        />
      </div>
      <AssignmentEditor control={control} name="groupsRequiringPartnerEnrollment" label="Groups requiring partner enrollment" version={version} />
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
