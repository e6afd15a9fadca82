import { test as base, expect, type Page } from "@playwright/test";
import { expectAccessible } from "./axe";
import { Sandbox } from "./sandbox";

export type Theme = "light" | "dark";
/** How the console's mock answers: as Microsoft documents (`docs`), or as real tenants do (`service`, its own project). */
export type Flavor = "docs" | "service";

interface Fixtures {
  /** The theme the test starts in (set by cookie before the first page load). */
  theme: Theme;
  /** The API version the test starts in. */
  apiVersion: "beta" | "v1.0";
  sandbox: Sandbox;
  /** The mock's flavor for this test's project. */
  flavor: Flavor;
  /** Runs axe on the page as it is now; names the theme in failures. */
  axe: (what: string) => Promise<void>;
  /** Fails the test on uncaught page errors and React hydration mismatches. */
  pageErrors: void;
}

export const test = base.extend<Fixtures>({
  theme: ["light", { option: true }],
  apiVersion: ["beta", { option: true }],
  context: async ({ context, baseURL, theme, apiVersion }, provide) => {
    const url = baseURL!;
    await context.addCookies([
      { name: "console-theme", value: theme, url },
      { name: "console-api-version", value: apiVersion, url },
    ]);
    await provide(context);
  },
  flavor: async ({}, provide, testInfo) => {
    await provide(testInfo.project.name === "service" ? "service" : "docs");
  },
  sandbox: async ({ page, baseURL }, provide) => {
    await provide(Sandbox.of(page, baseURL!));
  },
  pageErrors: [
    async ({ page }, provide) => {
      const errors: string[] = [];
      page.on("pageerror", (error) => errors.push(error.message));
      page.on("console", (message) => {
        if (message.type() === "error" && /hydrat/i.test(message.text())) errors.push(message.text());
      });
      await provide();
      expect(errors, "errors in the page").toEqual([]);
    },
    { auto: true },
  ],
  axe: async ({ page, theme }, provide) => {
    await provide((what) => expectAccessible(page, `${what} (${theme})`));
  },
});

export { expect };

export function uniqueName(prefix: string): string {
  return `${prefix} ${Math.random().toString(36).slice(2, 8)}`;
}

/** Waits until client-side rendering settled: the app shell is hydrated when the theme switch responds. */
export async function ready(page: Page): Promise<void> {
  await expect(page.getByRole("switch", { name: "Dark theme" })).toBeEnabled();
}
