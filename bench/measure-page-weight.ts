import type { Browser } from "@playwright/test";
import { consoleHeaders } from "./lib/browser";

export interface PageWeight {
  page: string;
  path: string;
  jsBytesCompressed: number;
  jsFiles: number;
  loadsMsal: boolean;
}

// A string msal-browser carries in every build of it (its library name, sent in telemetry headers).
const msalMarker = "msal.js.browser";

/** Loads each page in a fresh context (cold cache) and adds up the compressed bytes of the JavaScript it downloads. */
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
  for (const { page: name, path } of pages) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const scripts: Promise<{ bytes: number; msal: boolean }>[] = [];
    page.on("requestfinished", (request) => {
      if (request.resourceType() !== "script") return;
      scripts.push(
        (async () => {
          const [sizes, response] = await Promise.all([request.sizes(), request.response()]);
          const body = (await response?.text().catch(() => "")) ?? "";
          return { bytes: sizes.responseBodySize, msal: body.includes(msalMarker) };
        })(),
      );
    });
    await page.goto(baseUrl + path, { waitUntil: "networkidle" });
    const done = await Promise.all(scripts);
    results.push({
      page: name,
      path,
      jsBytesCompressed: done.reduce((sum, s) => sum + s.bytes, 0),
      jsFiles: done.length,
      loadsMsal: done.some((s) => s.msal),
    });
    await context.close();
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
