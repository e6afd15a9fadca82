import { randomUUID } from "node:crypto";
import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { propertiesOf, resources, type ResourceName } from "@/lib/graph/resources";
import { validateEntityBody } from "@/lib/graph/validate-body";
import { callerOf, checkPermission, type Access, type Caller } from "./caller";
import type { Entity } from "./entity-collection";
import { entityIn, newEntity, nextLinkOf, offsetOf, pageSizeOf, prefersMinimal } from "./entity-view";
import { FaultInjector } from "./fault-injector";
import type { FaultSpec } from "../fault-spec";
import { applySelect, parseODataQuery, type ODataQuery } from "./odata/parse-query";
import { readJsonBody } from "./request-body";
import { emptyResponse, errorResponse, jsonResponse, serializedJsonResponse, textResponse, type ResponseIds } from "./responses";
import { allowedMethods, routeOf, type MockRoute } from "./route-of";
import { groupProperties, seedGroups } from "./seed/groups";
import { graphDateTime } from "./seed/stable-guid";
import type { SeedOptions } from "./tenant-data";
import { TenantRegistry, type Tenant } from "./tenant-registry";
import { Throttling } from "./throttling";

export type { SeedOptions } from "./tenant-data";

export interface MockGraphOptions {
  /** Crash-safe persistence when set. */
  dataDir?: string;
  /** Process-wide fault injection (from MOCK_GRAPH_FAULTS). */
  faults?: FaultSpec;
  /** LRU bound on tenants in memory (default 1000). */
  maxTenants?: number;
  /** Clock, for tests. */
  now?: () => Date;
  /** Intune's throttling model (default on); the bench turns it off. */
  throttling?: "on" | "off";
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

const ninetyDaysMs = 90 * 24 * 3_600_000;

export function createMockGraph(options: MockGraphOptions = {}): MockGraph {
  const now = options.now ?? (() => new Date());
  const tenants = new TenantRegistry({ dataDir: options.dataDir, maxTenants: options.maxTenants ?? 1000, now });
  const faults = new FaultInjector(options.faults);
  const throttling = options.throttling === "off" ? undefined : new Throttling(now);

  async function handle(request: Request, serve: ServeOptions = {}): Promise<Response> {
    const requestId = randomUUID();
    const ids: ResponseIds = { requestId, clientRequestId: request.headers.get("client-request-id") || requestId, date: now() };
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
    const caller: Caller | GraphError = serve.tenant ? { tenant: serve.tenant, app: "console" } : callerOf(request);
    if (caller instanceof GraphError) return errorResponse(ids, caller);

    const routed = routeOf(url.pathname.slice(basePath.length));
    if (routed instanceof GraphError) return errorResponse(ids, routed);
    const { version, route } = routed;
    const method = request.method.toUpperCase();
    const allowed = allowedMethods[route.kind];
    if (!allowed.includes(method)) {
      return errorResponse(ids, new GraphError(405, `The method ${method} is not allowed here. Allowed: ${allowed.join(", ")}.`, { code: "BadRequest" }), {
        allow: allowed.join(", "),
      });
    }
    const isGroups = route.kind === "groups" || route.kind === "group";
    const access: Access = isGroups ? "groups.read" : method === "GET" ? "partners.read" : "partners.write";
    const denied = checkPermission(caller, access);
    if (denied) return errorResponse(ids, denied);

    const fault = await faults.inject(caller.tenant, method);
    if (fault) return errorResponse(ids, fault);
    if (!isGroups && throttling) {
      const throttled = throttling.check(caller.tenant, caller.app, method !== "GET");
      if (throttled) return errorResponse(ids, throttled);
    }

    const context = { request, url, version, ids, basePathUrl: `${url.origin}${basePath}/${version}` };
    if (route.kind === "groups" || route.kind === "group") return groupsAnswer(context, route);
    const tenant = await tenants.get(caller.tenant);
    return partnersAnswer(context, tenant, route);
  }

  interface Context {
    request: Request;
    url: URL;
    version: ApiVersion;
    ids: ResponseIds;
    basePathUrl: string;
  }

  function listAnswer(
    { request, url, ids }: Context,
    items: readonly Record<string, unknown>[],
    query: ODataQuery,
    contextUrl: string,
    render: (item: Record<string, unknown>) => string,
  ): Response {
    let rows = items;
    if (query.filter) rows = rows.filter(query.filter);
    if (query.orderBy) rows = (rows === items ? rows.slice() : rows as Record<string, unknown>[]).sort(query.orderBy);
    const total = rows.length;
    const start = query.skiptoken !== undefined ? offsetOf(query.skiptoken) : (query.skip ?? 0);
    // As on Graph, $top sets the page size; @odata.nextLink carries on to the end of the collection.
    const page = pageSizeOf(request, query.top);
    const end = page.size === 0 ? start : total;
    const pageEnd = Math.min(end, start + page.size);
    const value: string[] = [];
    for (let i = start; i < pageEnd; i++) value.push(render(rows[i]!));
    let json = `{"@odata.context":${JSON.stringify(contextUrl)}`;
    if (query.count) json += `,"@odata.count":${total}`;
    if (pageEnd < end) json += `,"@odata.nextLink":${JSON.stringify(nextLinkOf(url, pageEnd))}`;
    json += `,"value":[${value.join(",")}]}`;
    return serializedJsonResponse(ids, 200, json, page.applied ? { "preference-applied": page.applied } : undefined);
  }

  /** Each entity's JSON per API version, built once and dropped when the entity changes: lists are mostly reads. */
  const renderedEntities = new WeakMap<Entity, Partial<Record<ApiVersion, string>>>();
  function rendered(resource: ResourceName, version: ApiVersion, entity: Entity): string {
    let byVersion = renderedEntities.get(entity);
    if (!byVersion) renderedEntities.set(entity, (byVersion = {}));
    return (byVersion[version] ??= JSON.stringify(entityIn(resource, version, entity)));
  }

  function select(view: Record<string, unknown>, query: ODataQuery): Record<string, unknown> {
    if (!query.select) return view;
    const selected = applySelect(view, query.select);
    return "@odata.type" in view ? { "@odata.type": view["@odata.type"], ...selected } : selected;
  }

  function groupsAnswer(context: Context, route: Extract<MockRoute, { kind: "groups" | "group" }>): Response {
    const query = parseODataQuery(context.url.searchParams, groupProperties, { allowSearch: route.kind === "groups" });
    if (route.kind === "group") {
      const group = seedGroups.find((g) => g.id.toLowerCase() === route.id.toLowerCase());
      if (!group) return errorResponse(context.ids, notFound("group", route.id));
      return jsonResponse(context.ids, 200, { "@odata.context": `${context.basePathUrl}/$metadata#groups/$entity`, ...select(group, query) });
    }
    const search = query.search ? searchOf(query.search) : undefined;
    const items = search ? seedGroups.filter(search) : seedGroups;
    return listAnswer(context, items, query, `${context.basePathUrl}/$metadata#groups`, (g) => JSON.stringify(select(g, query)));
  }

  async function partnersAnswer(context: Context, tenant: Tenant, route: Exclude<MockRoute, { kind: "groups" | "group" }>): Promise<Response> {
    const { request, url, version, ids } = context;
    const resource = route.resource;
    const collection = tenant.data[resource];
    const entityType = resources[resource].entityType;
    const collectionUrl = `${context.basePathUrl}/$metadata#deviceManagement/${resource}`;
    const view = (entity: Entity) => entityIn(resource, version, entity);

    if (route.kind === "collection" && request.method.toUpperCase() === "GET") {
      const query = parseODataQuery(url.searchParams, propertiesOf(resource, version));
      const render = query.select ? (e: Record<string, unknown>) => JSON.stringify(select(view(e as Entity), query)) : (e: Record<string, unknown>) => rendered(resource, version, e as Entity);
      return listAnswer(context, collection.items, query, collectionUrl, render);
    }
    if (route.kind === "count") {
      const query = parseODataQuery(url.searchParams, propertiesOf(resource, version));
      return textResponse(ids, String(query.filter ? collection.items.filter(query.filter).length : collection.items.length));
    }
    if (route.kind === "collection") {
      const body = await readJsonBody(request);
      if (!body.ok) return errorResponse(ids, body.error);
      const valid = validateEntityBody(resource, version, "create", body.value);
      if (!valid.ok) return errorResponse(ids, valid.error);
      const entity = newEntity(resource, randomUUID(), valid.value);
      collection.add(entity);
      await tenants.persist(tenant);
      return jsonResponse(ids, 201, { "@odata.context": `${collectionUrl}/$entity`, ...view(entity) }, {
        location: `${context.basePathUrl}/deviceManagement/${resource}/${entity.id}`,
      });
    }

    const entity = collection.get(route.id);
    if (!entity) return errorResponse(ids, notFound(entityType, route.id));
    const method = request.method.toUpperCase();
    if (route.kind === "action") {
      renderedEntities.delete(entity);
      entity.partnerState = "terminated";
      entity.whenPartnerDevicesWillBeRemovedDateTime ??= graphDateTime(new Date(now().getTime() + ninetyDaysMs));
      await tenants.persist(tenant);
      return emptyResponse(ids, 204);
    }
    if (method === "GET") {
      const query = parseODataQuery(url.searchParams, propertiesOf(resource, version));
      return jsonResponse(ids, 200, { "@odata.context": `${collectionUrl}/$entity`, ...select(view(entity), query) });
    }
    if (method === "DELETE") {
      collection.remove(entity.id);
      await tenants.persist(tenant);
      return emptyResponse(ids, 204);
    }
    const body = await readJsonBody(request);
    if (!body.ok) return errorResponse(ids, body.error);
    const valid = validateEntityBody(resource, version, "update", body.value);
    if (!valid.ok) return errorResponse(ids, valid.error);
    renderedEntities.delete(entity);
    Object.assign(entity, valid.value);
    await tenants.persist(tenant);
    if (prefersMinimal(request)) return emptyResponse(ids, 204, { "preference-applied": "return=minimal" });
    return jsonResponse(ids, 200, { "@odata.context": `${collectionUrl}/$entity`, ...view(entity) });
  }

  return {
    handle,
    resetTenant: (tenant, seed) => tenants.reset(tenant, seed),
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

function notFound(entityType: string, id: string): GraphError {
  return new GraphError(404, `The ${entityType} with id '${id}' was not found.`, { code: "ResourceNotFound" });
}

/** Graph's `$search="displayName:word"`: every word, case-insensitive, in the property (displayName or description). */
function searchOf(search: string): (item: Record<string, unknown>) => boolean {
  const clauses = search
    .split(/\s+(?:AND|OR)\s+/)
    .map((clause) => clause.trim().replace(/^"|"$/g, ""))
    .filter(Boolean)
    .map((clause) => {
      const match = /^(displayName|description|mailNickname):(.*)$/.exec(clause);
      if (!match && clause.includes(":")) {
        throw new GraphError(400, `$search supports displayName, description and mailNickname, not '${clause.split(":")[0]}'.`, { code: "BadRequest", target: "$search" });
      }
      const properties = match ? [match[1]!] : ["displayName", "description"];
      const word = (match ? match[2]! : clause).toLowerCase();
      return (item: Record<string, unknown>) => properties.some((p) => String(item[p] ?? "").toLowerCase().includes(word));
    });
  return (item) => clauses.every((clause) => clause(item));
}

