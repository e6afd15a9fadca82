"use client";

import { PartnerList } from "@/components/partners/partner-list";
import { complianceManagementPartnerKind } from "./compliance-partner-kind";

export function CompliancePartnersList() {
  return <PartnerList kind={complianceManagementPartnerKind} />;
}
