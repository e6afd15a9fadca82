import { describe, expect, it } from "vitest";
import { failedDependency, failedDependencyOf, innerPathOf, maxBatchRequests, parseBatch, type BatchRequestItem } from "../json-batch";

// The gateway and the mock refuse a bad $batch body as one 400 with these words and this target: a script author
// reads them to fix the body, so they are checked exactly.

const get = (id: string, extra: object = {}) => ({ id, method: "GET", url: "/deviceManagement/deviceManagementPartners", ...extra });

function refusal(body: unknown) {
  const result = parseBatch(body);
  if (result.ok) throw new Error("expected the batch to be refused");
  const { status, code, target, message } = result.error;
  return { status, code, target, message };
}

function accepted(body: unknown): BatchRequestItem[] {
  const result = parseBatch(body);
  if (!result.ok) throw new Error(`expected the batch to be accepted: ${result.error.message}`);
  return result.requests;
}

const bad = (message: string, target?: string) => ({ status: 400, code: "BadRequest", target, message });
const notAnObject = "The batch body must be a JSON object with a 'requests' array.";

describe("the batch envelope", () => {
  it.each([
    ["null", null],
    ["an array", [get("1")]],
    ["a string", "requests"],
    ["an object without requests", {}],
    ["requests that are not an array", { requests: { 0: get("1") } }],
  ])("refuses %s", (_label, body) => {
    expect(refusal(body)).toEqual(bad(notAnObject));
  });

  it("refuses a property other than requests, naming it (cut to 40 characters)", () => {
    expect(refusal({ requests: [get("1")], atomicity: true })).toEqual(
      bad("The property 'atomicity' does not exist on a batch request body.", "atomicity"),
    );
    const long = "x".repeat(50);
    expect(refusal({ [long]: 1, requests: [get("1")] })).toEqual(
      bad(`The property '${"x".repeat(40)}' does not exist on a batch request body.`, "x".repeat(40)),
    );
  });

  it("refuses an empty batch", () => {
    expect(refusal({ requests: [] })).toEqual(bad("The batch holds no requests.", "requests"));
  });

  it(`takes ${maxBatchRequests} requests and refuses one more`, () => {
    const requests = Array.from({ length: maxBatchRequests + 1 }, (_, i) => get(String(i + 1)));
    expect(accepted({ requests: requests.slice(0, maxBatchRequests) })).toHaveLength(20);
    expect(refusal({ requests })).toEqual(bad("A batch holds at most 20 requests; this one holds 21.", "requests"));
  });
});

describe("each request of the batch", () => {
  const second = (item: unknown) => refusal({ requests: [get("1"), item] });

  it.each([
    ["null", null],
    ["a string", "GET /deviceManagement"],
    ["a number", 7],
    ["an array", [get("2")]],
  ])("must be an object, not %s", (_label, item) => {
    expect(second(item)).toEqual(bad("requests[1] must be an object.", "requests[1]"));
  });

  it("takes only Graph's properties (atomicityGroup among them), naming an unknown one", () => {
    expect(accepted({ requests: [get("1", { atomicityGroup: "g", headers: {}, dependsOn: [] })] })).toHaveLength(1);
    expect(second(get("2", { Method: "GET" }))).toEqual(bad("The property 'Method' does not exist on requests[1].", "requests[1].Method"));
    expect(second(get("2", { ["y".repeat(45)]: 1 }))).toEqual(
      bad(`The property '${"y".repeat(40)}' does not exist on requests[1].`, `requests[1].${"y".repeat(40)}`),
    );
  });

  const idRefusal = bad("requests[1] needs an 'id': a string of 1 to 64 characters.", "requests[1].id");
  it.each([
    ["missing", undefined],
    ["a number", 2],
    ["empty", ""],
    ["only spaces", "   "],
    ["65 characters", "i".repeat(65)],
  ])("refuses an id that is %s", (_label, id) => {
    expect(second(get("x", { id }))).toEqual(idRefusal);
  });

  it("takes an id of 64 characters", () => {
    expect(accepted({ requests: [get("i".repeat(64))] })[0]!.id).toBe("i".repeat(64));
  });

  it("refuses an id used twice, whatever its case", () => {
    expect(refusal({ requests: [get("Alpha"), get("ALPHA")] })).toEqual(
      bad("The request id 'ALPHA' appears more than once in the batch (ids are compared regardless of case).", "requests[1].id"),
    );
  });

  const methodRefusal = bad("requests[1] needs a 'method': GET, POST, PATCH, PUT or DELETE.", "requests[1].method");
  it.each([
    ["missing", undefined],
    ["a number", 1],
    ["not an HTTP method Graph takes", "HEAD"],
  ])("refuses a method that is %s", (_label, method) => {
    expect(second(get("2", { method }))).toEqual(methodRefusal);
  });

  it("takes a method in any case and keeps it upper case", () => {
    expect(accepted({ requests: [get("1", { method: "patch", headers: { "content-type": "application/json" }, body: {} })] })[0]!.method).toBe("PATCH");
  });

  const urlRefusal = bad(
    "requests[1] needs a 'url' relative to the version, such as /deviceManagement/deviceManagementPartners.",
    "requests[1].url",
  );
  it.each([
    ["missing", undefined],
    ["not a string", 5],
    ["empty", ""],
    ["over 2048 characters", `/${"u".repeat(2048)}`],
  ])("refuses a url that is %s", (_label, url) => {
    expect(second(get("2", { url }))).toEqual(urlRefusal);
  });

  it("takes a url of 2048 characters", () => {
    const url = `/${"u".repeat(2047)}`;
    expect(accepted({ requests: [get("1", { url })] })[0]!.url).toBe(url);
  });

  const headersRefusal = bad("requests[1].headers must be an object of strings.", "requests[1].headers");
  it.each([
    ["null", null],
    ["an array", []],
    ["a string", "Content-Type: application/json"],
    ["an object with a number", { "Content-Length": 12 }],
  ])("refuses headers that are %s", (_label, headers) => {
    expect(second(get("2", { headers }))).toEqual(headersRefusal);
  });

  it("keeps header names in lower case", () => {
    expect(accepted({ requests: [get("1", { headers: { ConsistencyLevel: "eventual" } })] })[0]!.headers).toEqual({ consistencylevel: "eventual" });
  });

  it("takes a body only with a Content-Type header, whatever the header name's case", () => {
    expect(second(get("2", { method: "POST", body: {} }))).toEqual(bad("requests[1] has a body but no Content-Type header.", "requests[1].headers"));
    const [request] = accepted({ requests: [get("1", { method: "POST", headers: { "Content-Type": "application/json" }, body: { a: 1 } })] });
    expect(request!.body).toEqual({ a: 1 });
  });

  const dependsOnRefusal = bad("requests[1].dependsOn must be an array of request ids.", "requests[1].dependsOn");
  it.each([
    ["a string", "1"],
    ["an array holding a number", [1]],
  ])("refuses dependsOn that is %s", (_label, dependsOn) => {
    expect(second(get("2", { dependsOn }))).toEqual(dependsOnRefusal);
  });
});

