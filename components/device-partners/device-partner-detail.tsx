"use client";

import { PartnerDetail } from "@/components/partners/partner-detail";
import { deviceManagementPartnerKind } from "./device-partner-kind";

export function DevicePartnerDetail({ id }: { id: string }) {
  return <PartnerDetail kind={deviceManagementPartnerKind} id={id} />;
}
