import { describe, expect, it } from "vitest";
import { GraphError } from "@/lib/graph/graph-error";
import { groupSearch } from "../odata/group-search";
import { seedGroups } from "../seed/groups";
import { createMockGraph } from "../mock-graph";
import { call } from "./call";

const newGraph = () => createMockGraph({ throttling: "off" });

const names = (search: string) => seedGroups.filter(groupSearch(search)).map((group) => group.displayName);

describe("$search on groups, as Graph evaluates it", () => {
  it("matches words by their beginning, every word of a clause, and AND / OR between clauses", () => {
    expect(names('"displayName:fin"')).toEqual(["Finance", "Finance - Restricted"]);
    expect(names('"displayName:fin res"')).toEqual(["Finance - Restricted"]);
    expect(names('"displayName:fin" AND "displayName:res"')).toEqual(["Finance - Restricted"]);
    expect(names('"displayName:legal" OR "displayName:helpdesk"')).toEqual(["Legal", "Helpdesk"]);
    expect(names('"displayName:inance"'), "not a substring search").toEqual([]);
    expect(names('"displayName:macs"')).toEqual(["Corporate Macs", "Engineering Macs"]);
  });

  it("keeps an escaped quote inside a clause and refuses what Graph refuses", () => {
    expect(names('"displayName:say \\"hi\\""')).toEqual([]);
    for (const bad of ["finance", '"displayName:a" "displayName:b"', '"displayName:a" AND', '"owner:a"', '"displayName:a" NEAR "displayName:b"']) {
      expect(() => groupSearch(bad), bad).toThrow(GraphError);
    }
  });
});

describe("the mock's /groups", () => {
  const search = `/v1.0/groups?$search=${encodeURIComponent('"displayName:fin" AND "displayName:res"')}`;

  it("answers $search with ConsistencyLevel: eventual, and refuses it without, as Graph does", async () => {
    const graph = newGraph();
    const found = await call(graph, "GET", search, { headers: { consistencylevel: "eventual" } });
    expect(found.status).toBe(200);
    expect(found.json.value!.map((group) => group.displayName)).toEqual(["Finance - Restricted"]);
    const refused = await call(graph, "GET", search);
    expect(refused.status).toBe(400);
    expect(refused.json.error!.code).toBe("Request_UnsupportedQuery");
    expect(refused.json.error!.message).toContain("ConsistencyLevel: eventual");
  });
});
