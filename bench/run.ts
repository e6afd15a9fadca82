// npm run bench: builds the console, runs every measurement on this machine, prints a table and writes
// bench/results/latest.json. Figures are medians over repeated runs; comparisons are ratios from one run.
// `npm run bench -- page-weight` builds and measures page weight only (bench/results/page-weight.json).
// `npm run bench -- configuration` measures configuration as code only (bench/results/configuration.json).
import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { startConsole } from "../test/support/start-console";
import { launchChromium } from "./lib/browser";
import { root, startStandaloneMock } from "./lib/processes";
import { round } from "./lib/stats";
import { measureFirstRow } from "./measure-first-row";
import { hundredChangesRequestBudget, measureConfiguration, type ConfigurationBench } from "./measure-configuration";
import { measureGatewayOverhead } from "./measure-gateway";
import { measureOverview } from "./measure-overview";
import { compareWithJsonServer } from "./measure-mock-vs-json-server";
import { measurePageWeights, pageJsBudgetKb, type PageWeight } from "./measure-page-weight";
import { measurePersistence } from "./measure-persistence";
import { measureSandboxes } from "./measure-sandboxes";

const distDir = ".next-bench";
const quick = process.argv.includes("--quick");
const pageWeightOnly = process.argv.includes("page-weight");
const configurationOnly = process.argv.includes("configuration");
const budgets = { pageJsKb: pageJsBudgetKb, gatewayOverheadP50Ms: 2, firstRowRatio: 1.25, unchangedSandboxKb: 30, readOnlyRssMbPer4000: 120 };

function build() {
  execFileSync(process.execPath, [path.join(root, "node_modules/next/dist/bin/next"), "build"], {
    cwd: root,
    env: { ...process.env, NEXT_DIST_DIR: distDir },
    stdio: ["ignore", "ignore", "inherit"],
  });
}

function buildKeepingTsconfig() {
  console.log(`Building the console into ${distDir} ...`);
  // next build adds its dist dir's type folders to tsconfig.json; the bench's build must not change the project.
  const tsconfigPath = path.join(root, "tsconfig.json");
  const tsconfig = readFileSync(tsconfigPath, "utf8");
  try {
    build();
  } finally {
    writeFileSync(tsconfigPath, tsconfig);
  }
}

async function collectPageWeights() {
  buildKeepingTsconfig();
  const browser = await launchChromium();
  const demo = await startConsole({ NEXT_DIST_DIR: distDir, GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "" });
  try {
    console.log("Measuring page weight ...");
    return await measurePageWeights(browser, demo.url);
  } finally {
    await demo.stop();
    await browser.close();
  }
}

