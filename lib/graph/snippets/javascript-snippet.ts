import type { GraphRequestSpec } from "../graph-operation";
import { hasBody, pathOf, queryOf } from "./snippet-url";

const chained: Record<string, (value: string) => string> = {
  $filter: (v) => `.filter(${JSON.stringify(v)})`,
  $select: (v) => `.select(${JSON.stringify(v.split(",").map((p) => p.trim()))})`,
  $orderby: (v) => `.orderby(${JSON.stringify(v)})`,
  $top: (v) => `.top(${Number(v)})`,
  $skip: (v) => `.skip(${Number(v)})`,
  $search: (v) => `.search(${JSON.stringify(v)})`,
  $count: (v) => `.count(${v === "true"})`,
};

const verbs = { GET: "get", POST: "post", PATCH: "patch", DELETE: "delete" } as const;

/** JavaScript with the official client (`@microsoft/microsoft-graph-client`), the token from the environment. */
export function javascriptSnippet(spec: GraphRequestSpec): string {
  const lines = [
    `import { Client } from "@microsoft/microsoft-graph-client";`,
    "",
    "const client = Client.init({ authProvider: (done) => done(null, process.env.TOKEN) });",
  ];
  if (hasBody(spec)) lines.push(`const body = ${JSON.stringify(spec.body, null, 2)};`);
  const chain = [`  .api(${JSON.stringify(pathOf(spec))})`, `  .version(${JSON.stringify(spec.version)})`];
  const other: Record<string, string> = {};
  for (const [name, value] of Object.entries(queryOf(spec))) {
    if (Object.hasOwn(chained, name)) chain.push(`  ${chained[name]!(value)}`);
    else other[name] = value;
  }
  if (Object.keys(other).length) chain.push(`  .query(${JSON.stringify(other)})`);
  for (const [name, value] of Object.entries(spec.headers ?? {})) chain.push(`  .header(${JSON.stringify(name)}, ${JSON.stringify(value)})`);
  chain.push(`  .${verbs[spec.method]}(${hasBody(spec) ? "body" : ""});`);
  lines.push("const result = await client", ...chain);
  return lines.join("\n");
}
