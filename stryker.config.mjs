import { createHash } from "node:crypto";

// Mutation testing: `npm run mutation` (all four folders), or one folder with
// `MUTATION_FOLDER=lib/gateway npm run mutation`. Not part of `npm test`: it is slow.
const all = ["lib/graph", "lib/gateway", "lib/mock-graph", "lib/api"];
const folders = process.env.MUTATION_FOLDER ? process.env.MUTATION_FOLDER.split(",") : all;
const joined = process.env.MUTATION_FOLDER ? folders.map((f) => f.replace(/^lib\//, "").replaceAll(/[/.*]/g, "-")).join("+") : "all";
// A long file list would make a report name longer than a file name may be: shorten it to a stable hash.
const name = joined.length <= 100 ? joined : `selection-${createHash("sha256").update(joined).digest("hex").slice(0, 12)}`;

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
const config = {
  testRunner: "vitest",
  vitest: { configFile: "vitest.mutation.config.mts" },
  plugins: ["@stryker-mutator/vitest-runner"],
  // A folder, or a single file when MUTATION_FOLDER names one.
  mutate: folders.flatMap((folder) => (folder.endsWith(".ts") ? [folder] : [`${folder}/**/*.ts`, `!${folder}/**/__tests__/**`])),
  // Static mutants (module-level constants such as zod schemas) rerun every test each; on a shared 2-core machine
  // that alone would take hours, so they are left out of the score.
  ignoreStatic: true,
  ignorePatterns: [".next", ".next-*", ".data", "test-results", "playwright-report", "bench/results", "reports"],
  coverageAnalysis: "perTest",
  // The machine is shared: two test processes at most.
  concurrency: 2,
  incremental: true,
  incrementalFile: `reports/mutation/${name}.incremental.json`,
  reporters: ["clear-text", "progress", "html", "json"],
  htmlReporter: { fileName: `reports/mutation/${name}.html` },
  jsonReporter: { fileName: `reports/mutation/${name}.json` },
  tempDirName: ".stryker-tmp",
  timeoutMS: 20_000,
};

export default config;
