import type { Metadata } from "next";
import { Suspense } from "react";
import { CompliancePartnersList } from "@/components/compliance-partners/compliance-partners-list";

export const metadata: Metadata = { title: "Compliance management partners" };

export default function CompliancePartnersPage() {
  return (
    <Suspense>
      <CompliancePartnersList />
    </Suspense>
  );
}
