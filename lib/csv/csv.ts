/** UTF-8's byte-order mark: without it Excel reads a CSV file in the machine's legacy code page. */
export const utf8Bom = "\uFEFF";

export type CsvValue = string | number | boolean | null | undefined;

/**
 * One field, RFC 4180: quoted when it holds a comma, a quote, CR or LF, with quotes doubled. A text that a
 * spreadsheet would run as a formula (=, +, -, @, tab, CR first) is written with a leading apostrophe, as OWASP
 * advises against CSV injection: partner names come from the partners themselves.
 */
export function csvField(value: CsvValue): string {
  if (value === null || value === undefined) return "";
  let text = String(value);
  if (typeof value === "string" && /^[=+\-@\t\r]/.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function csvRecord(values: readonly CsvValue[]): string {
  return values.map(csvField).join(",");
}

/** A whole file: header, records, CRLF after each record (RFC 4180), behind a byte-order mark. */
export function csvDocument(header: readonly string[], rows: readonly (readonly CsvValue[])[]): string {
  let text = utf8Bom + csvRecord(header) + "\r\n";
  for (const row of rows) text += csvRecord(row) + "\r\n";
  return text;
}

/** Reads RFC 4180 text back into records (the byte-order mark is dropped). For tests and round trips. */
export function parseCsv(text: string): string[][] {
  const source = text.startsWith(utf8Bom) ? text.slice(1) : text;
  const records: string[][] = [];
  let record: string[] = [];
  let field = "";
  let quoted = false;
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (quoted) {
      if (c === '"' && source[i + 1] === '"') { field += '"'; i += 2; continue; }
      if (c === '"') { quoted = false; i++; continue; }
      field += c;
      i++;
      continue;
    }
    if (c === '"' && field === "") { quoted = true; i++; continue; }
    if (c === ",") { record.push(field); field = ""; i++; continue; }
    if (c === "\r" && source[i + 1] === "\n") { record.push(field); records.push(record); record = []; field = ""; i += 2; continue; }
    if (c === "\n") { record.push(field); records.push(record); record = []; field = ""; i++; continue; }
    field += c;
    i++;
  }
  if (field !== "" || record.length) { record.push(field); records.push(record); }
  return records;
}
