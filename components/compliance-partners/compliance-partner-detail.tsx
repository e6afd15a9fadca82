"use client";

import { PartnerDetail } from "@/components/partners/partner-detail";
import { complianceManagementPartnerKind } from "./compliance-partner-kind";

export function CompliancePartnerDetail({ id }: { id: string }) {
  return <PartnerDetail kind={complianceManagementPartnerKind} id={id} />;
}
