"use client";

import { createContext, useContext, useMemo, type ReactNode } from "react";
import type { ApiVersion } from "@/lib/graph/api-version";
import { usePreferences } from "./preferences-context";
import { usePublicConfig } from "./public-config-context";

/** Whose data a page shows and through which API version: every page and query reads it from here. */
export interface GraphScope {
  /** The live tenant's id, or "demo" for this browser's demo sandbox (the gateway finds it by cookie). */
  tenant: string;
  version: ApiVersion;
}

const GraphScopeContext = createContext<GraphScope | undefined>(undefined);

/** Pins a part of the page to another scope, so two tenants or versions can be shown side by side. */
export function GraphScopeProvider({ scope, children }: { scope: GraphScope; children: ReactNode }) {
  return <GraphScopeContext.Provider value={scope}>{children}</GraphScopeContext.Provider>;
}

/** The nearest pinned scope, else the signed-in tenant (or the demo sandbox) in the API version the user chose. */
export function useGraphScope(): GraphScope {
  const pinned = useContext(GraphScopeContext);
  const { apiVersion } = usePreferences();
  const config = usePublicConfig();
  const tenant = config.mode === "live" ? (config.tenantId ?? "organizations") : "demo";
  return useMemo(() => pinned ?? { tenant, version: apiVersion }, [pinned, tenant, apiVersion]);
}

export function useApiVersion(): ApiVersion {
  return useGraphScope().version;
}
