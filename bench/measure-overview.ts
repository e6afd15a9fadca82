import type { Browser } from "@playwright/test";
import { consoleHeaders } from "./lib/browser";
import { median } from "./lib/stats";

export interface OverviewResult {
  partnersPerKind: number;
  runs: number[];
  medianMs: number;
  /** Graph requests the overview made in one load, and their response bytes (uncompressed JSON). */
  requests: number;
  responseKb: number;
}

/**
 * Time from navigation until the overview has counted every partner of both kinds (both "N in total" shown),
 * for sandboxes of each size, alternating sizes run by run so drift on a shared machine hits both alike.
 */
export async function measureOverview(browser: Browser, baseUrl: string, sizes: number[], runs: number): Promise<OverviewResult[]> {
  const entries = await Promise.all(
    sizes.map(async (size) => {
      const context = await browser.newContext();
      const res = await context.request.post(`${baseUrl}/api/demo/reset`, {
        headers: consoleHeaders(baseUrl),
        data: { deviceManagementPartners: size, complianceManagementPartners: size },
      });
      if (!res.ok()) throw new Error(`reset to ${size} partners answered ${res.status()}`);
      const page = await context.newPage();
      let requests = 0;
      let bytes = 0;
      page.on("response", async (response) => {
        if (!response.url().includes("/api/graph/")) return;
        requests++;
        bytes += (await response.body().catch(() => Buffer.alloc(0))).length;
      });
      const counted = page.getByText(`${size.toLocaleString("en")} in total`);
      await page.goto(`${baseUrl}/`); // warm: compiled chunks cached, sandbox in memory
      await counted.nth(1).waitFor({ timeout: 120_000 });
      await page.waitForLoadState("networkidle");
      const perLoad = { requests, responseKb: bytes / 1024 };
      return { size, page, counted, perLoad, times: [] as number[] };
    }),
  );
  for (let run = 0; run < runs; run++) {
    for (const entry of entries) {
      const t0 = performance.now();
      await entry.page.goto(`${baseUrl}/`);
      await entry.counted.nth(1).waitFor({ timeout: 120_000 });
      entry.times.push(performance.now() - t0);
    }
  }
  await Promise.all(entries.map((e) => e.page.context().close()));
  return entries.map((e) => ({
    partnersPerKind: e.size,
    runs: e.times,
    medianMs: median(e.times),
    requests: e.perLoad.requests,
    responseKb: Math.round(e.perLoad.responseKb * 10) / 10,
  }));
}
