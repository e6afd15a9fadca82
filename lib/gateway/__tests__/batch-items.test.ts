import { describe, expect, it } from "vitest";
import type { BatchResponseItem } from "../../graph/json-batch";
import { checkBatch, mergeBatchAnswer, type CheckedBatch } from "../batch-check";

const ids = { requestId: "req-1", clientRequestId: "client-1" };
const partners = "/deviceManagement/deviceManagementPartners";
const partnerId = "3a5e9c21-7d14-4c7b-9f0e-2b8d6a1c4e77";
const jsonType = { "content-type": "application/json" };

function check(requests: unknown[]): CheckedBatch {
  const result = checkBatch("v1.0", { requests }, ids);
  if (!("forward" in result)) throw new Error(`the whole batch was refused: ${result.message}`);
  return result;
}

/** The gateway's own answer for a refused inner request, in Graph's envelope with this call's ids. */
function refusal(id: string, status: number, code: string, message: string) {
  return {
    id,
    status,
    headers: { "Content-Type": "application/json" },
    body: { error: { code, message, innerError: { date: expect.any(String) as string, "request-id": "req-1", "client-request-id": "client-1" } } },
  };
}

describe("checkBatch: each inner request meets a direct call's checks", () => {
  it("refuses a nested $batch, with or without a body", () => {
    const message = "A batch cannot hold another $batch request.";
    const checked = check([
      { id: "with-body", method: "POST", url: "/$batch", headers: jsonType, body: { requests: [] } },
      { id: "bare", method: "POST", url: "/v1.0/$batch" },
    ]);
    expect(checked).toEqual({ forward: [], refused: [refusal("with-body", 400, "BadRequest", message), refusal("bare", 400, "BadRequest", message)] });
  });

  it("refuses a create without JSON: no Content-Type, or another one", () => {
    const message = "The request body must be JSON, sent with 'Content-Type: application/json'.";
    const checked = check([
      { id: "none", method: "POST", url: partners },
      { id: "text", method: "POST", url: partners, headers: { "content-type": "text/plain" }, body: { displayName: "x" } },
      { id: "patch-form", method: "PATCH", url: `${partners}/${partnerId}`, headers: { "content-type": "application/x-www-form-urlencoded" }, body: "a=1" },
    ]);
    expect(checked.forward).toEqual([]);
    expect(checked.refused).toEqual([
      refusal("none", 415, "UnsupportedMediaType", message),
      refusal("text", 415, "UnsupportedMediaType", message),
      refusal("patch-form", 415, "UnsupportedMediaType", message),
    ]);
  });

  it("checks an update's body as it checks a create's, and forwards a valid one as JSON", () => {
    const checked = check([
      { id: "bad", method: "PATCH", url: `${partners}/${partnerId}`, headers: jsonType, body: { Displayname: "x" } },
      { id: "good", method: "PATCH", url: `${partners}/${partnerId}`, headers: { "Content-Type": " Application/JSON ; charset=utf-8" }, body: { displayName: "Renamed" } },
      { id: "new", method: "POST", url: partners, headers: jsonType, body: { displayName: "New", partnerAppType: "multiTenantApp" } },
    ]);
    const unknownProperty = refusal(
      "bad",
      400,
      "BadRequest",
      "The property 'Displayname' does not exist on microsoft.graph.deviceManagementPartner in the v1.0 API. Property names are case-sensitive.",
    );
    expect(checked.refused).toEqual([{ ...unknownProperty, body: { error: { ...unknownProperty.body.error, target: "Displayname" } } }]);
    expect(checked.forward).toEqual([
      { id: "good", method: "PATCH", url: `${partners}/${partnerId}`, headers: jsonType, body: { displayName: "Renamed" }, dependsOn: [] },
      { id: "new", method: "POST", url: partners, headers: jsonType, body: { displayName: "New", partnerAppType: "multiTenantApp" }, dependsOn: [] },
    ]);
  });

  it("refuses a body where the resource takes none", () => {
    const checked = check([
      { id: "get", method: "GET", url: "/groups", headers: jsonType, body: {} },
      { id: "delete", method: "DELETE", url: `${partners}/${partnerId}`, headers: jsonType, body: { reason: "x" } },
      { id: "terminate", method: "POST", url: `${partners}/${partnerId}/terminate`, headers: jsonType, body: {} },
    ]);
    expect(checked.forward).toEqual([]);
    expect(checked.refused).toEqual([
      refusal("get", 400, "BadRequest", "A GET request to this resource takes no body."),
      refusal("delete", 400, "BadRequest", "A DELETE request to this resource takes no body."),
      refusal("terminate", 400, "BadRequest", "A POST request to this resource takes no body."),
    ]);
  });

  it("passes on Accept, Prefer and client-request-id up to 1024 characters, and nothing else", () => {
    const at = "a".repeat(1024);
    const over = "b".repeat(1025);
    const checked = check([
      { id: "kept", method: "GET", url: partners, headers: { Accept: "application/json", prefer: at, "client-request-id": "c-1", cookie: "s=1", authorization: "Bearer x" } },
      { id: "long", method: "GET", url: partners, headers: { accept: over, prefer: over, "client-request-id": over } },
      { id: "none", method: "GET", url: partners },
    ]);
    expect(checked.refused).toEqual([]);
    expect(checked.forward.map((item) => item.headers)).toEqual([{ accept: "application/json", prefer: at, "client-request-id": "c-1" }, {}, {}]);
  });

  it("rebuilds the URL relative to the version, with the checked query", () => {
    const checked = check([{ id: "1", method: "GET", url: `/v1.0${partners}?$top=5&$filter=displayName+eq+'a'` }]);
    expect(checked.forward.map((item) => item.url)).toEqual([`${partners}?$top=5&$filter=displayName%20eq%20'a'`]);
  });

  it("answers 424 for every request behind a refused one, down the chain, whatever the ids' case", () => {
    const checked = check([
      { id: "Outside", method: "GET", url: "/users" },
      { id: "Second", method: "GET", url: partners, dependsOn: ["outside"] },
      { id: "third", method: "GET", url: partners, dependsOn: ["SECOND"] },
      { id: "fine", method: "GET", url: partners },
    ]);
    expect(checked.forward.map((item) => item.id)).toEqual(["fine"]);
    expect(checked.refused.map((item) => [item.id, item.status])).toEqual([
      ["Outside", 400],
      ["Second", 424],
      ["third", 424],
    ]);
    expect(checked.refused[2]!.body).toEqual({
      error: { code: "FailedDependency", message: "The request 'third' was not run: the request 'SECOND' it depends on failed." },
    });
  });
});

describe("mergeBatchAnswer", () => {
  const refused: BatchResponseItem[] = [{ id: "9", status: 400, headers: {}, body: { error: { code: "BadRequest", message: "no" } } }];

  it("is the gateway's answers alone when nothing went upstream", () => {
    expect(JSON.parse(mergeBatchAnswer(undefined, refused))).toEqual({ responses: refused });
    expect(JSON.parse(mergeBatchAnswer("", refused))).toEqual({ responses: refused });
    expect(JSON.parse(mergeBatchAnswer(undefined, []))).toEqual({ responses: [] });
  });

  it("adds them after the upstream's answers", () => {
    const upstream = { responses: [{ id: "1", status: 200, body: { value: [] } }] };
    expect(JSON.parse(mergeBatchAnswer(JSON.stringify(upstream), refused))).toEqual({ responses: [...upstream.responses, ...refused] });
  });

  it("throws on an upstream answer without a responses array", () => {
    expect(() => mergeBatchAnswer("{}", refused)).toThrow("The upstream batch answer has no responses array.");
    expect(() => mergeBatchAnswer('{"responses":{}}', refused)).toThrow("The upstream batch answer has no responses array.");
  });
});
