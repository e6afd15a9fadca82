import type { Metadata } from "next";
import { DevicePartnerCreate } from "@/components/device-partners/device-partner-create";

export const metadata: Metadata = { title: "New device management partner" };

export default function NewDevicePartnerPage() {
  return <DevicePartnerCreate />;
}
