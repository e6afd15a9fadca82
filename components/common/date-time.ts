import { isNeverDateTime } from "@/lib/graph/never-date-time";

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** `YYYY-MM-DDTHH:mm:ss` in the browser's time zone, for `<input type="datetime-local" step="1">`. */
export function toLocalInputValue(iso: string | null | undefined): string {
  if (!iso) return "";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return "";
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}T${pad(date.getHours())}:${pad(date.getMinutes())}:${pad(date.getSeconds())}`;
}

/** An offset like `+02:00` for a local date. */
export function offsetOf(date: Date): string {
  const minutes = -date.getTimezoneOffset();
  const sign = minutes >= 0 ? "+" : "-";
  const abs = Math.abs(minutes);
  return `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`;
}

/** A datetime-local value back to a DateTimeOffset with the local offset; undefined when it is not a date. */
export function fromLocalInputValue(local: string): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?$/.exec(local);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s = "0", ms = "0"] = match;
  const date = new Date(Number(y), Number(mo) - 1, Number(d), Number(h), Number(mi), Number(s), Number(ms.padEnd(3, "0")));
  if (Number.isNaN(date.getTime())) return undefined;
  return `${y}-${mo}-${d}T${h}:${mi}:${pad(Number(s))}${offsetOf(date)}`;
}

/** True when `edited` (a datetime-local value) still shows the same second as `original`, so the original is kept. */
export function sameLocalSecond(original: string | null | undefined, edited: string): boolean {
  return toLocalInputValue(original) === edited;
}

export function localTimeZoneName(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || `UTC${offsetOf(new Date())}`;
}

/** Exact local date and time with seconds and the zone, e.g. "23 Nov 2026, 01:02:03 CET". */
export function formatExact(iso: string | null | undefined, locale?: string): string {
  if (!iso) return "—";
  if (isNeverDateTime(iso)) return "Never";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat(locale, { dateStyle: "medium", timeStyle: "long" }).format(date);
}

const units: [Intl.RelativeTimeFormatUnit, number][] = [
  ["year", 365 * 24 * 3600],
  ["month", 30 * 24 * 3600],
  ["week", 7 * 24 * 3600],
  ["day", 24 * 3600],
  ["hour", 3600],
  ["minute", 60],
  ["second", 1],
];

/** "3 hours ago", "in 2 days". */
export function formatRelative(iso: string | null | undefined, now: Date, locale?: string): string {
  if (!iso) return "—";
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return iso;
  const seconds = Math.round((date.getTime() - now.getTime()) / 1000);
  const format = new Intl.RelativeTimeFormat(locale, { numeric: "auto" });
  for (const [unit, size] of units) {
    if (Math.abs(seconds) >= size || unit === "second") return format.format(Math.trunc(seconds / size), unit);
  }
  return format.format(0, "second");
}

/** Now, to the second, with the local offset: the default heartbeat of a new partner. */
export function nowDateTimeOffset(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}${offsetOf(now)}`;
}
