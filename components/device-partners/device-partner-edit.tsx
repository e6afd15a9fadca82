"use client";

import { deviceManagementPartnersApi as api } from "@/lib/api/device-management-partners";
import { PartnerEdit } from "@/components/partners/partner-edit";
import { DevicePartnerForm } from "./device-partner-form";

export function DevicePartnerEdit({ id }: { id: string }) {
  return <PartnerEdit id={id} api={api} noun="device management partner" basePath="/device-partners" form={(partner) => <DevicePartnerForm partner={partner} />} />;
}
