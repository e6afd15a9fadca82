import { afterEach, describe, expect, it, vi } from "vitest";
import { groupOptions, groupSearchOptions } from "../groups";
import { partnerResource } from "../partner-resource";
import { mayHaveBeenApplied, sameNameOptions } from "../uncertain-write";
import { graphErrorAnswer, runQuery, stubGateway } from "./fake-graph";

afterEach(() => vi.unstubAllGlobals());

describe("group reads", () => {
  it("searches groups with ConsistencyLevel: eventual, keyed by the trimmed text, and answers the rows", async () => {
    const sent = stubGateway(() => ({ body: { value: [{ id: "g1", displayName: "Finance" }] } }));
    const options = groupSearchOptions("v1.0", "  fin ");
    expect(options.queryKey).toEqual(["graph", "groups", "v1.0", "search", "fin"]);
    expect(options.staleTime).toBe(60_000);
    expect(await runQuery(options)).toEqual([{ id: "g1", displayName: "Finance" }]);
    expect(sent[0]!.url).toBe("/api/graph/v1.0/groups?$select=id%2CdisplayName&$top=20&$search=%22displayName%3Afin%22");
    expect(sent[0]!.headers.ConsistencyLevel).toBe("eventual");
  });

  it("reads one group's name, an unnamed group when Graph sends no body, kept five minutes and never retried", async () => {
    const sent = stubGateway((_, i) => (i === 0 ? { body: { id: "g1", displayName: "Sales" } } : { status: 204 }));
    const options = groupOptions("beta", "g1");
    expect(options.queryKey).toEqual(["graph", "groups", "beta", "detail", "g1"]);
    expect(options.staleTime).toBe(300_000);
    expect(options.retry).toBe(false);
    const signal = new AbortController().signal;
    expect(await runQuery(options, undefined, signal)).toEqual({ id: "g1", displayName: "Sales" });
    expect(await runQuery(options)).toEqual({ id: "g1", displayName: null });
    expect(sent[0]).toMatchObject({ url: "/api/graph/beta/groups/g1?$select=id%2CdisplayName", method: "GET" });
    expect(sent[0]!.signal).toBe(signal);
  });

  it("passes a missing group on as Graph's 404", async () => {
    stubGateway(() => graphErrorAnswer(404, "Request_ResourceNotFound", "No group.", "rid-g"));
    await expect(runQuery(groupOptions("beta", "gone"))).rejects.toMatchObject({ status: 404, code: "Request_ResourceNotFound", requestId: "rid-g" });
  });
});

describe("a create that may have been made", () => {
  it("looks for partners with the same name now, never cached or retried", async () => {
    const api = partnerResource<{ id: string }>("deviceManagementPartners");
    const sent = stubGateway(() => ({ body: { value: [{ id: "p1", displayName: "Jamf" }] } }));
    const options = sameNameOptions(api, "beta", "Jamf");
    expect(options.queryKey).toEqual(["graph", "deviceManagementPartners", "beta", "list", "same-name", "Jamf"]);
    expect(options).toMatchObject({ staleTime: 0, gcTime: 0, retry: false });
    expect(await runQuery(options)).toEqual([{ id: "p1", displayName: "Jamf" }]);
    expect(sent[0]!.url).toBe("/api/graph/beta/deviceManagement/deviceManagementPartners?$select=id%2CdisplayName&$filter=displayName%20eq%20'Jamf'&$top=10");
  });

  it("is false for anything that is not a GraphError, even shaped like a timeout", () => {
    expect(mayHaveBeenApplied({ status: 504, code: "NetworkError" })).toBe(false);
  });
});
