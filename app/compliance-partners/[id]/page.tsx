import type { Metadata } from "next";
import { CompliancePartnerDetail } from "@/components/compliance-partners/compliance-partner-detail";

export const metadata: Metadata = { title: "Compliance management partner" };

export default async function CompliancePartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <CompliancePartnerDetail id={decodeURIComponent(id)} />;
}
