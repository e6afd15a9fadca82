import type { Metadata } from "next";
import { DevicePartnerEdit } from "@/components/device-partners/device-partner-edit";

export const metadata: Metadata = { title: "Edit device management partner" };

export default async function EditDevicePartnerPage({ params }: { params: Promise<{ id: string }> }) {
  const { id } = await params;
  return <DevicePartnerEdit id={decodeURIComponent(id)} />;
}
