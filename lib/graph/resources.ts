import type { z } from "zod";
import type { ApiVersion } from "./api-version";
import { complianceManagementPartnerSchemas } from "./compliance-management-partner";
import { deviceManagementPartnerSchemas } from "./device-management-partner";

export type PropertyKind = "string" | "dateTimeOffset" | "boolean" | "enum" | "collection" | "complex";

export interface PropertyDefinition {
  name: string;
  kind: PropertyKind;
  nullable: boolean;
  /** The members of an enum property. */
  members?: readonly string[];
  /** The properties of a collection's complex items (`$filter=name/any(x:x/property eq ...)`), or of a complex value (`name/property eq ...`). */
  items?: readonly PropertyDefinition[];
}

interface EntitySchemaSet {
  entityType: string;
  read: z.ZodObject;
  create: z.ZodObject;
  update: z.ZodObject;
}

export interface ResourceDefinition {
  /** The collection's segment under /deviceManagement. */
  collection: "deviceManagementPartners" | "complianceManagementPartners";
  entityType: "deviceManagementPartner" | "complianceManagementPartner";
  /** Bound actions: POST {collection}/{id}/{action}, no body, 204. */
  actions: readonly "terminate"[];
  schemas: Record<ApiVersion, EntitySchemaSet>;
}

export const resources = {
  deviceManagementPartners: {
    collection: "deviceManagementPartners",
    entityType: "deviceManagementPartner",
    actions: ["terminate"],
    schemas: deviceManagementPartnerSchemas,
  },
  complianceManagementPartners: {
    collection: "complianceManagementPartners",
    entityType: "complianceManagementPartner",
    actions: [],
    schemas: complianceManagementPartnerSchemas,
  },
} as const satisfies Record<string, ResourceDefinition>;

export type ResourceName = keyof typeof resources;
export const resourceNames = Object.keys(resources) as ResourceName[];

export function isResourceName(value: unknown): value is ResourceName {
  return typeof value === "string" && Object.hasOwn(resources, value);
}

/** Reads an entity's declared properties (for $select, $filter and $orderby) off its zod read schema. */
export function propertiesOf(resource: ResourceName, version: ApiVersion): PropertyDefinition[] {
  const key = `${resource}|${version}`;
  let cached = propertyCache.get(key);
  if (!cached) {
    const shape = resources[resource].schemas[version].read.shape as Record<string, z.ZodType>;
    cached = Object.entries(shape)
      .filter(([name]) => !name.startsWith("@odata."))
      .map(([name, schema]) => describe(name, schema));
    propertyCache.set(key, cached);
  }
  return cached;
}
const propertyCache = new Map<string, PropertyDefinition[]>();

function describe(name: string, schema: z.ZodType): PropertyDefinition {
  let nullable = false;
  let current = schema;
  for (;;) {
    const def = current.def as { type: string; innerType?: z.ZodType; format?: string; entries?: Record<string, string> };
    if (def.type === "optional") current = def.innerType!;
    else if (def.type === "nullable") {
      nullable = true;
      current = def.innerType!;
    } else if (def.type === "string") return { name, nullable, kind: def.format === "datetime" ? "dateTimeOffset" : "string" };
    else if (def.type === "boolean") return { name, nullable, kind: "boolean" };
    else if (def.type === "enum") return { name, nullable, kind: "enum", members: Object.values(def.entries ?? {}) };
    else if (def.type === "array") return { name, nullable, kind: "collection" };
    else throw new Error(`Unsupported schema type ${def.type} for property ${name}`);
  }
}
