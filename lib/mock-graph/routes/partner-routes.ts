import { randomUUID } from "node:crypto";
import { GraphError } from "@/lib/graph/graph-error";
import { propertiesOf, resources, type ResourceName } from "@/lib/graph/resources";
import { validateEntityBody } from "@/lib/graph/validate-body";
import type { Entity } from "../entity-collection";
import { entityIn, newEntity, prefersMinimal } from "../entity-view";
import { listAnswer, selected } from "../list-answer";
import { parseODataQuery } from "../odata/parse-query";
import { readJsonBody } from "../request-body";
import { emptyResponse, errorResponse, jsonResponse, textResponse } from "../responses";
import type { RouteContext, RouteHandler } from "../route-context";
import { graphDateTime } from "../seed/stable-guid";
import type { Tenant } from "../tenant-registry";

const ninetyDaysMs = 90 * 24 * 3_600_000;

function resourceOf(context: RouteContext): ResourceName {
  const target = context.target;
  if (target.kind === "batch" || (target.endpoint !== "deviceManagementPartners" && target.endpoint !== "complianceManagementPartners")) {
    throw new Error(`Not a partner route: ${target.kind}`);
  }
  return target.endpoint;
}

const collectionUrl = (context: RouteContext, resource: ResourceName) => `${context.basePathUrl}/$metadata#deviceManagement/${resource}`;
const view = (context: RouteContext, resource: ResourceName, entity: Entity) => entityIn(resource, context.version, entity);
const query = (context: RouteContext, resource: ResourceName) => parseODataQuery(context.url.searchParams, propertiesOf(resource, context.version));

async function partnerOf(context: RouteContext): Promise<{ tenant: Tenant; resource: ResourceName; entity: Entity } | GraphError> {
  const resource = resourceOf(context);
  const tenant = await context.services.tenants.get(context.caller.tenant);
  const id = "id" in context.target ? context.target.id : "";
  const entity = tenant.data[resource].get(id);
  if (!entity) return notFound(resources[resource].entityType, id);
  return { tenant, resource, entity };
}

export function notFound(entityType: string, id: string): GraphError {
  return new GraphError(404, `The ${entityType} with id '${id}' was not found.`, { code: "ResourceNotFound" });
}

const list: RouteHandler = async (context) => {
  const resource = resourceOf(context);
  const tenant = await context.services.tenants.get(context.caller.tenant);
  const q = query(context, resource);
  const { rendered, flavor } = context.services;
  const render = q.select
    ? (e: Record<string, unknown>) => JSON.stringify(selected(view(context, resource, e as Entity), q))
    : (e: Record<string, unknown>) => rendered(resource, context.version, e as Entity);
  // Real tenants ignore $orderby on these collections and answer an @odata.count that is not the collection's size.
  const service = flavor === "service" ? { ignoreOrderBy: true, count: (total: number) => Math.min(total, q.top ?? 100) } : {};
  return listAnswer(context.request, context.url, context.ids, tenant.data[resource].items, q, collectionUrl(context, resource), render, service);
};

const count: RouteHandler = async (context) => {
  const resource = resourceOf(context);
  const tenant = await context.services.tenants.get(context.caller.tenant);
  const q = query(context, resource);
  const items = tenant.data[resource].items;
  return textResponse(context.ids, String(q.filter ? items.filter(q.filter).length : items.length));
};

const create: RouteHandler = async (context) => {
  const resource = resourceOf(context);
  if (resource === "complianceManagementPartners" && context.services.flavor === "service") {
    // What real tenants answer (microsoft-graph-docs#17977): compliance partners are onboarded from the partner's console.
    return errorResponse(
      context.ids,
      new GraphError(400, "No OData route exists that match template ~/singleton/navigation with http verb POST for request /DeviceFE/StatelessDeviceFEService/deviceManagement/complianceManagementPartners.", { code: "BadRequest" }),
    );
  }
  const body = await readJsonBody(context.request);
  if (!body.ok) return errorResponse(context.ids, body.error);
  const valid = validateEntityBody(resource, context.version, "create", body.value);
  if (!valid.ok) return errorResponse(context.ids, valid.error);
  const tenant = await context.services.tenants.get(context.caller.tenant);
  const entity = newEntity(resource, randomUUID(), valid.value);
  context.services.tenants.writable(tenant)[resource].add(entity);
  context.services.recordChange(context, tenant, { operation: "Create", resource, after: entity });
  await context.services.tenants.persist(tenant);
  return jsonResponse(context.ids, 201, { "@odata.context": `${collectionUrl(context, resource)}/$entity`, ...view(context, resource, entity) }, {
    location: `${context.basePathUrl}/deviceManagement/${resource}/${entity.id}`,
  });
};

