// npm run config -- export|compare|apply|schema: configuration as code on the same lib/config code as the browser.
import { readFileSync, writeFileSync } from "node:fs";
import { parseArgs } from "node:util";
import { isApiVersion } from "../lib/graph/api-version";
import { GraphError } from "../lib/graph/graph-error";
import { applyPlan } from "../lib/config/apply-plan";
import { compareConfiguration, hasDifferences } from "../lib/config/compare-configuration";
import { serializeConfiguration } from "../lib/config/configuration-document";
import { configurationJsonSchema, parseConfiguration } from "../lib/config/configuration-schema";
import { describeComparison } from "../lib/config/describe-comparison";
import { graphHttpPort } from "../lib/config/graph-http-port";
import { planChanges } from "../lib/config/plan-changes";
import { readTenantConfiguration } from "../lib/config/read-tenant";

const usage = `usage: npm run config -- <export|compare|apply|schema> [document.json] [options]
  --base-url URL       Graph, the standalone mock or the console's /mock-graph (default https://graph.microsoft.com)
  --version V          beta or v1.0 (default beta)
  --token-env NAME     the environment variable holding the bearer token (default GRAPH_TOKEN)
  --out FILE           export: write the document here (default: standard output)
  --include-volatile   compare/apply: also id, heartbeat, state and the device dates
  --yes                apply: send the changes
compare exits 0 when the tenant matches the document, 2 when it does not.`;

class UsageError extends Error {}

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      "base-url": { type: "string", default: "https://graph.microsoft.com" },
      version: { type: "string", default: "beta" },
      "token-env": { type: "string", default: "GRAPH_TOKEN" },
      out: { type: "string" },
      "include-volatile": { type: "boolean", default: false },
      yes: { type: "boolean", default: false },
      help: { type: "boolean", default: false },
    },
  });
  const [command, file] = positionals;
  if (values.help || !command) return (console.log(usage), values.help ? 0 : 1);
  if (command === "schema") return (process.stdout.write(`${JSON.stringify(configurationJsonSchema(), null, 2)}\n`), 0);
  if (!["export", "compare", "apply"].includes(command)) throw new UsageError(`unknown command '${command}'`);
  if (!isApiVersion(values.version)) throw new UsageError(`--version must be beta or v1.0, not '${values.version}'`);
  const tokenEnv = values["token-env"]!;
  const token = process.env[tokenEnv];
  if (!token) throw new UsageError(`the environment variable ${tokenEnv} holds no token (set it, or name another with --token-env)`);
  const port = graphHttpPort({ baseUrl: values["base-url"]!, version: values.version, token });

  if (command === "export") {
    const { document } = await readTenantConfiguration(port);
    const text = serializeConfiguration(document);
    if (values.out) writeFileSync(values.out, text);
    else process.stdout.write(text);
    if (values.out) console.error(`Exported ${document.deviceManagementPartners.length} device and ${document.complianceManagementPartners.length} compliance partners to ${values.out}.`);
    return 0;
  }

  if (!file) throw new UsageError(`${command} needs the document's path`);
  const desired = parseConfiguration(readFileSync(file, "utf8"));
  const { document: current, directory } = await readTenantConfiguration(port, desired);
  const comparisons = compareConfiguration(desired, current, directory, { includeVolatile: values["include-volatile"] });
  const differences = comparisons.filter((c) => c.status !== "unchanged");
  for (const comparison of differences) console.log(describeComparison(comparison).join("\n"));
  if (!hasDifferences(comparisons)) {
    console.log(`No differences: the tenant matches ${file}.`);
    return 0;
  }
  if (command === "compare") return (console.log(`${differences.length} partner(s) differ from ${file}.`), 2);

  const plan = planChanges(port.version, differences);
  for (const { comparison, reason } of plan.blocked) console.log(`skipped "${comparison.displayName ?? "(no name)"}": ${reason}`);
  if (!values.yes) {
    for (const request of plan.requests) console.log(`would send: ${request.method} /${port.version}${request.url}`);
    console.log("Nothing sent: add --yes to apply these changes.");
    return 2;
  }
  const results = await applyPlan(plan.requests, { send: port.sendBatch });
  for (const r of results) {
    const what = `${r.request.method} /${port.version}${r.request.url}`;
    console.log(r.ok ? `ok ${r.status} ${what}` : `failed ${r.status} ${what}: ${r.error?.code}: ${r.error?.message}${r.error?.requestId ? ` (request-id ${r.error.requestId})` : ""}`);
  }
  const failed = results.filter((r) => !r.ok).length;
  console.log(`${results.length - failed} applied, ${failed} failed, ${plan.blocked.length} skipped; ${port.requestCount()} HTTP requests.`);
  return failed || plan.blocked.length ? 1 : 0;
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    if (error instanceof GraphError) console.error(`error: ${error.code}: ${error.message}${error.requestId ? ` (request-id ${error.requestId})` : ""}`);
    else if (error instanceof UsageError || (error as { code?: string }).code?.startsWith("ERR_PARSE_ARGS")) console.error(`error: ${(error as Error).message}\n${usage}`);
    else console.error(`error: ${(error as Error).message}`);
    process.exit(1);
  },
);
