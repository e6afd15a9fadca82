import { expect, type Locator, type Page } from "@playwright/test";
import { PartnerListPage } from "./partner-list-page";

export class DevicePartnersListPage extends PartnerListPage<"Partner state" | "App type"> {
  constructor(page: Page) {
    super(page, "Device management partners", "/device-partners");
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
