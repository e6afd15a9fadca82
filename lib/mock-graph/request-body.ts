import { maxRequestBodyBytes, readJsonBody as readJsonRequestBody, type JsonBodyResult } from "@/lib/graph/read-json-body";

export const maxBodyBytes = maxRequestBodyBytes;

/** The gateway's reader: stops at 1 MB while reading, and says so in the gateway's words. */
export function readJsonBody(request: Request): Promise<JsonBodyResult> {
  return readJsonRequestBody(request, { anyContentType: true });
}
