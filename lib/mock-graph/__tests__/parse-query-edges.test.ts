import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import type { PropertyDefinition } from "../../graph/resources";
import { parseODataQuery } from "../odata/parse-query";

type Entity = Record<string, unknown>;

const properties: PropertyDefinition[] = [
  { name: "displayName", kind: "string", nullable: true },
  { name: "lastHeartbeat", kind: "dateTimeOffset", nullable: true },
  { name: "mode", kind: "enum", nullable: true },
  { name: "settings", kind: "complex", nullable: true },
  { name: "groups", kind: "collection", nullable: false, items: [{ name: "resourceId", kind: "string", nullable: true }] },
];

const parse = (query: string) => parseODataQuery(new URLSearchParams(query), properties);

function refusal(query: string) {
  try {
    parse(query);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    const e = error as GraphError;
    return { status: e.status, code: e.code, target: e.target, message: e.message };
  }
  throw new Error(`'${query}' was accepted`);
}
const filterRefusal = (filter: string) => refusal(`$filter=${encodeURIComponent(filter)}`);
const filterBad = (detail: string) => ({ status: 400, code: "BadRequest", target: "$filter", message: `Invalid filter clause: ${detail}.` });

describe("$orderby edge cases", () => {
  const order = (orderby: string, rows: Entity[]) => [...rows].sort(parse(`$orderby=${encodeURIComponent(orderby)}`).orderBy!).map((r) => r.id);

  it("sorts dates by instant when the text order disagrees", () => {
    const rows = [
      { id: "text-later", lastHeartbeat: "2024-01-02T01:00:00+02:00" }, // 2024-01-01T23:00Z
      { id: "text-earlier", lastHeartbeat: "2024-01-01T23:30:00Z" },
    ];
    expect(order("lastHeartbeat", rows)).toEqual(["text-later", "text-earlier"]);
    expect(order("lastHeartbeat desc", rows)).toEqual(["text-earlier", "text-later"]);
  });

  it("compares strings lower-cased, so '_' sorts before letters", () => {
    expect(order("displayName", [{ id: "a", displayName: "A" }, { id: "_", displayName: "_b" }])).toEqual(["_", "a"]);
  });

  it("quotes a refused clause trimmed, whichever key it is", () => {
    expect(refusal("$orderby=displayName, lastHeartbeat up")).toEqual({
      status: 400,
      code: "BadRequest",
      target: "$orderby",
      message: "Invalid $orderby clause 'lastHeartbeat up': use 'property asc' or 'property desc'.",
    });
  });

  it("takes several spaces between a key and its direction", () => {
    expect(order("displayName   desc", [{ id: "a", displayName: "a" }, { id: "b", displayName: "b" }])).toEqual(["b", "a"]);
  });
});

describe("$filter edge cases", () => {
  it("refuses a stray punctuation mark where a clause should start", () => {
    expect(filterRefusal(")")).toEqual(filterBad("expected a property name but found ')' at position 0"));
    expect(filterRefusal(",")).toEqual(filterBad("expected a property name but found ',' at position 0"));
  });

  it("refuses the wrong punctuation mark where another is expected", () => {
    expect(filterRefusal("contains(displayName:'a')")).toEqual(filterBad("expected ',' but found ':' at position 20"));
    expect(filterRefusal("groups/any(x,x/resourceId eq 'a')")).toEqual(filterBad("expected ':' but found ',' at position 12"));
  });

  it("refuses a clause that starts with a string or ends early", () => {
    expect(filterRefusal("'a' eq 'b'")).toEqual(filterBad("expected a property name but found 'a' at position 0"));
    expect(filterRefusal("displayName eq 'a' and")).toEqual(filterBad("expected a property name but found the end of the expression"));
  });

  it("refuses a date written as a word, even one Date.parse would read", () => {
    expect(filterRefusal("lastHeartbeat eq Jan/1/2024")).toEqual(
      filterBad("'Jan/1/2024' at position 17 is not a valid dateTimeOffset value for lastHeartbeat"),
    );
  });

  it("does not treat a property followed by '(' as a function call", () => {
    expect(filterRefusal("displayName (x eq 'a')")).toEqual(
      filterBad("expected a comparison operator (eq, ne, gt, ge, lt, le) but found '(' at position 12"),
    );
  });

  it("refuses any() over an unknown name with a 400, not a crash", () => {
    expect(filterRefusal("nope/any(x:x/resourceId eq 'a')")).toEqual(filterBad("'nope' is not a collection that any() can range over"));
  });

  it("refuses a member of a complex value that declares no members", () => {
    expect(filterRefusal("settings/x eq 'a'")).toEqual(filterBad("could not find a property named 'settings/x'"));
  });

  it("refuses every value of an enum that declares no members, with a 400", () => {
    expect(filterRefusal("mode eq 'a'")).toMatchObject({ status: 400, code: "BadRequest", target: "$filter" });
  });

  it("skips any() items that are not objects", () => {
    const predicate = parse(`$filter=${encodeURIComponent("groups/any(x:x/resourceId ne 'z')")}`).filter!;
    expect([{ groups: [7] }, { groups: [null] }, { groups: ["g"] }, { groups: [{}] }].map(predicate)).toEqual([false, false, false, true]);
  });
});
