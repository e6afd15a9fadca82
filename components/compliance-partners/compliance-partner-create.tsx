"use client";

import { PartnerCreate } from "@/components/partners/partner-create";
import { CompliancePartnerForm } from "./compliance-partner-form";
import { complianceManagementPartnerKind } from "./compliance-partner-kind";

export function CompliancePartnerCreate() {
  return <PartnerCreate kind={complianceManagementPartnerKind} form={<CompliancePartnerForm />} />;
}