async function collect() {
  buildKeepingTsconfig();
  const browser = await launchChromium();
  const demo = await startConsole({ NEXT_DIST_DIR: distDir, GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "" });
  let pageWeights, firstRow, overview;
  try {
    console.log("Measuring page weight ...");
    pageWeights = await measurePageWeights(browser, demo.url);
    console.log("Measuring time to the first grid row (50 vs 5,000 partners) ...");
    firstRow = await measureFirstRow(browser, demo.url, [50, 5000], quick ? 5 : 15);
    console.log("Measuring the overview's health counts (14 vs 5,000 partners per kind) ...");
    overview = await measureOverview(browser, demo.url, [14, 5000], quick ? 3 : 9);
  } finally {
    await demo.stop();
    await browser.close();
  }

  console.log("Measuring gateway overhead ...");
  const mock = await startStandaloneMock({ MOCK_GRAPH_THROTTLING: "off" });
  const live = await startConsole({
    NEXT_DIST_DIR: distDir,
    GRAPH_MODE: "live",
    GRAPH_BASE_URL: mock.url,
    AZURE_CLIENT_ID: "00000000-0000-4000-8000-000000000001",
    AZURE_TENANT_ID: "00000000-0000-4000-8000-000000000002",
  });
  let gateway;
  try {
    const token = "bench-gateway";
    const list = (await (await fetch(`${mock.url}/v1.0/deviceManagement/deviceManagementPartners?$top=1`, { headers: { Authorization: `Bearer ${token}` } })).json()) as {
      value: { id: string }[];
    };
    gateway = await measureGatewayOverhead(mock.url, live.url, { token, partnerId: list.value[0]!.id, blocks: quick ? 4 : 10, perBlock: 100 });
  } finally {
    await live.stop();
    await mock.stop();
  }

  console.log("Comparing the standalone mock with json-server ...");
  const jsonServer = await compareWithJsonServer({ rounds: quick ? 3 : 5, requests: quick ? 1000 : 3000, connections: 8 });
  console.log("Measuring write throughput with persistence on ...");
  const persistence = await measurePersistence({ rounds: 3, requests: quick ? 200 : 500, connectionCounts: [1, 8] });
  console.log("Measuring what a sandbox costs (copy-on-write) ...");
  const sandboxes = await measureSandboxes({ readOnlyTenants: quick ? 1000 : 4000 });
  console.log("Measuring configuration as code (1,000 partners per kind) ...");
  const configuration = await measureConfiguration();

  const listPage = pageWeights.find((p) => p.path === "/device-partners")!;
  const ratio = firstRow[1]!.medianMs / firstRow[0]!.medianMs;
  const results = {
    date: new Date().toISOString(),
    machine: { cpus: os.cpus().length, cpuModel: os.cpus()[0]?.model, memoryGiB: round(os.totalmem() / 2 ** 30, 1), node: process.version, platform: `${os.platform()} ${os.release()}` },
    pageWeights,
    firstRow,
    overview,
    gateway,
    jsonServer,
    persistence,
    sandboxes,
    configuration,
    budgets: {
      applyHundredChangesRequests: { budget: hundredChangesRequestBudget, actual: configuration.hundredChanges.requests, met: configuration.hundredChanges.requests <= hundredChangesRequestBudget },
      unchangedSandbox: { budgetKb: budgets.unchangedSandboxKb, actualKb: round(sandboxes.unchangedHeapBytes / 1024, 2), met: sandboxes.unchangedHeapBytes <= budgets.unchangedSandboxKb * 1024 },
      readOnlyVisitorsRss: {
        budgetMb: (budgets.readOnlyRssMbPer4000 * sandboxes.readOnlyTenants) / 4000,
        actualMb: round(sandboxes.rssGrowthMb, 1),
        met: sandboxes.rssGrowthMb <= (budgets.readOnlyRssMbPer4000 * sandboxes.readOnlyTenants) / 4000,
      },
      readOnlyVisitorsWriteNothing: { met: sandboxes.diskBytesPerReadOnlyVisitor === 0 },
      listPageJs: { budgetKb: budgets.pageJsKb, actualKb: round(listPage.jsBytesCompressed / 1024, 1), met: listPage.jsBytesCompressed <= budgets.pageJsKb * 1024 },
      demoLoadsNoMsal: { met: pageWeights.every((p) => !p.loadsMsal) },
      gatewayOverheadP50: { budgetMs: budgets.gatewayOverheadP50Ms, actualMs: round(gateway.overheadP50Ms, 3), met: gateway.overheadP50Ms <= budgets.gatewayOverheadP50Ms },
      mockFasterThanJsonServer: { met: jsonServer.comparisons.every((c) => c.throughputRatio > 1) },
      firstRow5000vs50: { ratio: round(ratio, 2), nearOneWithin: budgets.firstRowRatio, met: ratio <= budgets.firstRowRatio },
    },
  };
  return results;
}

type BenchResults = Awaited<ReturnType<typeof collect>>;

function configurationRows(c: ConfigurationBench): [string, string, string][] {
  const n = c.partnersPerKind.toLocaleString("en");
  return [
    [`Export, ${n} partners per kind`, `${round(c.export.ms, 0)} ms, ${round(c.export.bytes / 1024, 0)} KB, ${c.export.requests} requests`, ""],
    [`Compare with another tenant, ${n} per kind`, `${round(c.compare.ms, 0)} ms, ${c.compare.differences} differences, ${c.compare.requests} requests`, ""],
    [`Apply ${c.apply.changes} changes`, `${round(c.apply.ms, 0)} ms, ${c.apply.requests} $batch requests, ${c.apply.failed} failed; then ${c.compareAfterApply.differences} differences`, "0 differences"],
    [`Apply ${c.hundredChanges.changes} changes`, `${c.hundredChanges.requests} HTTP requests, ${round(c.hundredChanges.ms, 0)} ms`, `≤ ${hundredChangesRequestBudget} requests`],
  ];
}

async function main() {
  if (configurationOnly) {
    const configuration = await measureConfiguration();
    await mkdir(path.join(root, "bench/results"), { recursive: true });
    await writeFile(path.join(root, "bench/results/configuration.json"), JSON.stringify({ date: new Date().toISOString(), configuration }, null, 2) + "\n");
    for (const row of configurationRows(configuration)) console.log(row.join(" | "));
    return;
  }
  if (pageWeightOnly) {
    const pageWeights = await collectPageWeights();
    await mkdir(path.join(root, "bench/results"), { recursive: true });
    await writeFile(path.join(root, "bench/results/page-weight.json"), JSON.stringify({ date: new Date().toISOString(), pageWeights }, null, 2) + "\n");
    for (const p of pageWeights) console.log(pageWeightRow(p).join(" | "));
    return;
  }
  const results = await collect();
  await mkdir(path.join(root, "bench/results"), { recursive: true });
  await writeFile(path.join(root, "bench/results/latest.json"), JSON.stringify(results, null, 2) + "\n");
  printTable(results);
}

