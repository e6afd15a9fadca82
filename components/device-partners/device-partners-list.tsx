"use client";

import { PartnerList } from "@/components/partners/partner-list";
import { deviceManagementPartnerKind } from "./device-partner-kind";

export function DevicePartnersList() {
  return <PartnerList kind={deviceManagementPartnerKind} />;
}
