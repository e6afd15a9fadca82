"use client";

import { PartnerCreate } from "@/components/partners/partner-create";
import { DevicePartnerForm } from "./device-partner-form";
import { deviceManagementPartnerKind } from "./device-partner-kind";

export function DevicePartnerCreate() {
  return <PartnerCreate kind={deviceManagementPartnerKind} form={<DevicePartnerForm />} />;
}
