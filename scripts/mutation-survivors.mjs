// Lists the mutants a mutation run left alive (survived or not covered), file by file, with the source line each
// changes: `node scripts/mutation-survivors.mjs reports/mutation/gateway.json [path-filter]`.
import { readFileSync } from "node:fs";

const [reportPath, filter = ""] = process.argv.slice(2);
if (!reportPath) {
  console.error("usage: node scripts/mutation-survivors.mjs <report.json> [path-filter]");
  process.exit(2);
}
const report = JSON.parse(readFileSync(reportPath, "utf8"));
for (const [file, { source, mutants }] of Object.entries(report.files)) {
  if (!file.includes(filter)) continue;
  const alive = mutants.filter((m) => m.status === "Survived" || m.status === "NoCoverage");
  if (!alive.length) continue;
  const lines = (source ?? readFileSync(file, "utf8")).split("\n");
  console.log(`\n## ${file}: ${alive.length} alive`);
  for (const m of alive.sort((a, b) => a.location.start.line - b.location.start.line)) {
    const { line, column } = m.location.start;
    const code = lines[line - 1]?.trim().slice(0, 110) ?? "";
    const replacement = m.replacement?.replaceAll("\n", " ").slice(0, 80) ?? "";
    console.log(`${line}:${column} ${m.status === "NoCoverage" ? "NOCOV" : "SURV "} ${m.mutatorName} -> ${replacement}\n    ${code}`);
  }
}
