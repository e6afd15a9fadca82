import { describe, expect, it } from "vitest";
import { auditEventKeys, graphKeys, resourceKeys } from "../query-keys";

describe("resourceKeys", () => {
  it("builds every key from general to specific, so a prefix invalidates what is below it", () => {
    const keys = resourceKeys("groups");
    expect(keys.all).toEqual(["graph", "groups"]);
    expect(keys.version("beta")).toEqual(["graph", "groups", "beta"]);
    expect(keys.lists("beta")).toEqual(["graph", "groups", "beta", "list"]);
    expect(keys.list("beta", { $top: "5" })).toEqual(["graph", "groups", "beta", "list", { $top: "5" }]);
    expect(keys.namedList("v1.0", "onboarded")).toEqual(["graph", "groups", "v1.0", "list", "onboarded"]);
    expect(keys.search("beta", "fin")).toEqual(["graph", "groups", "beta", "search", "fin"]);
    expect(keys.counts("beta")).toEqual(["graph", "groups", "beta", "count"]);
    expect(keys.count("beta", "a eq 1")).toEqual(["graph", "groups", "beta", "count", "a eq 1"]);
    expect(keys.count("beta", undefined)).toEqual(["graph", "groups", "beta", "count", ""]);
    expect(keys.details("beta")).toEqual(["graph", "groups", "beta", "detail"]);
    expect(keys.detail("beta", "g1")).toEqual(["graph", "groups", "beta", "detail", "g1"]);
    expect(graphKeys.all).toEqual(["graph"]);
    expect(auditEventKeys.all).toEqual(["graph", "auditEvents"]);
  });
});
