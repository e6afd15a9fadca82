import { applyPlan } from "@/lib/config/apply-plan";
import type { ApiVersion } from "@/lib/graph/api-version";
import { GraphError } from "@/lib/graph/graph-error";
import { browserGraphPort } from "./configuration-port";

/**
 * Deletes entities of one collection as `$batch` calls of up to 20 (a throttled one goes again after its Retry-After);
 * resolves with the ids that failed and Graph's error for each.
 */
export async function batchDelete(version: ApiVersion, collectionPath: string, ids: readonly string[]): Promise<{ id: string; error: GraphError }[]> {
  const base = `/${collectionPath.replace(/^\/+/, "")}`;
  const requests = ids.map((id, index) => ({ id: String(index + 1), method: "DELETE", url: `${base}/${encodeURIComponent(id)}`, entityId: id }));
  const results = await applyPlan(requests, { send: browserGraphPort(version).sendBatch });
  return results
    .filter((r) => !r.ok)
    .map((r) => ({
      id: r.request.entityId,
      error: new GraphError(r.status, r.error?.message ?? `Graph answered ${r.status}.`, { code: r.error?.code ?? `HTTP ${r.status}`, requestId: r.error?.requestId }),
    }));
}
