/** "in 12 days", "in 5 hours", "in 20 minutes" (to the nearest unit); "3 days ago" once past. */
export function countdownInWords(at: string, now: Date): string {
  const ms = Date.parse(at) - now.getTime();
  if (Number.isNaN(ms)) return "";
  const abs = Math.abs(ms);
  const [size, unit] = abs >= 2 * 86_400_000 ? [86_400_000, "day"] : abs >= 3_600_000 ? [3_600_000, "hour"] : [60_000, "minute"];
  const n = Math.round(abs / size);
  const words = `${n} ${unit}${n === 1 ? "" : "s"}`;
  return ms >= 0 ? `in ${words}` : `${words} ago`;
}
