import { randomUUID } from "node:crypto";
import type { ApiVersion } from "@/lib/graph/api-version";
import { clientRequestIdOf } from "@/lib/graph/client-request-id";
import { GraphError } from "@/lib/graph/graph-error";
import type { GraphTarget } from "@/lib/graph/graph-url-grammar";
import type { ResourceName } from "@/lib/graph/resources";
import { appendAuditEvent, auditEventOf } from "./audit/audit-event-of";
import { callerOf, checkPermission, type Caller } from "./caller";
import type { Entity } from "./entity-collection";
import { entityIn } from "./entity-view";
import { FaultInjector } from "./fault-injector";
import type { FaultSpec } from "../fault-spec";
import { errorResponse, type ResponseIds } from "./responses";
import type { MockGraphFlavor, MockServices, RouteContext, RouteHandler } from "./route-context";
import { routeOf } from "./route-of";
import { routeTable } from "./route-table";
import { batchRoute } from "./routes/batch-route";
import type { SeedOptions } from "./tenant-data";
import { TenantRegistry } from "./tenant-registry";
import { Throttling } from "./throttling";

export type { SeedOptions } from "./tenant-data";
export type { MockGraphFlavor } from "./route-context";

export interface MockGraphOptions {
  /** Crash-safe persistence when set. */
  dataDir?: string;
  /** Process-wide fault injection (from MOCK_GRAPH_FAULTS). */
  faults?: FaultSpec;
  /** LRU bound on tenants in memory, and on changed tenants on disk (default 1000). */
  maxTenants?: number;
  /** LRU bound on the tenants in memory together, as the JSON size of their data (default 128 MB). */
  maxTenantBytes?: number;
  /** Tenants unused for longer are removed (default 30). */
  tenantIdleDays?: number;
  /** Clock, for tests. */
  now?: () => Date;
  /** Intune's throttling model (default on); the bench turns it off. */
  throttling?: "on" | "off";
  /** `docs` (default) answers as the API reference says; `service` as real tenants answer (GRAPH.md). */
  flavor?: MockGraphFlavor;
}

export interface ServeOptions {
  /** URL path prefix before /{version}: "" standalone, "/mock-graph" on the console, "/api/graph" behind the gateway. */
  basePath?: string;
  /** A trusted tenant (the gateway's demo sandbox): no bearer token needed, no scope checks. */
  tenant?: string;
}

export interface MockGraph {
  handle(request: Request, options?: ServeOptions): Promise<Response>;
  resetTenant(tenant: string, seed?: SeedOptions): Promise<void>;
  setTenantFaults(tenant: string, faults: FaultSpec | undefined): void;
  close(): Promise<void>;
}

