import { describe, expect, it } from "vitest";
import { maxBodyBytes, readJsonBody } from "../request-body";

const post = (body: string, headers: Record<string, string> = {}) =>
  new Request("http://mock.test/v1.0/groups", { method: "POST", headers: { "content-type": "application/json", ...headers }, body });
// A JSON string of exactly `bytes` bytes.
const jsonOf = (bytes: number) => JSON.stringify("x".repeat(bytes - 2));

describe("the mock's request body", () => {
  it("accepts a body of exactly 1 MB, declared or not, and a large one under the limit", async () => {
    expect(await readJsonBody(post(jsonOf(maxBodyBytes), { "content-length": String(maxBodyBytes) }))).toEqual({ ok: true, value: "x".repeat(maxBodyBytes - 2) });
    expect((await readJsonBody(post(jsonOf(maxBodyBytes / 2)))).ok).toBe(true);
  });

  it("refuses a declared or an actual body over 1 MB with 413", async () => {
    const declared = await readJsonBody(post("{}", { "content-length": String(maxBodyBytes + 1) }));
    const actual = await readJsonBody(post(jsonOf(maxBodyBytes + 1)));
    // Multi-byte characters count as bytes, not as characters.
    const multiByte = await readJsonBody(post(JSON.stringify("é".repeat(maxBodyBytes / 2))));
    for (const result of [declared, actual, multiByte]) {
      expect(result.ok).toBe(false);
      if (!result.ok) expect([result.error.status, result.error.code]).toEqual([413, "RequestEntityTooLarge"]);
    }
  });

  it("takes a JSON body whatever its Content-Type says, as Graph does with clients (the gateway is the strict one)", async () => {
    for (const contentType of ["text/plain", "application/x-www-form-urlencoded"]) {
      expect(await readJsonBody(post('{"displayName":"Contoso"}', { "content-type": contentType })), contentType).toEqual({ ok: true, value: { displayName: "Contoso" } });
    }
    const untyped = new Request("http://mock.test/v1.0/groups", { method: "POST", body: new Blob(['{"a":1}']) });
    expect(await readJsonBody(untyped)).toEqual({ ok: true, value: { a: 1 } });
  });

  it("refuses an empty, a blank and a non-JSON body with 400 BadRequest", async () => {
    for (const body of ["", "   ", "{not json"]) {
      const result = await readJsonBody(post(body));
      expect(result.ok, JSON.stringify(body)).toBe(false);
      if (!result.ok) expect([result.error.status, result.error.code]).toEqual([400, "BadRequest"]);
    }
  });
});
