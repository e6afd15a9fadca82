"use client";

import { AppLink } from "@/components/common/app-link";
import { LoadingState } from "@/components/common/loading-state";
import { useIsClient } from "@/components/common/use-is-client";
import { DevicePartnerForm } from "./device-partner-form";

export function DevicePartnerCreate() {
  // The defaults depend on the browser's clock and time zone.
  const isClient = useIsClient();
  return (
    <>
      <AppLink href="/device-partners">Device management partners</AppLink>
      <h1>New device management partner</h1>
      {isClient ? <DevicePartnerForm /> : <LoadingState label="Preparing the form…" />}
    </>
  );
}
