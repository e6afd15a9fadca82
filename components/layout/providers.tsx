"use client";

import { FluentProvider, webDarkTheme, webLightTheme } from "@fluentui/react-components";
import { QueryClientProvider } from "@tanstack/react-query";
import dynamic from "next/dynamic";
import { useState, type ReactNode } from "react";
import type { PublicConfig } from "@/lib/env";
import type { ApiVersion } from "@/lib/graph/api-version";
import type { ThemeName } from "./preferences";
import { FluentSsr } from "./fluent-ssr";
import { PreferencesProvider, usePreferences } from "./preferences-context";
import { createQueryClient } from "./query-client";
import { PublicConfigProvider } from "./public-config-context";

// Loaded only in live mode, so demo pages ship no MSAL code.
const LiveAuthBoundary = dynamic(() => import("@/components/auth/live-auth-boundary").then((m) => m.LiveAuthBoundary));

function ThemedFluent({ children }: { children: ReactNode }) {
  const { theme } = usePreferences();
  return (
    <FluentProvider theme={theme === "dark" ? webDarkTheme : webLightTheme} style={{ minHeight: "100vh" }}>
      {children}
    </FluentProvider>
  );
}

export function Providers({
  config,
  initialApiVersion = "beta",
  initialTheme = "light",
  children,
}: {
  config: PublicConfig;
  initialApiVersion?: ApiVersion;
  initialTheme?: ThemeName;
  children: ReactNode;
}) {
  const [queryClient] = useState(createQueryClient);
  const content =
    config.mode === "live" ? <LiveAuthBoundary config={config}>{children}</LiveAuthBoundary> : children;
  return (
    <FluentSsr>
      <PublicConfigProvider config={config}>
        <PreferencesProvider initialApiVersion={initialApiVersion} initialTheme={initialTheme}>
          <QueryClientProvider client={queryClient}>
            <ThemedFluent>{content}</ThemedFluent>
          </QueryClientProvider>
        </PreferencesProvider>
      </PublicConfigProvider>
    </FluentSsr>
  );
}
