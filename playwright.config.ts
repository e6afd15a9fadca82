import { defineConfig, devices } from "@playwright/test";
import { liveAuthorityTenant, liveBaseURL, liveClientId, livePort } from "./e2e/support/live-config";

const port = Number(process.env.E2E_PORT ?? 3107);
// A third console whose mock answers as real tenants do (MOCK_GRAPH_FLAVOR=service), for the create/edit flows.
const servicePort = Number(process.env.E2E_SERVICE_PORT ?? 3109);
// Tests call the API through Playwright's request context, which reuses a connection after the page has worked
// for a while; with Node's default 5 s the server may close that connection just as it is reused (ECONNRESET).
const keepAlive = "--keepAliveTimeout 120000";

export default defineConfig({
  testDir: "e2e",
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  // A whole journey (several page loads, axe runs in both themes) on a shared 2-core machine can pass 30 s; a test's
  // time limit only stops a hung test, it is not an assertion about speed.
  timeout: 60_000,
  // CI machines are shared: waits for the UI get 20 s (Playwright's default is 5 s); under a full machine (load ≈ 8 on
  // 2 cores) an edit page once took more than 10 s to load its partner. A wait is not a timed assertion.
  expect: { timeout: 20_000 },
  reporter: [["list"]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: "retain-on-failure",
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
      args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  projects: [
    { name: "chromium", testIgnore: /live-.*\.spec\.ts$/, use: { ...devices["Desktop Chrome"] } },
    // Live mode: the real msal-browser (a sign-in is a full redirect round trip through the stub: 90 s a test) against a stubbed identity platform, Graph = the console's own /mock-graph.
    { name: "live", testMatch: /live-.*\.spec\.ts$/, timeout: 120_000, use: { ...devices["Desktop Chrome"], baseURL: liveBaseURL } },
    // Only the create/edit flows tagged @both-flavors run again here: PATCH answers 204, compliance partners cannot be created.
    {
      name: "service",
      testMatch: /(device|compliance)-partners-form\.spec\.ts$/,
      grep: /@both-flavors/,
      use: { ...devices["Desktop Chrome"], baseURL: `http://127.0.0.1:${servicePort}` },
    },
  ],
  webServer: [
    {
      command: `node scripts/start-built.mjs -p ${port} -H 127.0.0.1 ${keepAlive}`,
      url: `http://127.0.0.1:${port}`,
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      command: `node scripts/start-built.mjs -p ${livePort} -H 127.0.0.1 ${keepAlive}`,
      url: liveBaseURL,
      env: { GRAPH_MODE: "live", AZURE_CLIENT_ID: liveClientId, AZURE_TENANT_ID: liveAuthorityTenant, GRAPH_BASE_URL: `${liveBaseURL}/mock-graph`, MOCK_GRAPH_ENDPOINT: "always" },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
    {
      command: `node scripts/start-built.mjs -p ${servicePort} -H 127.0.0.1 ${keepAlive}`,
      url: `http://127.0.0.1:${servicePort}`,
      env: { GRAPH_MODE: "demo", MOCK_GRAPH_FLAVOR: "service" },
      reuseExistingServer: !process.env.CI,
      timeout: 300_000,
    },
  ],
});
