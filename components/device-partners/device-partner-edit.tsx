"use client";

import { PartnerEdit } from "@/components/partners/partner-edit";
import { DevicePartnerForm } from "./device-partner-form";
import { deviceManagementPartnerKind } from "./device-partner-kind";

export function DevicePartnerEdit({ id }: { id: string }) {
  return <PartnerEdit id={id} kind={deviceManagementPartnerKind} form={(partner) => <DevicePartnerForm partner={partner} />} />;
}
