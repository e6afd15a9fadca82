import { GraphError } from "@/lib/graph/graph-error";

/**
 * Whether a failed create may still have been made: Graph (or the gateway, for Graph) did not answer in time, or the
 * connection broke after the request left the browser. Such a POST is never repeated on its own (retry-policy.ts).
 */
export function mayHaveBeenApplied(error: unknown): boolean {
  if (!(error instanceof GraphError)) return false;
  return error.status === 504 || error.code === "NetworkError";
}

/** Where the person looks for a partner that may have been created: the list, searched for its display name. */
export function lookForCreatedHref(basePath: string, displayName: string): string {
  const params = new URLSearchParams({ q: displayName.trim() });
  return `${basePath}?${params}`;
}
