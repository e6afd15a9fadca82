// npm test, after the build: the list pages must download at most the budget of gzip JavaScript in demo mode.
// Bytes, not time: each script the page loads in Chromium (cold cache, until the network is idle) is gzipped here.
// `--files` prints every script with its size.
import { launchChromium } from "../bench/lib/browser";
import { measureScripts, pageJsBudgetKb } from "../bench/measure-page-weight";
import { startConsole } from "../test/support/start-console";

const listPages = ["/device-partners", "/compliance-partners"];
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

async function main() {
  const showFiles = process.argv.includes("--files");
  const budget = pageJsBudgetKb * 1024;
  const server = await startConsole({ GRAPH_MODE: "demo", MOCK_GRAPH_DATA_DIR: "" });
  const browser = await launchChromium();
  const over: string[] = [];
  try {
    for (const path of listPages) {
      const scripts = await measureScripts(browser, server.url + path);
      const total = scripts.reduce((sum, s) => sum + s.gzipBytes, 0);
      console.log(`${path}: ${kb(total)} gzip JavaScript in ${scripts.length} files (budget ${pageJsBudgetKb} KB)`);
      if (showFiles) for (const s of [...scripts].sort((a, b) => b.gzipBytes - a.gzipBytes)) console.log(`  ${kb(s.gzipBytes).padStart(9)}  ${new URL(s.url).pathname}`);
      if (total > budget) over.push(`${path} loads ${kb(total)}, ${kb(total - budget)} over the ${pageJsBudgetKb} KB budget`);
    }
  } finally {
    await browser.close();
    await server.stop();
  }
  if (over.length) {
    console.error(`Page weight over budget:\n- ${over.join("\n- ")}\nSee the README's Benchmarks section; run with --files to see each script.`);
    process.exit(1);
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
