"use client";

import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { AssignmentEditor } from "@/components/assignments/assignment-editor";
import { DateTimeFormField, EnumSelectField, FieldGrid, PartnerFormFrame, SwitchField, TextField } from "@/components/partners/partner-form-parts";
import { usePartnerForm } from "@/components/partners/use-partner-form";
import { deviceManagementPartnerFormModel } from "./device-partner-form-model";
import { deviceManagementPartnerKind } from "./device-partner-kind";

export interface DevicePartnerFormProps {
  /** The partner being edited; absent for a new one. */
  partner?: DeviceManagementPartner;
}

/** Create and edit: validation beside the fields, only changed fields sent, edits kept when a save fails. */
export function DevicePartnerForm({ partner }: DevicePartnerFormProps) {
  const { form, version, save, label } = usePartnerForm(deviceManagementPartnerKind, deviceManagementPartnerFormModel, partner);
  const { control, formState } = form;

  return (
    <PartnerFormFrame label={label} isNew={!partner} submitting={formState.isSubmitting} save={save}>
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
