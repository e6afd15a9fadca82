import { z } from "zod";
import { parseFaultSpec } from "./fault-spec";

// Read at run time, never at build time: one build serves demo and live mode.
// An empty variable counts as unset, so `FOO= npm start` behaves like leaving FOO out.
const optional = <T extends z.ZodType>(schema: T) =>
  z.preprocess((value) => (value === "" ? undefined : value), schema.optional());

const guid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, "must be a GUID");

const envSchema = z
  .object({
    GRAPH_MODE: optional(z.enum(["demo", "live"], "must be 'demo' or 'live'")).transform((v) => v ?? "demo"),
    GRAPH_BASE_URL: optional(
      z.url({ protocol: /^https?$/, error: "must be an http(s) URL" }).transform((u) => u.replace(/\/+$/, "")),
    ).transform((v) => v ?? "https://graph.microsoft.com"),
    // Tenant: a GUID, a verified domain, or 'organizations' for multi-tenant sign-in.
    AZURE_CLIENT_ID: optional(guid),
    AZURE_TENANT_ID: optional(z.string().regex(/^[A-Za-z0-9.-]{1,253}$/, "must be a tenant GUID or domain")),
    MOCK_GRAPH_DATA_DIR: optional(z.string()),
    MOCK_GRAPH_FAULTS: optional(
      z.string().superRefine((text, ctx) => {
        try {
          parseFaultSpec(text);
        } catch (error) {
          ctx.addIssue({ code: "custom", message: (error as Error).message });
        }
      }),
    ),
    // Bounds memory: least-recently-used sandboxes are dropped past this count.
    MOCK_GRAPH_MAX_TENANTS: optional(z.coerce.number().int().min(1).max(1_000_000)).transform((v) => v ?? 1000),
    // The bench turns Intune's throttling model off to measure raw speed.
    MOCK_GRAPH_THROTTLING: optional(z.enum(["on", "off"], "must be 'on' or 'off'")).transform((v) => v ?? "on"),
    GRAPH_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(120_000)).transform((v) => v ?? 10_000),
  })
  .superRefine((env, ctx) => {
    if (env.GRAPH_MODE !== "live") return;
    for (const name of ["AZURE_CLIENT_ID", "AZURE_TENANT_ID"] as const) {
      if (!env[name]) ctx.addIssue({ code: "custom", path: [name], message: "is required when GRAPH_MODE=live" });
    }
  });

export type ServerEnv = z.output<typeof envSchema>;

export class EnvError extends Error {}

/** Parses the environment; throws an EnvError whose message names every bad variable. */
export function parseEnv(source: Record<string, string | undefined>): ServerEnv {
  const result = envSchema.safeParse(source);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => `  ${issue.path.join(".")}: ${issue.message}`);
  throw new EnvError(`Invalid environment configuration:\n${problems.join("\n")}`);
}

let cached: ServerEnv | undefined;

export function getServerEnv(): ServerEnv {
  cached ??= parseEnv(process.env);
  return cached;
}

/** What the browser needs to know, handed over when a page is rendered. */
export interface PublicConfig {
  mode: ServerEnv["GRAPH_MODE"];
  clientId?: string;
  tenantId?: string;
}

export function getPublicConfig(): PublicConfig {
  const env = getServerEnv();
  return env.GRAPH_MODE === "live"
    ? { mode: "live", clientId: env.AZURE_CLIENT_ID, tenantId: env.AZURE_TENANT_ID }
    : { mode: "demo" };
}
