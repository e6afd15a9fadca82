import type { Metadata } from "next";
import type { ReactNode } from "react";

export const metadata: Metadata = {
  title: { default: "Intune Partner Console", template: "%s · Intune Partner Console" },
  description: "Manage Intune device management and compliance management partners through Microsoft Graph.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
