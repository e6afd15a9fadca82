import { GraphError } from "../graph/graph-error";

export const maxRequestBodyBytes = 1024 * 1024;

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; error: GraphError };

/**
 * Reads a JSON request body of at most `limit` bytes without buffering more than that.
 * With `optional`, an empty body is fine and reads as undefined.
 */
export async function readJsonBody(
  request: Request,
  options: { limit?: number; optional?: boolean } = {},
): Promise<JsonBodyResult> {
  const limit = options.limit ?? maxRequestBodyBytes;
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > limit) return tooLarge(limit);

  const text = await readText(request, limit);
  if (text === undefined) return tooLarge(limit);
  if (text.trim() === "") {
    return options.optional
      ? { ok: true, value: undefined }
      : { ok: false, error: new GraphError(400, "The request body is empty: send a JSON object.", { code: "BadRequest" }) };
  }
  const contentType = request.headers.get("content-type")?.split(";")[0]?.trim().toLowerCase();
  if (contentType !== "application/json") {
    return {
      ok: false,
      error: new GraphError(415, "The request body must be JSON, sent with 'Content-Type: application/json'.", {
        code: "UnsupportedMediaType",
      }),
    };
  }
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: new GraphError(400, "The request body is not valid JSON.", { code: "BadRequest" }) };
  }
}

/** The body as UTF-8 text, or undefined once it grows past `limit` bytes. */
async function readText(request: Request, limit: number): Promise<string | undefined> {
  if (!request.body) return "";
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > limit) {
      await reader.cancel().catch(() => undefined);
      return undefined;
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString("utf8");
}

function tooLarge(limit: number): JsonBodyResult {
  return {
    ok: false,
    error: new GraphError(413, `The request body is larger than ${Math.round(limit / 1024)} KB.`, { code: "RequestEntityTooLarge" }),
  };
}
