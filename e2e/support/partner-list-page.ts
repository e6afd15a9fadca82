import { expect, type Locator, type Page } from "@playwright/test";

/** A partner list as a user finds it: the grid by its name, rows by their partner's link, the toolbar by its labels. */
export class PartnerListPage<Facet extends string = string> {
  readonly grid: Locator;
  readonly rows: Locator;
  readonly status: Locator;

  constructor(
    readonly page: Page,
    private readonly title: string,
    private readonly path: string,
  ) {
    this.grid = page.getByRole("grid", { name: title });
    // Data rows only: each has its partner's link; the header row has none.
    this.rows = this.grid.getByRole("row").filter({ has: page.getByRole("link") });
    this.status = page.getByRole("status").filter({ hasText: /^Showing/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`${this.path}${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: this.title })).toBeVisible();
  }

  async loaded(): Promise<void> {
    await expect(this.page.getByRole("status").filter({ hasText: /Loading/ })).toHaveCount(0);
  }

  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole("link", { name, exact: true }) });
  }

  async names(): Promise<string[]> {
    return this.rows.locator("a").allTextContents();
  }

  async search(text: string): Promise<void> {
    const box = this.page.getByRole("searchbox", { name: "Search by name" });
    await box.fill(text);
    await box.press("Enter");
  }

  async filter(facet: Facet, option: string): Promise<void> {
    await this.page.getByRole("combobox", { name: facet }).click();
    await this.page.getByRole("menuitemcheckbox", { name: option, exact: true }).click();
    await this.page.keyboard.press("Escape");
  }

  columnHeader(name: string): Locator {
    return this.grid.getByRole("columnheader", { name });
  }

  async sortBy(name: string): Promise<void> {
    await this.columnHeader(name).getByRole("button").click();
  }
}
