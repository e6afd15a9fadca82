"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { PublicConfig } from "@/lib/env";

const PublicConfigContext = createContext<PublicConfig>({ mode: "demo" });

export function PublicConfigProvider({ config, children }: { config: PublicConfig; children: ReactNode }) {
  return <PublicConfigContext.Provider value={config}>{children}</PublicConfigContext.Provider>;
}

export function usePublicConfig(): PublicConfig {
  return useContext(PublicConfigContext);
}
