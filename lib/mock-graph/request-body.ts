import { GraphError } from "@/lib/graph/graph-error";

/** Graph refuses request bodies over 1 MB. */
export const maxBodyBytes = 1024 * 1024;

export async function readJsonBody(request: Request): Promise<{ ok: true; value: unknown } | { ok: false; error: GraphError }> {
  const tooLarge = () => ({
    ok: false as const,
    error: new GraphError(413, `The request body is larger than ${maxBodyBytes} bytes.`, { code: "RequestEntityTooLarge" }),
  });
  const declared = Number(request.headers.get("content-length"));
  if (Number.isFinite(declared) && declared > maxBodyBytes) return tooLarge();
  const text = await request.text();
  if (text.length > maxBodyBytes / 4 && Buffer.byteLength(text, "utf8") > maxBodyBytes) return tooLarge();
  if (!text.trim()) return { ok: false, error: new GraphError(400, "The request body is empty: send a JSON object.", { code: "BadRequest" }) };
  try {
    return { ok: true, value: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, error: new GraphError(400, "The request body is not valid JSON.", { code: "BadRequest" }) };
  }
}
