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
    // Bounds memory and disk: least-recently-used sandboxes are dropped past this count (changed ones lose their file).
    MOCK_GRAPH_MAX_TENANTS: optional(z.coerce.number().int().min(1).max(1_000_000)).transform((v) => v ?? 1000),
    // Bounds memory by size too: the sandboxes in memory together, as the JSON size of their data.
    MOCK_GRAPH_MAX_TENANT_MB: optional(z.coerce.number().int().min(1).max(65_536)).transform((v) => v ?? 128),
    // Sandboxes unused for longer are removed, at start and once a day.
    MOCK_GRAPH_TENANT_IDLE_DAYS: optional(z.coerce.number().int().min(1).max(3650)).transform((v) => v ?? 30),
    // The bench turns Intune's throttling model off to measure raw speed.
    MOCK_GRAPH_THROTTLING: optional(z.enum(["on", "off"], "must be 'on' or 'off'")).transform((v) => v ?? "on"),
    // `service` answers as real tenants do (PATCH 204, no compliance-partner creation, placeholder records).
    MOCK_GRAPH_FLAVOR: optional(z.enum(["docs", "service"], "must be 'docs' or 'service'")).transform((v) => v ?? "docs"),
    // The standalone mock over HTTPS, so the official Graph client works unmodified.
    MOCK_GRAPH_HTTPS: optional(z.enum(["0", "1"], "must be '0' or '1'")).transform((v) => v === "1"),
    MOCK_GRAPH_TLS_CERT: optional(z.string()),
    MOCK_GRAPH_TLS_KEY: optional(z.string()),
    GRAPH_TIMEOUT_MS: optional(z.coerce.number().int().min(100).max(120_000)).transform((v) => v ?? 10_000),
    // /mock-graph answers any bearer string and may write to disk: in live mode only when asked for by name.
    MOCK_GRAPH_ENDPOINT: optional(z.enum(["demo-only", "always"], "must be 'demo-only' or 'always'")).transform((v) => v ?? "demo-only"),
    // Forwarded headers are anyone's to send: believed only when a reverse proxy in front of the console sets them.
    TRUST_PROXY: optional(z.enum(["on", "off"], "must be 'on' or 'off'")).transform((v) => v === "on"),
    // Signs the demo sandbox cookie; without it a random key per process (or one kept in MOCK_GRAPH_DATA_DIR).
    SANDBOX_COOKIE_SECRET: optional(z.string().min(32, "must be at least 32 characters")),
    // The address `npm start` / `npm run demo` / `npm run mock-graph` bind to (next start ignores HOSTNAME).
    HOST: optional(z.string().regex(/^(?:[A-Za-z0-9.-]{1,253}|\[?[0-9A-Fa-f:.]{2,45}\]?)$/, "must be a host name or an IP address")),
  })
  .superRefine((env, ctx) => {
    if (!env.MOCK_GRAPH_TLS_CERT !== !env.MOCK_GRAPH_TLS_KEY) {
      ctx.addIssue({ code: "custom", path: [env.MOCK_GRAPH_TLS_CERT ? "MOCK_GRAPH_TLS_KEY" : "MOCK_GRAPH_TLS_CERT"], message: "is required with its pair (MOCK_GRAPH_TLS_CERT and MOCK_GRAPH_TLS_KEY)" });
    }
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
