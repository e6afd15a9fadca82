import type { GraphCollectionPage } from "./graph-collection";

/**
 * How many rows the collection holds, as far as the pages show; undefined when unknown. Intune's `@odata.count` is
 * reported to be missing or wrong (microsoft-graph-docs#18143): a count is believed only when it is a whole number
 * that is not below the rows already returned, and once every page is loaded the rows themselves are the count.
 */
export function collectionCount(pages: readonly GraphCollectionPage<unknown>[]): number | undefined {
  if (!pages.length) return undefined;
  const loaded = pages.reduce((sum, page) => sum + page.value.length, 0);
  if (!pages.at(-1)!["@odata.nextLink"]) return loaded;
  const count = pages[0]!["@odata.count"];
  return typeof count === "number" && Number.isInteger(count) && count >= loaded ? count : undefined;
}
