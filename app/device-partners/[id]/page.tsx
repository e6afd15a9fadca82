import type { Metadata } from "next";
import { DevicePartnerDetail } from "@/components/device-partners/device-partner-detail";

export const metadata: Metadata = { title: "Device management partner" };

export default async function DevicePartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DevicePartnerDetail id={decodeURIComponent(id)} />;
}
