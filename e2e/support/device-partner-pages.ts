import { expect, type Locator, type Page } from "@playwright/test";

export class DevicePartnersListPage {
  readonly grid: Locator;
  readonly rows: Locator;
  readonly status: Locator;

  constructor(readonly page: Page) {
    this.grid = page.getByRole("grid", { name: "Device management partners" });
    // Data rows only: each has its partner's link; the header row has none.
    this.rows = this.grid.getByRole("row").filter({ has: page.getByRole("link") });
    this.status = page.getByRole("status").filter({ hasText: /^Showing/ });
  }

  async goto(query = ""): Promise<void> {
    await this.page.goto(`/device-partners${query}`);
    await expect(this.page.getByRole("heading", { level: 1, name: "Device management partners" })).toBeVisible();
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

  async filter(facet: "Partner state" | "App type", option: string): Promise<void> {
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

export class DevicePartnerFormPage {
  constructor(readonly page: Page) {}

  field(label: string): Locator {
    return this.page.getByLabel(label);
  }

  assignment(index: number): Locator {
    return this.page.getByRole("group", { name: `Groups requiring partner enrollment: Assignment ${index + 1}` });
  }

  async addAssignment(): Promise<Locator> {
    const count = await this.page.getByRole("group", { name: /^Groups requiring partner enrollment: Assignment/ }).count();
    await this.page.getByRole("button", { name: "Add assignment" }).click();
    const row = this.assignment(count);
    await expect(row).toBeVisible();
    return row;
  }

  async chooseTarget(row: Locator, label: string): Promise<void> {
    await row.getByLabel("Target type").selectOption({ label });
  }

  async pickGroup(row: Locator, search: string, name: string): Promise<void> {
    const box = row.getByRole("combobox", { name: "Group" });
    await box.click();
    await box.fill(search);
    await this.page.getByRole("option", { name, exact: true }).click();
    await expect(box).toHaveValue(name);
  }

  async save(label: "Save" | "Create" = "Save"): Promise<void> {
    await this.page.getByRole("button", { name: label, exact: true }).click();
  }
}
