import { expect, type Browser, type BrowserContext, type Page, type Request } from "@playwright/test";
import { consoleHeaders, Sandbox } from "./sandbox";
import type { Theme } from "./fixtures";

/** A second browser context: its own cookie, so its own demo sandbox (a second tenant). */
export async function secondTenant(browser: Browser, baseURL: string, theme: Theme): Promise<{ context: BrowserContext; page: Page; sandbox: Sandbox }> {
  const context = await browser.newContext({ baseURL });
  await context.addCookies([
    { name: "console-theme", value: theme, url: baseURL },
    { name: "console-api-version", value: "beta", url: baseURL },
  ]);
  const page = await context.newPage();
  return { context, page, sandbox: Sandbox.of(page, baseURL) };
}

/** Graph through the gateway, as a script would send it; asserts the answer was a success. */
export async function graph(page: Page, baseURL: string, method: "GET" | "POST" | "PATCH" | "DELETE", path: string, data?: unknown): Promise<Record<string, unknown> & { value?: Record<string, unknown>[] }> {
  const response = await page.context().request.fetch(`/api/graph/beta${path}`, { method, headers: consoleHeaders(baseURL), data });
  expect(response.status(), `${method} ${path}: ${await response.text()}`).toBeLessThan(300);
  return response.status() === 204 ? {} : ((await response.json()) as Record<string, unknown>);
}

/** The Configuration page, found by role and label. */
export class ConfigurationPage {
  constructor(readonly page: Page) {}

  async goto() {
    await this.page.goto("/configuration");
    await expect(this.page.getByRole("heading", { level: 1, name: "Configuration" })).toBeVisible();
    await expect(this.page.getByRole("navigation", { name: "Main" }).getByRole("link", { name: "Configuration" })).toHaveAttribute("aria-current", "page");
  }

  /** Clicks Export and returns the downloaded document's text. */
  async export(): Promise<{ name: string; text: string }> {
    const download = this.page.waitForEvent("download");
    await this.page.getByRole("button", { name: "Export" }).click();
    const file = await download;
    const stream = await file.createReadStream();
    const chunks: Buffer[] = [];
    for await (const chunk of stream) chunks.push(chunk as Buffer);
    await expect(this.page.getByRole("status").filter({ hasText: /^Exported/ })).toBeVisible();
    return { name: file.suggestedFilename(), text: Buffer.concat(chunks).toString("utf8") };
  }

  async compareWithTenant(text: string) {
    await this.page.getByRole("radio", { name: "The current tenant" }).check();
    await this.page.getByLabel("Document", { exact: true }).setInputFiles({ name: "desired.json", mimeType: "application/json", buffer: Buffer.from(text) });
    await this.page.getByRole("button", { name: "Compare", exact: true }).click();
  }

  get summary() {
    return this.page.getByRole("region", { name: "Differences" }).getByRole("status");
  }

  /** One partner's result, in the list of its kind (both kinds may hold the same name). */
  partner(kind: "device" | "compliance", name: string) {
    const list = this.page.getByRole("list", { name: kind === "device" ? "Device management partners" : "Compliance management partners" });
    return list.getByRole("listitem", { name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}: `) });
  }

  /** Every request the page sends to the gateway from now on. */
  recordGraphRequests(): Request[] {
    const seen: Request[] = [];
    this.page.on("request", (request) => {
      if (new URL(request.url()).pathname.startsWith("/api/graph/")) seen.push(request);
    });
    return seen;
  }
}
