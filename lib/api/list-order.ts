import type { ListSort } from "./list-view";

const isoDate = /^\d{4}-\d{2}-\d{2}T/;

/** Graph's $orderby as the console reads it: nulls first ascending, dates by time, text by lower-cased code points. */
function compareValues(a: unknown, b: unknown): number {
  if (a === b) return 0;
  if (a === null || a === undefined) return -1;
  if (b === null || b === undefined) return 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = String(a);
  const y = String(b);
  if (isoDate.test(x) && isoDate.test(y)) return Date.parse(x) - Date.parse(y);
  const [lx, ly] = [x.toLowerCase(), y.toLowerCase()];
  return lx < ly ? -1 : lx > ly ? 1 : 0;
}

// Graph's collation for text is not documented: a pair counts as out of order only when a locale-aware comparison
// agrees, so a service that sorts "Finance - Restricted" and "Finance2" its own way is not accused.
function inverted(a: unknown, b: unknown): boolean {
  if (compareValues(a, b) <= 0) return false;
  return typeof a !== "string" || typeof b !== "string" || isoDate.test(a) || a.localeCompare(b, "en", { sensitivity: "base" }) > 0;
}

export interface OrderedRows<E> {
  rows: E[];
  /** True when Graph's rows were not in the order asked for, so the console sorted them. */
  sortedHere: boolean;
}

/**
 * Intune is reported to ignore `$orderby` on some collections (msgraph-sdk-dotnet#1322). The rows are checked against
 * the order asked for; when they are not in it, the rows loaded so far are sorted here (stable, so ties keep Graph's
 * order) and the caller says so, because rows of later pages may belong among them.
 */
export function inRequestedOrder<E>(rows: readonly E[], sort: ListSort): OrderedRows<E> {
  const sign = sort.direction === "desc" ? -1 : 1;
  const compare = (a: E, b: E) => sign * compareValues((a as Record<string, unknown>)[sort.property], (b as Record<string, unknown>)[sort.property]);
  const value = (row: E) => (row as Record<string, unknown>)[sort.property];
  const ordered = rows.every((row, index) => {
    if (index === 0) return true;
    const [before, after] = sign === 1 ? [value(rows[index - 1]!), value(row)] : [value(row), value(rows[index - 1]!)];
    return !inverted(before, after);
  });
  if (ordered) return { rows: rows as E[], sortedHere: false };
  return { rows: rows.slice().sort(compare), sortedHere: true };
}
