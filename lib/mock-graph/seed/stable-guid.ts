import { createHash } from "node:crypto";

/** A GUID derived from a name: the same demo data gets the same ids on every run. */
export function stableGuid(name: string): string {
  const hex = createHash("sha256").update(name).digest("hex");
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-a${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/** Graph writes seven fractional digits: keep that shape in the demo data. */
export function graphDateTime(date: Date): string {
  return date.toISOString().replace(/Z$/, "0000Z");
}

const hour = 3_600_000;
export function hoursFrom(now: Date, hours: number): string {
  return graphDateTime(new Date(now.getTime() + hours * hour));
}
