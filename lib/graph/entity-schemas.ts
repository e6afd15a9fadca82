import { z } from "zod";
import { maxAssignmentsPerList, maxStringLength } from "./value-limits";

/** Edm.DateTimeOffset as Graph writes it: ISO 8601 with `Z` or an offset, any fractional precision. */
export const dateTimeOffset = z.iso.datetime({ offset: true });

/** Every string property: bounded, so one create cannot store a megabyte. */
export const graphString = z.string().max(maxStringLength);

/** An assignment list, bounded. */
export function assignmentList<A extends z.ZodType>(assignment: A) {
  return z.array(assignment).max(maxAssignmentsPerList);
}

/** The zod schema of an enum from lib/graph/enums.ts (which stays free of zod for the pages that only show labels). */
export function enumSchema<const T extends readonly [string, ...string[]]>(graphEnum: { members: T }) {
  return z.enum(graphEnum.members);
}

/**
 * The three shapes of one entity type from its property shape:
 * - read: what Graph answers (every property may be absent under `$select`; unknown ones are dropped);
 * - create / update: what a client may send (strict: unknown properties are errors; update is partial).
 */
export function entitySchemas<const S extends z.ZodRawShape>(entityType: string, shape: S) {
  const odataType = z.enum([`#microsoft.graph.${entityType}`, `microsoft.graph.${entityType}`]);
  const create = z.strictObject({ "@odata.type": odataType, ...shape }).partial();
  return {
    entityType,
    read: z.object({ "@odata.type": odataType, ...shape }).partial().extend({ id: z.string() }),
    create,
    update: create,
  };
}
