import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { propertiesOf, resources, type PropertyDefinition, type ResourceName } from "@/lib/graph/resources";
import type { Entity } from "./entity-collection";

const betaTargetFields = ["deviceAndAppManagementAssignmentFilterId", "deviceAndAppManagementAssignmentFilterType"];

/** v1.0 targets have no assignment filters: drop them from what was stored through beta. */
function assignmentsInV1(value: unknown): unknown {
  if (!Array.isArray(value)) return value;
  return value.map((assignment: { target?: Record<string, unknown> }) => {
    const target = assignment?.target;
    if (!target || !betaTargetFields.some((f) => f in target)) return assignment;
    const copy = { ...target };
    for (const f of betaTargetFields) delete copy[f];
    return { ...assignment, target: copy };
  });
}

/** The entity as the API version shows it: its declared properties only, in declaration order. */
export function entityIn(resource: ResourceName, version: ApiVersion, entity: Entity): Record<string, unknown> {
  const view: Record<string, unknown> = { "@odata.type": `#microsoft.graph.${resources[resource].entityType}`, id: entity.id };
  for (const property of propertiesOf(resource, version)) {
    if (!(property.name in entity)) continue;
    const value = entity[property.name];
    view[property.name] = version === "v1.0" && property.kind === "collection" ? assignmentsInV1(value) : value;
  }
  return view;
}

function defaultOf(property: PropertyDefinition): unknown {
  if (property.kind === "collection") return [];
  if (property.nullable) return null;
  switch (property.kind) {
    case "boolean":
      return false;
    case "enum":
      return property.members?.[0] ?? null;
    case "dateTimeOffset":
      return "0001-01-01T00:00:00Z";
    default:
      return "";
  }
}

/** A new entity: every property Graph would show, with its default unless the body set it. */
export function newEntity(resource: ResourceName, id: string, body: Record<string, unknown>): Entity {
  const entity: Entity = { id };
  for (const property of propertiesOf(resource, "beta")) {
    if (property.name !== "id") entity[property.name] = defaultOf(property);
  }
  return Object.assign(entity, body);
}

/** `$skiptoken` is opaque to clients: base64url of the offset. */
export function skiptokenOf(offset: number): string {
  return Buffer.from(String(offset)).toString("base64url");
}

export function offsetOf(skiptoken: string): number {
  const offset = Number(Buffer.from(skiptoken, "base64url").toString("utf8"));
  if (!Number.isInteger(offset) || offset < 0 || skiptokenOf(offset) !== skiptoken) {
    throw new GraphError(400, "The $skiptoken is not valid: follow @odata.nextLink as given.", { code: "BadRequest", target: "$skiptoken" });
  }
  return offset;
}

export const defaultPageSize = 100;
const maxPageSize = 1000;

/** `$top` or else `Prefer: odata.maxpagesize=N` sets the page size (capped), else 100. */
export function pageSizeOf(request: Request, top: number | undefined): { size: number; applied?: string } {
  if (top !== undefined) return { size: Math.min(maxPageSize, Math.max(0, top)) };
  const match = /odata\.maxpagesize\s*=\s*(\d+)/i.exec(request.headers.get("prefer") ?? "");
  if (!match) return { size: defaultPageSize };
  const size = Math.min(maxPageSize, Math.max(1, Number(match[1])));
  return { size, applied: `odata.maxpagesize=${size}` };
}

export function prefersMinimal(request: Request): boolean {
  return /return\s*=\s*minimal/i.test(request.headers.get("prefer") ?? "");
}

/** The next page's URL: the request's own URL with a new $skiptoken. */
export function nextLinkOf(url: URL, offset: number): string {
  const parts: string[] = [];
  for (const [key, value] of url.searchParams) {
    if (key !== "$skiptoken") parts.push(`${key}=${encodeURIComponent(value)}`);
  }
  parts.push(`$skiptoken=${skiptokenOf(offset)}`);
  return `${url.origin}${url.pathname}?${parts.join("&")}`;
}
