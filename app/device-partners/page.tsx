import type { Metadata } from "next";
import { Suspense } from "react";
import { DevicePartnersList } from "@/components/device-partners/device-partners-list";

export const metadata: Metadata = { title: "Device management partners" };

export default function DevicePartnersPage() {
  return (
    <Suspense>
      <DevicePartnersList />
    </Suspense>
  );
}
