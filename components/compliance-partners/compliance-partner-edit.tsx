"use client";

import { PartnerEdit } from "@/components/partners/partner-edit";
import { CompliancePartnerForm } from "./compliance-partner-form";
import { complianceManagementPartnerKind } from "./compliance-partner-kind";

export function CompliancePartnerEdit({ id }: { id: string }) {
  return <PartnerEdit id={id} kind={complianceManagementPartnerKind} form={(partner) => <CompliancePartnerForm partner={partner} />} />;
}
