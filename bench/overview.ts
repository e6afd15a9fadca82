// npx tsx bench/overview.ts [--quick]: the overview's time to count every partner, 14 (the curated seed) against
// 5,000 partners per kind, on the existing production build (`npx next build` first); writes bench/results/overview.json.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { startConsole } from "../test/support/start-console";
import { launchChromium } from "./lib/browser";
import { root } from "./lib/processes";
import { round } from "./lib/stats";
import { measureOverview } from "./measure-overview";

async function main() {
  const quick = process.argv.includes("--quick");
  const browser = await launchChromium();
  const demo = await startConsole({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "" });
  try {
    const results = await measureOverview(browser, demo.url, [14, 5000], quick ? 3 : 9);
    for (const r of results) {
      console.log(
        `overview, ${r.partnersPerKind} partners per kind: median ${round(r.medianMs, 0)} ms over ${r.runs.length} loads, ${r.requests} Graph requests, ${r.responseKb} KB of JSON`,
      );
    }
    const [small, large] = results;
    console.log(`ratio 5,000 / 14: ${round(large!.medianMs / small!.medianMs)}`);
    await mkdir(path.join(root, "bench/results"), { recursive: true });
    await writeFile(path.join(root, "bench/results/overview.json"), JSON.stringify({ measuredAt: new Date().toISOString(), results }, null, 2) + "\n");
  } finally {
    await demo.stop();
    await browser.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
