/** A PowerShell literal string: single quotes, so `$` and backticks stay as written; a quote is doubled. */
export function psString(value: string): string {
  return `'${value.replace(/'/g, "''")}'`;
}

function psKey(key: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(key) ? key : psString(key);
}

/** JSON as a PowerShell hashtable / array expression, the shape `-BodyParameter` takes. */
export function psValue(value: unknown, indent = ""): string {
  if (value === null || value === undefined) return "$null";
  if (value === true) return "$true";
  if (value === false) return "$false";
  if (typeof value === "number") return String(value);
  if (typeof value === "string") return psString(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0) return "@()";
    return `@(\n${value.map((item) => `${inner}${psValue(item, inner)}`).join("\n")}\n${indent})`;
  }
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return "@{}";
  return `@{\n${entries.map(([key, item]) => `${inner}${psKey(key)} = ${psValue(item, inner)}`).join("\n")}\n${indent}}`;
}
