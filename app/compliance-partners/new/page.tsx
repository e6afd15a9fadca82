import type { Metadata } from "next";
import { CompliancePartnerCreate } from "@/components/compliance-partners/compliance-partner-create";

export const metadata: Metadata = { title: "New compliance management partner" };

export default function NewCompliancePartnerPage() {
  return <CompliancePartnerCreate />;
}
