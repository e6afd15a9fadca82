"use client";

import { complianceManagementPartnersApi as api } from "@/lib/api/compliance-management-partners";
import { PartnerEdit } from "@/components/partners/partner-edit";
import { CompliancePartnerForm } from "./compliance-partner-form";

export function CompliancePartnerEdit({ id }: { id: string }) {
  return (
    <PartnerEdit id={id} api={api} noun="compliance management partner" basePath="/compliance-partners" form={(partner) => <CompliancePartnerForm partner={partner} />} />
  );
}
