import { GraphError } from "./graph-error";

/** Graph refuses request bodies over 1 MB. */
export const maxRequestBodyBytes = 1024 * 1024;

export type JsonBodyResult = { ok: true; value: unknown } | { ok: false; error: GraphError };

export interface ReadJsonBodyOptions {
  /** Bytes; 1 MB unless told. */
  limit?: number;
  /** An empty body is fine and reads as undefined. */
  optional?: boolean;
  /** Take the body whatever its Content-Type says (the mock, as lenient as Graph is with clients). */
  anyContentType?: boolean;
}

/**
 * Reads a JSON request body of at most `limit` bytes, also a chunked one, without buffering more than that.
 * The gateway and the mock Graph answer a body too large, empty or unreadable in the same words.
 */
export async function readJsonBody(request: Request, options: ReadJsonBodyOptions = {}): Promise<JsonBodyResult> {
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
  if (!options.anyContentType && contentType !== "application/json") {
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
    error: new GraphError(413, `The request body is larger than ${sizeInWords(limit)}.`, { code: "RequestEntityTooLarge" }),
  };
}

function sizeInWords(bytes: number): string {
  if (bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MB`;
  return bytes % 1024 === 0 ? `${bytes / 1024} KB` : `${bytes} bytes`;
}
