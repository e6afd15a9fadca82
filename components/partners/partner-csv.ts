import type { ApiVersion } from "@/lib/graph/api-version";
import { partnerHealthLabels, partnerHealthOf } from "@/lib/graph/partner-health";
import { csvDocument, type CsvValue } from "@/lib/csv/csv";
import type { PartnerColumn, PartnerEntity } from "./partner-kind";

function valueOf(item: Record<string, unknown>, property: string): CsvValue {
  const value = item[property];
  if (value === null || value === undefined || typeof value === "string" || typeof value === "number" || typeof value === "boolean") return value;
  return JSON.stringify(value);
}

/**
 * The list's visible columns as CSV, plus the id first: Graph's values as Graph sent them (enum members, ISO
 * date-times), the health in words; a column that reads several properties gets one CSV column per property.
 */
export function partnersCsv<E extends PartnerEntity>(items: readonly E[], columns: readonly PartnerColumn<E>[], version: ApiVersion, now: Date): string {
  const fields: { header: string; value: (item: E) => CsvValue }[] = [{ header: "id", value: (item) => item.id }];
  for (const column of columns) {
    if (column.id === "health") {
      fields.push({ header: column.label, value: (item) => partnerHealthLabels[partnerHealthOf(item, now)] });
      continue;
    }
    const properties = column.select(version);
    for (const property of properties) {
      fields.push({ header: properties.length === 1 ? column.label : `${column.label}: ${property}`, value: (item) => valueOf(item as Record<string, unknown>, property) });
    }
  }
  return csvDocument(
    fields.map((f) => f.header),
    items.map((item) => fields.map((f) => f.value(item))),
  );
}
