import type { BatchRequestItem, BatchResponseItem } from "@/lib/config/apply-plan";
import type { GraphReader } from "@/lib/config/read-tenant";
import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { fetchCollectionPage } from "./graph-collection";
import { graphFetch } from "./graph-fetch";
import { graphUrl } from "./graph-url";

/** Configuration as code from the browser: reads and batches through the console's gateway. */
export function browserGraphPort(version: ApiVersion, signal?: AbortSignal): GraphReader & { sendBatch(requests: BatchRequestItem[]): Promise<BatchResponseItem[]> } {
  return {
    version,
    async getAll(path, query = {}) {
      const items: Record<string, unknown>[] = [];
      let nextLink: string | undefined;
      do {
        const page = await fetchCollectionPage<Record<string, unknown>>(version, path, query, nextLink, signal);
        items.push(...page.value);
        nextLink = page["@odata.nextLink"];
      } while (nextLink);
      return items;
    },
    async sendBatch(requests) {
      const { data } = await graphFetch<{ responses?: BatchResponseItem[] }>(graphUrl(version, "$batch"), { method: "POST", body: { requests }, signal });
      if (!Array.isArray(data?.responses)) throw new GraphError(502, "Graph answered the batch without responses.", { code: "BadGateway" });
      return data.responses;
    },
  };
}