/** The demo sandbox's actor in the audit log: a fixed administrator, as the sandbox has no signed-in user. */
export const demoAdministrator = { userPrincipalName: "demo.admin@contoso.onmicrosoft.com", userId: "6e7b7ac0-5c5e-4a0c-9d0c-2f9b4b6a1d01" };
const guidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function createMockGraph(options: MockGraphOptions = {}): MockGraph {
  const now = options.now ?? (() => new Date());
  const flavor = options.flavor ?? "docs";
  const tenants = new TenantRegistry({
    dataDir: options.dataDir,
    maxTenants: options.maxTenants ?? 1000,
    maxBytes: options.maxTenantBytes ?? 128 * 2 ** 20,
    idleDays: options.tenantIdleDays ?? 30,
    now,
    seed: { placeholders: flavor === "service" },
  });
  const faults = new FaultInjector(options.faults, Math.random, options.maxTenants ?? 1000);
  const throttling = options.throttling === "off" ? undefined : new Throttling(now);

  /** Each entity's JSON per API version, built once and dropped when the entity changes: lists are mostly reads. */
  const renderedEntities = new WeakMap<Entity, Partial<Record<ApiVersion, string>>>();
  const services: MockServices = {
    tenants,
    now,
    flavor,
    rendered(resource: ResourceName, version: ApiVersion, entity: Entity): string {
      let byVersion = renderedEntities.get(entity);
      if (!byVersion) renderedEntities.set(entity, (byVersion = {}));
      return (byVersion[version] ??= JSON.stringify(entityIn(resource, version, entity)));
    },
    changed: (entity) => renderedEntities.delete(entity),
    recordChange(context, tenant, change) {
      const clientRequestId = context.ids.clientRequestId;
      const who = {
        userPrincipalName: context.caller.userPrincipalName ?? null,
        userId: context.caller.userId ?? null,
        applicationId: guidPattern.test(context.caller.app) ? context.caller.app : null,
      };
      const correlationId = guidPattern.test(clientRequestId) ? clientRequestId : context.ids.requestId;
      appendAuditEvent(tenants.writable(tenant).auditEvents, auditEventOf(change, who, { id: randomUUID(), correlationId, at: now().toISOString().replace(/Z$/, "0000Z") }));
    },
  };

  async function handle(request: Request, serve: ServeOptions = {}): Promise<Response> {
    const requestId = randomUUID();
    const ids: ResponseIds = { requestId, clientRequestId: clientRequestIdOf(request.headers, requestId), date: now() };
    try {
      return await answer(request, serve, ids);
    } catch (error) {
      if (error instanceof GraphError) return errorResponse(ids, error);
      console.error(`mock-graph: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return errorResponse(ids, new GraphError(500, "The mock Graph service failed to handle the request.", { code: "InternalError" }));
    }
  }

  async function answer(request: Request, serve: ServeOptions, ids: ResponseIds): Promise<Response> {
    const url = sdkNextLinkUrl(requestUrlOf(request));
    const basePath = (serve.basePath ?? "").replace(/\/+$/, "");
    if (basePath && url.pathname !== basePath && !url.pathname.startsWith(`${basePath}/`)) {
      return errorResponse(ids, new GraphError(404, `No Graph resource at '${url.pathname}'.`, { code: "ResourceNotFound" }));
    }
    const caller: Caller | GraphError = serve.tenant ? { tenant: serve.tenant, app: "console", ...demoAdministrator } : callerOf(request);
    if (caller instanceof GraphError) return errorResponse(ids, caller);

    const method = request.method.toUpperCase();
    const routed = routeOf(url.pathname.slice(basePath.length), method);
    if (!routed.ok) return errorResponse(ids, routed.error, routed.allow ? { allow: routed.allow.join(", ") } : undefined);
    const target = routed.target;
    const context: RouteContext = {
      request,
      url,
      version: target.version,
      ids,
      basePathUrl: `${url.origin}${basePath}/${target.version}`,
      target,
      caller,
      services,
      dispatch: (inner) => handle(inner, serve),
    };
    if (target.kind === "batch") return batchRoute(context);

    const routes = routeTable[target.endpoint];
    const isWrite = method !== "GET";
    const denied = checkPermission(caller, isWrite && routes.access.write ? routes.access.write : routes.access.read);
    if (denied) return errorResponse(ids, denied);
    const fault = await faults.inject(caller.tenant, method);
    if (fault) return errorResponse(ids, fault);
    if (routes.throttled && throttling) {
      const throttled = throttling.check(caller.tenant, caller.app, isWrite);
      if (throttled) return errorResponse(ids, throttled);
    }
    const handler = handlerOf(target);
    if (!handler) throw new Error(`No mock route for ${target.endpoint} ${target.operation}`);
    return handler(context);
  }

  function handlerOf(target: Exclude<GraphTarget, { kind: "batch" }>): RouteHandler | undefined {
    const routes = routeTable[target.endpoint];
    if (target.kind === "action") return routes.actions?.[target.action];
    if (target.kind === "function") return routes.functions?.[target.name];
    return routes.operations[target.operation as keyof typeof routes.operations];
  }

  return {
    handle,
    resetTenant: (tenant, seed) => tenants.reset(tenant, { placeholders: flavor === "service", ...seed }),
    setTenantFaults: (tenant, spec) => faults.setTenantFaults(tenant, spec),
    close: () => tenants.close(),
  };
}

/** The URL the caller used: links are built from it, so the Host header wins over what the server bound to. */
function requestUrlOf(request: Request): URL {
  const url = new URL(request.url);
  const host = request.headers.get("host");
  if (host && host !== url.host && /^[A-Za-z0-9.:[\]-]+$/.test(host)) url.host = host;
  return url;
}

/**
 * The official Graph SDK treats only "https://" links as absolute: over plain http it appends a followed
 * @odata.nextLink to its base URL (`/v1.0/http://host/v1.0/...`). Read such a path as the link it carries.
 */
function sdkNextLinkUrl(url: URL): URL {
  const match = /^(?:\/[^/]+)*?\/(?:beta|v1\.0)\/http:\/+([^/]+)(\/.*)$/.exec(url.pathname);
  if (!match || match[1] !== url.host) return url;
  const fixed = new URL(url.href);
  fixed.pathname = match[2]!;
  return fixed;
}
