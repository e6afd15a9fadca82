import type { GraphRequestSpec } from "../graph-operation";
import { graphUrlOf, hasBody } from "./snippet-url";

/** A POSIX shell single-quoted word: a quote inside closes, escapes and reopens. */
export function shellQuote(value: string): string {
  return `'${value.replace(/'/g, `'\\''`)}'`;
}

/** curl with the token left to the shell (`$TOKEN`), never written into the snippet. */
export function curlSnippet(spec: GraphRequestSpec): string {
  const lines = [`curl -X ${spec.method} ${shellQuote(graphUrlOf(spec))}`, `  -H "Authorization: Bearer $TOKEN"`];
  for (const [name, value] of Object.entries(spec.headers ?? {})) lines.push(`  -H ${shellQuote(`${name}: ${value}`)}`);
  if (hasBody(spec)) lines.push(`  -H 'Content-Type: application/json'`, `  --data-raw ${shellQuote(JSON.stringify(spec.body, null, 2))}`);
  return lines.join(" \\\n");
}