function pageWeightRow(p: PageWeight): [string, string, string] {
  return [`JS downloaded, ${p.page}`, `${round(p.jsBytesCompressed / 1024, 1)} KB gzip (${p.jsFiles} files)${p.loadsMsal ? ", loads MSAL" : ""}`, `≤ ${budgets.pageJsKb} KB`];
}

function printTable(r: BenchResults) {
  const rows: [string, string, string][] = [];
  for (const p of r.pageWeights) rows.push(pageWeightRow(p));
  rows.push(["Demo pages load MSAL code", r.pageWeights.some((p) => p.loadsMsal) ? "yes" : "no", "no"]);
  for (const f of r.firstRow) rows.push([`First grid row, ${f.partners} partners`, `${round(f.medianMs, 0)} ms median of ${f.runs.length}`, ""]);
  for (const o of r.overview) rows.push([`Overview counted, ${o.partnersPerKind} partners per kind`, `${round(o.medianMs, 0)} ms median of ${o.runs.length}, ${o.requests} Graph requests, ${o.responseKb} KB JSON`, ""]);
  rows.push(["First row ratio, 5,000 / 50", `${r.budgets.firstRow5000vs50.ratio}`, `≈ 1 (≤ ${budgets.firstRowRatio})`]);
  rows.push(["GET direct to mock, p50 / p99", `${round(r.gateway.direct.p50Ms, 3)} / ${round(r.gateway.direct.p99Ms, 3)} ms`, ""]);
  rows.push(["GET through gateway, p50 / p99", `${round(r.gateway.gateway.p50Ms, 3)} / ${round(r.gateway.gateway.p99Ms, 3)} ms`, ""]);
  rows.push(["Gateway overhead, p50 / p99", `${round(r.gateway.overheadP50Ms, 3)} / ${round(r.gateway.overheadP99Ms, 3)} ms`, `p50 ≤ ${budgets.gatewayOverheadP50Ms} ms`]);
  for (const c of r.jsonServer.comparisons) {
    rows.push([`${c.scenario}: mock vs json-server, req/s`, `${round(c.mock.requestsPerSecond, 0)} vs ${round(c.jsonServer.requestsPerSecond, 0)} (×${round(c.throughputRatio, 2)})`, "ratio > 1"]);
    rows.push([`${c.scenario}: mock vs json-server, p99`, `${round(c.mock.p99Ms, 2)} vs ${round(c.jsonServer.p99Ms, 2)} ms (×${round(c.p99Ratio, 2)})`, ""]);
  }
  for (const p of r.persistence) rows.push([`Durable PATCH, ${p.connections} connection(s)`, `${round(p.writesPerSecond, 0)} writes/s, p99 ${round(p.p99Ms, 1)} ms`, ""]);
  const s = r.sandboxes;
  rows.push(["Heap per unchanged sandbox", `${round(s.unchangedHeapBytes / 1024, 2)} KB`, `≤ ${budgets.unchangedSandboxKb} KB`]);
  rows.push(["Heap per changed sandbox (one PATCH)", `${round(s.changedHeapBytes / 1024, 1)} KB`, ""]);
  rows.push([`Server RSS growth, ${s.readOnlyTenants} read-only tenants`, `${round(s.rssGrowthMb, 1)} MB`, `≤ ${(budgets.readOnlyRssMbPer4000 * s.readOnlyTenants) / 4000} MB`]);
  rows.push(["Disk bytes per read-only visitor", `${s.diskBytesPerReadOnlyVisitor}`, "0"]);
  rows.push(...configurationRows(r.configuration));
  rows.push(["First use of a changed tenant after restart", `${round(s.firstUseAfterRestartMs, 2)} ms median (then ${round(s.inMemoryMs, 2)} ms)`, ""]);
  rows.push([`First use after restart, 5,000 partners (${round(s.largeTenantFileKb, 0)} KB file)`, `${round(s.firstUseLargeTenantMs, 1)} ms`, ""]);
  const widths = [0, 1, 2].map((i) => Math.max(...rows.map((row) => row[i]!.length), ["measure", "result", "budget"][i]!.length));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(" | ")} |`;
  console.log(`\nMachine: ${r.machine.cpus} × ${r.machine.cpuModel}, ${r.machine.memoryGiB} GiB, Node ${r.machine.node}\n`);
  console.log(line(["measure", "result", "budget"]));
  console.log(`|${widths.map((w) => "-".repeat(w + 2)).join("|")}|`);
  for (const row of rows) console.log(line(row));
  const failed = Object.entries(r.budgets).filter(([, b]) => !b.met).map(([k]) => k);
  console.log(failed.length ? `\nBudgets NOT met: ${failed.join(", ")}` : "\nEvery budget met.");
  console.log("Written to bench/results/latest.json");
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
