import type { Browser } from "@playwright/test";
import { consoleHeaders } from "./lib/browser";
import { median } from "./lib/stats";

export interface FirstRowResult {
  partners: number;
  runs: number[];
  medianMs: number;
}

/**
 * Time from navigation to the first data row of the device partner grid, for sandboxes of each size,
 * alternating sizes run by run so drift on a shared machine hits both alike.
 */
export async function measureFirstRow(browser: Browser, baseUrl: string, sizes: number[], runs: number): Promise<FirstRowResult[]> {
  const contexts = await Promise.all(
    sizes.map(async (size) => {
      const context = await browser.newContext();
      const res = await context.request.post(`${baseUrl}/api/demo/reset`, {
        headers: consoleHeaders(baseUrl),
        data: { deviceManagementPartners: size },
      });
      if (!res.ok()) throw new Error(`reset to ${size} partners answered ${res.status()}`);
      const page = await context.newPage();
      await page.goto(`${baseUrl}/device-partners`); // warm: compiled chunks cached, sandbox in memory
      await page.getByRole("row").nth(1).waitFor();
      return { size, page, times: [] as number[] };
    }),
  );
  for (let run = 0; run < runs; run++) {
    for (const entry of contexts) {
      const t0 = performance.now();
      await entry.page.goto(`${baseUrl}/device-partners`);
      await entry.page.getByRole("row").nth(1).waitFor();
      entry.times.push(performance.now() - t0);
    }
  }
  await Promise.all(contexts.map((c) => c.page.context().close()));
  return contexts.map((c) => ({ partners: c.size, runs: c.times, medianMs: median(c.times) }));
}
