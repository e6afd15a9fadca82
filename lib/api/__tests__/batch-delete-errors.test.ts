import { afterEach, describe, expect, it, vi } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { batchDelete } from "../batch-delete";
import { stubGateway } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

type Batch = { requests: { id: string; method: string; url: string }[] };

describe("batchDelete", () => {
  it("numbers the batch's requests from 1 and reads the collection path with or without leading slashes", async () => {
    const sent = stubGateway((request) => ({ body: { responses: (request.body as Batch).requests.map((r) => ({ id: r.id, status: 204 })) } }));
    expect(await batchDelete("beta", "//deviceManagement/deviceManagementPartners", ["a b", "c"])).toEqual([]);
    expect(await batchDelete("beta", "/deviceManagement/deviceManagementPartners", ["d"])).toEqual([]);
    expect(sent.flatMap((r) => (r.body as Batch).requests.map((q) => [q.id, q.method, q.url]))).toEqual([
      ["1", "DELETE", "/deviceManagement/deviceManagementPartners/a%20b"],
      ["2", "DELETE", "/deviceManagement/deviceManagementPartners/c"],
      ["1", "DELETE", "/deviceManagement/deviceManagementPartners/d"],
    ]);
  });

  it("names a failure Graph answered without an error body by its status", async () => {
    stubGateway((request) => ({ body: { responses: (request.body as Batch).requests.map((r) => ({ id: r.id, status: 403 })) } }));
    const failures = await batchDelete("v1.0", "deviceManagement/complianceManagementPartners", ["x"]);
    expect(failures).toHaveLength(1);
    expect(failures[0]!.id).toBe("x");
    expect(failures[0]!.error).toBeInstanceOf(GraphError);
    expect(failures[0]!.error).toMatchObject({ status: 403, code: "HTTP 403", message: "Graph answered 403.", requestId: undefined });
  });
});
