// Fails when the console's own modules import each other in a cycle, type-only imports included (ESLint's
// import/no-cycle skips those), or when the folders of lib/ do (lib/env.ts → lib/mock-graph → lib/env.ts).
import { readdirSync, readFileSync, existsSync, statSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";
import ts from "typescript";

const root = resolve(process.argv[2] ?? ".");
const scanned = ["app", "components", "lib", "e2e", "test", "scripts", "bench", "proxy.ts", "instrumentation.ts", "instrumentation-node.ts"];
const extensions = [".ts", ".tsx", ".mts", ".mjs", ".js"];

function filesIn(path) {
  const full = join(root, path);
  if (!existsSync(full)) return [];
  if (statSync(full).isFile()) return [path];
  return readdirSync(full, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory() ? (entry.name === "node_modules" ? [] : filesIn(join(path, entry.name))) : extensions.some((e) => entry.name.endsWith(e)) ? [join(path, entry.name)] : [],
  );
}

function resolveImport(from, specifier) {
  let base;
  if (specifier.startsWith("@/")) base = specifier.slice(2);
  else if (specifier.startsWith(".")) base = join(dirname(from), specifier);
  else return undefined;
  for (const candidate of [base, ...extensions.map((e) => base + e), ...extensions.map((e) => join(base, "index" + e))]) {
    if (existsSync(join(root, candidate)) && statSync(join(root, candidate)).isFile()) return candidate;
  }
  return undefined;
}

const files = scanned.flatMap(filesIn);
const graph = new Map(
  files.map((file) => {
    const { importedFiles } = ts.preProcessFile(readFileSync(join(root, file), "utf8"), true, true);
    return [file, [...new Set(importedFiles.map((i) => resolveImport(file, i.fileName)).filter(Boolean))]];
  }),
);

/** Tarjan's strongly connected components: every component of more than one node is a cycle. */
function cycles(edges) {
  let index = 0;
  const stack = [];
  const state = new Map();
  const found = [];
  function visit(node) {
    state.set(node, { index, low: index, onStack: true });
    index++;
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      if (!state.has(next)) {
        visit(next);
        state.get(node).low = Math.min(state.get(node).low, state.get(next).low);
      } else if (state.get(next).onStack) state.get(node).low = Math.min(state.get(node).low, state.get(next).index);
    }
    if (state.get(node).low === state.get(node).index) {
      const component = [];
      let member;
      do {
        member = stack.pop();
        state.get(member).onStack = false;
        component.push(member);
      } while (member !== node);
      if (component.length > 1) found.push(component.sort());
    }
  }
  for (const node of edges.keys()) if (!state.has(node)) visit(node);
  return found;
}

// A folder of lib/ is where a module sits; its __tests__ belong to it.
const folderOf = (file) => relative(root, join(root, dirname(file))).replace(/\/__tests__$/, "");
const folders = new Map();
for (const [file, imports] of graph) {
  if (!file.startsWith("lib/")) continue;
  const from = folderOf(file);
  if (!folders.has(from)) folders.set(from, new Set());
  for (const target of imports) if (target.startsWith("lib/") && folderOf(target) !== from) folders.get(from).add(folderOf(target));
}

const problems = [
  ...cycles(graph).map((c) => `modules import each other in a cycle: ${c.join(", ")}`),
  ...cycles(new Map([...folders].map(([k, v]) => [k, [...v]]))).map((c) => `folders of lib/ import each other in a cycle: ${c.join(", ")}`),
];
if (problems.length) {
  console.error(problems.join("\n"));
  process.exit(1);
}
console.log(`No import cycles among ${graph.size} modules and ${folders.size} folders of lib/.`);
