import { gzipSync } from "node:zlib";
import type { Browser } from "@playwright/test";
import { consoleHeaders } from "./lib/browser";

/** The list page's budget for the JavaScript it downloads, gzip: `npm run bench` reports it, `npm test` enforces it. */
export const pageJsBudgetKb = 250;

export interface PageWeight {
  page: string;
  path: string;
  jsBytesCompressed: number;
  jsFiles: number;
  loadsMsal: boolean;
}

export interface PageScript {
  url: string;
  /** The script's body gzipped here at zlib's default level (what `next start` sends), so the figure depends on the build, not the server. */
  gzipBytes: number;
  msal: boolean;
}

// A string msal-browser carries in every build of it (its library name, sent in telemetry headers).
const msalMarker = "msal.js.browser";

/** Loads one page in a fresh context (cold cache) and lists every script it downloads until the network is idle. */
export async function measureScripts(browser: Browser, url: string): Promise<PageScript[]> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    const scripts: Promise<PageScript>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      scripts.push(
        (async () => {
          const body = (await (await request.response())?.body().catch(() => undefined)) ?? Buffer.alloc(0);
          return { url: request.url(), gzipBytes: gzipSync(body).length, msal: body.includes(msalMarker) };
        })(),
      );
    });
    const response = await page.goto(url, { waitUntil: "networkidle" });
    if (!response?.ok()) throw new Error(`${url} answered ${response?.status()}`);
    return await Promise.all(scripts);
  } finally {
    await context.close();
  }
}

/** Adds up the compressed bytes of the JavaScript each page downloads. */
export async function measurePageWeights(browser: Browser, baseUrl: string): Promise<PageWeight[]> {
  const ids = await firstIds(browser, baseUrl);
  const pages = [
    { page: "Device partners: list", path: "/device-partners" },
    { page: "Device partners: detail", path: `/device-partners/${ids.device}` },
    { page: "Device partners: edit", path: `/device-partners/${ids.device}/edit` },
    { page: "Compliance partners: list", path: "/compliance-partners" },
    { page: "Compliance partners: detail", path: `/compliance-partners/${ids.compliance}` },
    { page: "Compliance partners: edit", path: `/compliance-partners/${ids.compliance}/edit` },
  ];
  const results: PageWeight[] = [];
  for (const { page, path } of pages) {
    const scripts = await measureScripts(browser, baseUrl + path);
    results.push({
      page,
      path,
      jsBytesCompressed: scripts.reduce((sum, s) => sum + s.gzipBytes, 0),
      jsFiles: scripts.length,
      loadsMsal: scripts.some((s) => s.msal),
    });
  }
  return results;
}

async function firstIds(browser: Browser, baseUrl: string) {
  const context = await browser.newContext();
  const get = async (collection: string) => {
    const res = await context.request.get(`${baseUrl}/api/graph/v1.0/deviceManagement/${collection}?$top=1&$select=id`, {
      headers: consoleHeaders(baseUrl),
    });
    const body = (await res.json()) as { value: { id: string }[] };
    return body.value[0]!.id;
  };
  const ids = { device: await get("deviceManagementPartners"), compliance: await get("complianceManagementPartners") };
  await context.close();
  return ids;
}
