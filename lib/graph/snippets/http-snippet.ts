import type { GraphRequestSpec } from "../graph-operation";
import { graphUrlOf, hasBody } from "./snippet-url";

/** The request as Graph Explorer writes it: request line, headers a script must send, the JSON body. */
export function httpSnippet(spec: GraphRequestSpec): string {
  const lines = [`${spec.method} ${graphUrlOf(spec)}`];
  for (const [name, value] of Object.entries(spec.headers ?? {})) lines.push(`${name}: ${value}`);
  if (hasBody(spec)) lines.push("Content-Type: application/json", "", JSON.stringify(spec.body, null, 2));
  return lines.join("\n");
}
