import { GraphError } from "@/lib/graph/graph-error";

// The pages read Graph's answers without a validator: the gateway already checks every body the console sends,
// and a schema in the browser would cost the list page zod's weight and fail a whole page on an enum member Graph
// adds later (the UI shows an unknown member as it is). What the UI relies on is checked here.

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** Graph and the seed pages write a target's `@odata.type` with and without the leading `#`; the UI compares with it. */
function withHashedTargetType(item: unknown): unknown {
  if (!isRecord(item) || !isRecord(item.target)) return item;
  const type = item.target["@odata.type"];
  if (typeof type !== "string" || type.startsWith("#")) return item;
  return { ...item, target: { ...item.target, "@odata.type": `#${type}` } };
}

/** An entity as Graph sent it, with its assignment targets' types in one spelling; a 502 when it has no id. */
export function readEntity<E extends { id: string }>(value: unknown): E {
  if (!isRecord(value) || typeof value.id !== "string") {
    throw new GraphError(502, "Graph answered an entity without an id.", { code: "BadGateway" });
  }
  const entity: Record<string, unknown> = {};
  for (const [key, property] of Object.entries(value)) {
    entity[key] = Array.isArray(property) ? property.map(withHashedTargetType) : property;
  }
  return entity as E;
}
