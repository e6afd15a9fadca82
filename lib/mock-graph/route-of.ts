import { isApiVersion, type ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { isResourceName, resources, type ResourceName } from "@/lib/graph/resources";

export type MockRoute =
  | { kind: "collection"; resource: ResourceName }
  | { kind: "count"; resource: ResourceName }
  | { kind: "entity"; resource: ResourceName; id: string }
  | { kind: "action"; resource: ResourceName; id: string; action: string }
  | { kind: "groups" }
  | { kind: "group"; id: string };

/** The methods each route answers; anything else is a 405. */
export const allowedMethods: Record<MockRoute["kind"], string[]> = {
  collection: ["GET", "POST"],
  count: ["GET"],
  entity: ["GET", "PATCH", "DELETE"],
  action: ["POST"],
  groups: ["GET"],
  group: ["GET"],
};

const unknownSegment = (segment: string) => new GraphError(400, `Resource not found for the segment '${segment}'.`, { code: "BadRequest" });

/** Splits OData key syntax, `deviceManagementPartners('id')`, into two segments. */
function splitKeys(segments: string[]): string[] {
  return segments.flatMap((segment) => {
    const match = /^([A-Za-z]+)\('([^']*)'\)$/.exec(segment);
    return match ? [match[1]!, match[2]!] : [segment];
  });
}

/** Reads `/{version}/...` (the path after the base path) into a route, or the 400/404 Graph answers. */
export function routeOf(path: string): { version: ApiVersion; route: MockRoute } | GraphError {
  let segments: string[];
  try {
    segments = splitKeys(path.split("/").filter(Boolean).map(decodeURIComponent));
  } catch {
    return new GraphError(400, "The request URL is not valid.", { code: "BadRequest" });
  }
  const [version, first, second, third, fourth, ...rest] = segments;
  if (!isApiVersion(version)) {
    return new GraphError(400, `Invalid version: '${version ?? ""}'. Use beta or v1.0.`, { code: "BadRequest" });
  }
  if (first === "groups" && third === undefined) {
    return { version, route: second === undefined ? { kind: "groups" } : { kind: "group", id: second } };
  }
  if (first !== "deviceManagement") return unknownSegment(first ?? "");
  if (!isResourceName(second)) return unknownSegment(second ?? "deviceManagement");
  if (third === undefined) return { version, route: { kind: "collection", resource: second } };
  if (third === "$count" && fourth === undefined) return { version, route: { kind: "count", resource: second } };
  if (third.startsWith("$")) return unknownSegment(third);
  if (fourth === undefined) return { version, route: { kind: "entity", resource: second, id: third } };
  if (rest.length === 0 && (resources[second].actions as readonly string[]).includes(fourth)) {
    return { version, route: { kind: "action", resource: second, id: third, action: fourth } };
  }
  return unknownSegment(rest[0] ?? fourth);
}
