import type { Page } from "@playwright/test";

/** Strings every build of msal-browser / msal-react carries: the library SKU and the package names. */
export const msalMarkers = ["msal.js.browser", "@azure/msal-browser", "@azure/msal-react"];

/** The text of every script the page ran: fetched files as they arrive, and inline scripts at the end. */
export function collectScripts(page: Page): { all: () => Promise<{ url: string; text: string }[]> } {
  const fetched: Promise<{ url: string; text: string } | undefined>[] = [];
  page.on("response", (response) => {
    if (response.request().resourceType() !== "script") return;
    fetched.push(response.text().then((text) => ({ url: response.url(), text }), () => undefined));
  });
  return {
    async all() {
      const inline = await page.evaluate(() => Array.from(document.scripts, (script) => script.textContent ?? ""));
      const files = (await Promise.all(fetched)).filter((script) => script !== undefined);
      return [...files, ...inline.map((text, index) => ({ url: `inline script ${index}`, text }))];
    },
  };
}

export function scriptsWithMsal(scripts: { url: string; text: string }[]): string[] {
  return scripts.filter(({ text }) => msalMarkers.some((marker) => text.includes(marker))).map(({ url }) => url);
}
