import type { Metadata } from "next";
import { CompliancePartnerEdit } from "@/components/compliance-partners/compliance-partner-edit";

export const metadata: Metadata = { title: "Edit compliance management partner" };

export default async function EditCompliancePartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CompliancePartnerEdit id={decodeURIComponent(id)} />;
}
