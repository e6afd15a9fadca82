import { describe, expect, it } from "vitest";
import { maxRequestBodyBytes, readJsonBody, type ReadJsonBodyOptions } from "../read-json-body";

// The gateway and the mock answer a body too large, empty, of the wrong type or unreadable in these words.

const url = "http://localhost/v1.0/deviceManagement/deviceManagementPartners";
const json = (body: BodyInit, headers: Record<string, string> = { "content-type": "application/json" }) =>
  new Request(url, { method: "POST", body, headers });

async function refusal(request: Request, options?: ReadJsonBodyOptions) {
  const result = await readJsonBody(request, options);
  if (result.ok) throw new Error("expected the body to be refused");
  const { status, code, message, target } = result.error;
  return { status, code, message, target };
}

describe("readJsonBody", () => {
  it("reads a JSON object, whatever the case and parameters of its Content-Type", async () => {
    expect(await readJsonBody(json('{"a":1}'))).toEqual({ ok: true, value: { a: 1 } });
    expect(await readJsonBody(json('{"a":2}', { "content-type": "Application/JSON ; charset=utf-8" }))).toEqual({ ok: true, value: { a: 2 } });
  });

  it("refuses a body that is not JSON by its Content-Type, or has none, with a 415", async () => {
    const unsupported = {
      status: 415,
      code: "UnsupportedMediaType",
      message: "The request body must be JSON, sent with 'Content-Type: application/json'.",
      target: undefined,
    };
    expect(await refusal(json('{"a":1}', { "content-type": "text/plain" }))).toEqual(unsupported);
    // A byte body carries no Content-Type at all.
    const untyped = () => new Request(url, { method: "POST", body: new TextEncoder().encode('{"a":1}') });
    expect(untyped().headers.get("content-type")).toBeNull();
    expect(await refusal(untyped())).toEqual(unsupported);
    expect(await readJsonBody(untyped(), { anyContentType: true })).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses an empty or blank body with a 400, unless the body is optional", async () => {
    const empty = { status: 400, code: "BadRequest", message: "The request body is empty: send a JSON object.", target: undefined };
    expect(await refusal(json(""))).toEqual(empty);
    expect(await refusal(json("  \n "))).toEqual(empty);
    expect(await refusal(new Request(url, { method: "POST" }))).toEqual(empty);
    expect(await readJsonBody(json(" "), { optional: true })).toEqual({ ok: true, value: undefined });
  });

  it("refuses text that is not JSON with a 400", async () => {
    expect(await refusal(json("{a:1}"))).toEqual({ status: 400, code: "BadRequest", message: "The request body is not valid JSON.", target: undefined });
  });

  it("refuses a body over the limit with a 413", async () => {
    const tooLarge = { status: 413, code: "RequestEntityTooLarge", message: "The request body is larger than 1 MB.", target: undefined };
    const big = `"${"x".repeat(maxRequestBodyBytes - 1)}"`;
    expect(await refusal(json(big))).toEqual(tooLarge);
    expect(await readJsonBody(json(big.slice(1)), { anyContentType: true })).toMatchObject({ ok: false, error: { status: 400 } });
  });

  it("takes a body of exactly the limit and refuses one byte more", async () => {
    expect(await readJsonBody(json('"12345678"'), { limit: 10 })).toEqual({ ok: true, value: "12345678" });
    expect(await refusal(json('"123456789"'), { limit: 10 })).toMatchObject({ status: 413, message: "The request body is larger than 10 bytes." });
  });

  it("names the limit in MB, KB or bytes", async () => {
    const body = "x".repeat(3 * 1024 * 1024);
    const said = async (limit: number) => (await refusal(json(body), { limit })).message;
    expect(await said(2 * 1024 * 1024)).toBe("The request body is larger than 2 MB.");
    expect(await said(2048)).toBe("The request body is larger than 2 KB.");
    expect(await said(1000)).toBe("The request body is larger than 1000 bytes.");
  });

  it("stops reading a chunked body once it passes the limit", async () => {
    let pulled = 0;
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        pulled += 1;
        controller.enqueue(new Uint8Array(6).fill(32));
      },
    });
    const request = new Request(url, { method: "POST", body: stream, headers: { "content-type": "application/json" }, duplex: "half" } as RequestInit);
    expect(await refusal(request, { limit: 10 })).toMatchObject({ status: 413, message: "The request body is larger than 10 bytes." });
    expect(pulled).toBeLessThan(5);
  });
});
