import { applyPlan, type ItemResult } from "@/lib/config/apply-plan";
import { compareConfiguration, type CompareOptions, type PartnerComparison } from "@/lib/config/compare-configuration";
import { serializeConfiguration, type ConfigurationDocument } from "@/lib/config/configuration-document";
import { parseConfiguration } from "@/lib/config/configuration-schema";
import { documentDirectory } from "@/lib/config/document-directory";
import type { PlannedRequest } from "@/lib/config/plan-changes";
import { readTenantConfiguration } from "@/lib/config/read-tenant";
import type { TenantDirectory } from "@/lib/config/tenant-directory";
import type { ApiVersion } from "@/lib/graph/api-version";
import { browserGraphPort } from "./configuration-port";

// Configuration as code in the browser: the command line's lib/config code, with Graph reached through the gateway.

/** The current tenant's document, as the bytes `npm run config -- export` writes. */
export async function exportConfiguration(version: ApiVersion, signal?: AbortSignal): Promise<{ text: string; document: ConfigurationDocument }> {
  const { document } = await readTenantConfiguration(browserGraphPort(version, signal));
  return { text: serializeConfiguration(document), document };
}

/** One side of a comparison: the desired document, and what it is compared with (a tenant read now, or a second document). */
export interface ComparisonInput {
  desired: ConfigurationDocument;
  current: ConfigurationDocument;
  directory: TenantDirectory;
  /** True when `current` is the tenant the console is signed in to: only then can changes be applied. */
  isTenant: boolean;
}

/** Reads the current tenant, with the groups `desired` names, ready to compare. */
export async function readComparisonWithTenant(version: ApiVersion, desired: ConfigurationDocument, signal?: AbortSignal): Promise<ComparisonInput> {
  const { document, directory } = await readTenantConfiguration(browserGraphPort(version, signal), desired);
  return { desired, current: document, directory, isTenant: true };
}

/** Two documents, the second read as the tenant it was exported from. */
export function comparisonOfDocuments(desired: ConfigurationDocument, current: ConfigurationDocument): ComparisonInput {
  return { desired, current, directory: documentDirectory(current), isTenant: false };
}

export function compareInput(input: ComparisonInput, options: CompareOptions): PartnerComparison[] {
  return compareConfiguration(input.desired, input.current, input.directory, options);
}

/** A file's text as a document; a mistake is a GraphError naming where. */
export async function readConfigurationFile(file: Blob): Promise<ConfigurationDocument> {
  return parseConfiguration(await file.text());
}

export interface ApplyRun {
  results: ItemResult[];
  /** HTTP requests the browser sent ($batch calls). */
  batches: number;
}

/** Sends the planned requests as `$batch` calls of up to 20, retrying throttled items after their Retry-After. */
export async function applyConfigurationChanges(
  version: ApiVersion,
  requests: PlannedRequest[],
  onProgress: (done: number, total: number, results: ItemResult[]) => void,
): Promise<ApplyRun> {
  const port = browserGraphPort(version);
  let batches = 0;
  const results = await applyPlan(requests, {
    send: (items) => {
      batches++;
      return port.sendBatch(items);
    },
    onProgress,
  });
  return { results, batches };
}
