"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useMemo, useState } from "react";
import { useForm, type Resolver } from "react-hook-form";
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
import { DateTimeFormField, EnumSelectField, FieldGrid, PartnerFormFrame, SwitchField, TextField } from "@/components/partners/partner-form-parts";
import { usePartnerFormSave } from "@/components/partners/use-partner-form-save";
import { useApiVersion } from "@/components/layout/preferences-context";

export interface DevicePartnerFormProps {
  /** The partner being edited; absent for a new one. */
  partner?: DeviceManagementPartner;
}

/** Create and edit: validation beside the fields, only changed fields sent, edits kept when a save fails. */
export function DevicePartnerForm({ partner }: DevicePartnerFormProps) {
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
  const save = usePartnerFormSave({
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
    <PartnerFormFrame label={partner ? "Edit device management partner" : "New device management partner"} isNew={!partner} submitting={formState.isSubmitting} save={save}>
      <FieldGrid>
        <TextField control={control} name="displayName" label="Display name" required />
        <EnumSelectField control={control} name="partnerState" label="Partner state" graphEnum={deviceManagementPartnerTenantState} />
        <EnumSelectField control={control} name="partnerAppType" label="Partner app type" graphEnum={deviceManagementPartnerAppType} />
        <TextField
          control={control}
          name="singleTenantAppId"
          label="Single tenant app ID"
          hint="Required for a single tenant app: the partner's Entra application (client) ID"
        />
        <SwitchField control={control} name="isConfigured" label="Configured" />
      </FieldGrid>
      <FieldGrid>
        <DateTimeFormField control={control} name="lastHeartbeatDateTime" label="Last heartbeat" required />
        <DateTimeFormField control={control} name="whenPartnerDevicesWillBeMarkedAsNonCompliantDateTime" label="Devices will be marked non-compliant" clearable />
        <DateTimeFormField control={control} name="whenPartnerDevicesWillBeRemovedDateTime" label="Devices will be removed" clearable />
      </FieldGrid>
      <AssignmentEditor control={control} name="groupsRequiringPartnerEnrollment" label="Groups requiring partner enrollment" version={version} />
    </PartnerFormFrame>
  );
}
