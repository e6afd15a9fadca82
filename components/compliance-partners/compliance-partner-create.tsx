"use client";

import { AppLink } from "@/components/common/app-link";
import { LoadingState } from "@/components/common/loading-state";
import { useIsClient } from "@/components/common/use-is-client";
import { CompliancePartnerForm } from "./compliance-partner-form";

export function CompliancePartnerCreate() {
  // The defaults depend on the browser's clock and time zone.
  const isClient = useIsClient();
  return (
    <>
      <AppLink href="/compliance-partners">Compliance management partners</AppLink>
      <h1>New compliance management partner</h1>
      {isClient ? <CompliancePartnerForm /> : <LoadingState label="Preparing the form…" />}
    </>
  );
}
