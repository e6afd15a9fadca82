/** Graph writes 0001-01-01T00:00:00Z where a date-time has never been set (a partner that never sent a heartbeat). */
export function isNeverDateTime(iso: string | null | undefined): boolean {
  return !!iso && iso.startsWith("0001-01-01");
}
