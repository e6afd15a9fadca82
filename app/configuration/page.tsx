import type { Metadata } from "next";
import { ConfigurationPage } from "@/components/configuration/configuration-page";

export const metadata: Metadata = { title: "Configuration" };

export default function Configuration() {
  return <ConfigurationPage />;
}
