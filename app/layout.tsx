import type { Metadata } from "next";
import { cookies } from "next/headers";
import type { ReactNode } from "react";
import { AppShell } from "@/components/layout/app-shell";
import { Providers } from "@/components/layout/providers";
import { getPublicConfig } from "@/lib/env";
import { apiVersionPreference, preferenceCookies, themePreference } from "@/components/layout/preferences";

export const metadata: Metadata = {
  title: { default: "Intune Partner Console", template: "%s · Intune Partner Console" },
  description: "Manage Intune device management and compliance management partners through Microsoft Graph.",
};

// Reading cookies renders every page per request, which also lets Next put the proxy's CSP nonce on its scripts.
export default async function RootLayout({ children }: { children: ReactNode }) {
  const store = await cookies();
  const theme = themePreference(store.get(preferenceCookies.theme)?.value);
  return (
    <html lang="en" style={{ colorScheme: theme }}>
      <body style={{ margin: 0 }}>
        <Providers
          config={getPublicConfig()}
          initialApiVersion={apiVersionPreference(store.get(preferenceCookies.apiVersion)?.value)}
          initialTheme={theme}
        >
          <AppShell>{children}</AppShell>
        </Providers>
      </body>
    </html>
  );
}
