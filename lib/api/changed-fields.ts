/** Deep equality for JSON values (what Graph sends and accepts). */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a === null || b === null || typeof a !== "object" || typeof b !== "object") return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((item, i) => jsonEqual(item, b[i]));
  const ak = Object.keys(a as object).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bk = Object.keys(b as object).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return ak.length === bk.length && ak.every((k) => jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/**
 * The top-level properties of `edited` that differ from `original`: the body of a PATCH.
 * A collection counts as one value, because Graph replaces a PATCHed collection whole.
 */
export function changedFields<T extends Record<string, unknown>>(original: Partial<T>, edited: T): Partial<T> {
  const changes: Partial<T> = {};
  for (const key of Object.keys(edited) as (keyof T)[]) {
    const value = edited[key];
    if (value === undefined) continue;
    if (!jsonEqual(original[key] ?? null, value ?? null)) changes[key] = value;
  }
  return changes;
}