describe("dependsOn across the batch", () => {
  it("names another request regardless of case, and runs it first", () => {
    const order = accepted({ requests: [get("b", { dependsOn: ["A"] }), get("a")] }).map((r) => r.id);
    expect(order).toEqual(["a", "b"]);
  });

  it("keeps the listed order when nothing depends on anything", () => {
    expect(accepted({ requests: [get("3"), get("1"), get("2")] }).map((r) => r.id)).toEqual(["3", "1", "2"]);
  });

  it.each([
    ["a request that is not in the batch", [get("1"), get("2", { dependsOn: ["9"] })], "9", "2"],
    ["the request itself", [get("a", { dependsOn: ["a"] })], "a", "a"],
    ["the request itself in another case", [get("a", { dependsOn: ["A"] })], "A", "a"],
  ])("refuses a dependency on %s", (_label, requests, dependency, id) => {
    expect(refusal({ requests })).toEqual(bad(`The request '${id}' depends on '${dependency}', which is not another request of this batch.`, "dependsOn"));
  });

  it("refuses a cycle", () => {
    const requests = [get("a", { dependsOn: ["c"] }), get("b", { dependsOn: ["a"] }), get("c", { dependsOn: ["b"] })];
    expect(refusal({ requests })).toEqual(bad("The batch's dependsOn references form a cycle.", "dependsOn"));
  });
});

describe("a failed dependency", () => {
  const request = accepted({ requests: [get("1"), get("2", { dependsOn: ["1"] })] })[1]!;

  it("is the first dependency whose status is 400 or more", () => {
    expect(failedDependencyOf(request, new Map([["1", 399]]))).toBeUndefined();
    expect(failedDependencyOf(request, new Map([["1", 400]]))).toBe("1");
    expect(failedDependencyOf(request, new Map())).toBeUndefined();
  });

  it("is answered with Graph's 424", () => {
    expect(failedDependency(request, "1")).toEqual({
      id: "2",
      status: 424,
      headers: { "Content-Type": "application/json" },
      body: { error: { code: "FailedDependency", message: "The request '2' was not run: the request '1' it depends on failed." } },
    });
  });
});

describe("an inner URL", () => {
  it.each([
    ["/deviceManagement/deviceManagementPartners", "/deviceManagement/deviceManagementPartners"],
    ["deviceManagement/deviceManagementPartners", "/deviceManagement/deviceManagementPartners"],
    ["/v1.0/deviceManagement/deviceManagementPartners", "/deviceManagement/deviceManagementPartners"],
    ["v1.0/groups", "/groups"],
    ["/beta/groups", "/beta/groups"],
  ])("reads %s as %s under v1.0", (url, path) => {
    expect(innerPathOf(url, "v1.0")).toBe(path);
  });
});