const get: RouteHandler = async (context) => {
  const found = await partnerOf(context);
  if (found instanceof GraphError) return errorResponse(context.ids, found);
  const q = query(context, found.resource);
  return jsonResponse(context.ids, 200, { "@odata.context": `${collectionUrl(context, found.resource)}/$entity`, ...selected(view(context, found.resource, found.entity), q) });
};

/**
 * Reads see the shared seed; a change goes to the tenant's own copy (copy-on-write), looked up again after any wait,
 * since a concurrent delete or reset may have taken the entity away meanwhile.
 */
function ownCopy(context: RouteContext, found: { tenant: Tenant; resource: ResourceName; entity: Entity }): Entity | GraphError {
  const entity = context.services.tenants.writable(found.tenant)[found.resource].get(found.entity.id);
  return entity ?? notFound(resources[found.resource].entityType, found.entity.id);
}

const update: RouteHandler = async (context) => {
  const found = await partnerOf(context);
  if (found instanceof GraphError) return errorResponse(context.ids, found);
  const { tenant, resource } = found;
  const body = await readJsonBody(context.request);
  if (!body.ok) return errorResponse(context.ids, body.error);
  const valid = validateEntityBody(resource, context.version, "update", body.value);
  if (!valid.ok) return errorResponse(context.ids, valid.error);
  const entity = ownCopy(context, found);
  if (entity instanceof GraphError) return errorResponse(context.ids, entity);
  const before = structuredClone(entity);
  context.services.changed(entity);
  Object.assign(entity, valid.value);
  context.services.recordChange(context, tenant, { operation: "Patch", resource, before, after: entity });
  await context.services.tenants.persist(tenant);
  // Real tenants answer 204 whatever Prefer says ("by design", microsoft-graph-docs-contrib#8701).
  if (context.services.flavor === "service") return emptyResponse(context.ids, 204);
  if (prefersMinimal(context.request)) return emptyResponse(context.ids, 204, { "preference-applied": "return=minimal" });
  return jsonResponse(context.ids, 200, { "@odata.context": `${collectionUrl(context, resource)}/$entity`, ...view(context, resource, entity) });
};

const remove: RouteHandler = async (context) => {
  const found = await partnerOf(context);
  if (found instanceof GraphError) return errorResponse(context.ids, found);
  context.services.tenants.writable(found.tenant)[found.resource].remove(found.entity.id);
  context.services.recordChange(context, found.tenant, { operation: "Delete", resource: found.resource, before: found.entity });
  await context.services.tenants.persist(found.tenant);
  return emptyResponse(context.ids, 204);
};

const terminate: RouteHandler = async (context) => {
  const found = await partnerOf(context);
  if (found instanceof GraphError) return errorResponse(context.ids, found);
  const { tenant, resource } = found;
  const entity = ownCopy(context, found);
  if (entity instanceof GraphError) return errorResponse(context.ids, entity);
  const before = structuredClone(entity);
  context.services.changed(entity);
  entity.partnerState = "terminated";
  entity.whenPartnerDevicesWillBeRemovedDateTime ??= graphDateTime(new Date(context.services.now().getTime() + ninetyDaysMs));
  context.services.recordChange(context, tenant, { operation: "Action", resource, before, after: entity, action: "terminate" });
  await context.services.tenants.persist(tenant);
  return emptyResponse(context.ids, 204);
};

export const partnerRoutes = { list, count, create, get, update, delete: remove };
export const deviceManagementPartnerActions = { terminate };
