import { chromium, type Browser } from "@playwright/test";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
  });
}

/** The console's own fetch headers: the gateway refuses mutations without them. */
export function consoleHeaders(baseUrl: string): Record<string, string> {
  return { Origin: baseUrl, "X-Requested-With": "XMLHttpRequest", "Content-Type": "application/json" };
}
