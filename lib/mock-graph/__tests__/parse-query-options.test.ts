import { describe, expect, it } from "vitest";
import { GraphError } from "../../graph/graph-error";
import type { PropertyDefinition } from "../../graph/resources";
import { applySelect, parseODataQuery, queryLimits } from "../odata/parse-query";

type Entity = Record<string, unknown>;

const properties: PropertyDefinition[] = [
  { name: "id", kind: "string", nullable: false },
  { name: "displayName", kind: "string", nullable: true },
  { name: "isConfigured", kind: "boolean", nullable: false },
  { name: "state", kind: "enum", nullable: false, members: ["active", "terminated"] },
  { name: "lastHeartbeat", kind: "dateTimeOffset", nullable: true },
  { name: "tags", kind: "collection", nullable: false },
  { name: "groups", kind: "collection", nullable: false, items: [{ name: "resourceId", kind: "string", nullable: false }] },
  {
    name: "actor",
    kind: "complex",
    nullable: true,
    items: [
      { name: "userPrincipalName", kind: "string", nullable: true },
      { name: "isAdmin", kind: "boolean", nullable: false },
    ],
  },
];

const parse = (query: string, options: { allowSearch?: boolean } = {}) =>
  parseODataQuery(new URLSearchParams(query), properties, options);

/** The Graph error a refused query gives, as the wire would show it. */
function refusal(query: string, options: { allowSearch?: boolean } = {}) {
  try {
    parse(query, options);
  } catch (error) {
    expect(error).toBeInstanceOf(GraphError);
    const e = error as GraphError;
    return { status: e.status, code: e.code, target: e.target, message: e.message };
  }
  throw new Error(`'${query}' was accepted`);
}

const bad = (target: string, message: string) => ({ status: 400, code: "BadRequest", target, message });
const filterBad = (detail: string) => bad("$filter", `Invalid filter clause: ${detail}.`);

describe("query option names", () => {
  it("ignores parameters that are not system query options, even repeated", () => {
    expect(parse("api-version=1&api-version=2&foo=%24bar")).toEqual({ count: false });
  });

  it("refuses an unknown $ option, naming it", () => {
    expect(refusal("$expand=owner")).toEqual(bad("$expand", "Query option '$expand' is not supported on this resource."));
    expect(refusal("$format=json")).toEqual(bad("$format", "Query option '$format' is not supported on this resource."));
  });

  it("refuses $search unless the resource allows it, and takes it when it does", () => {
    expect(refusal("$search=%22displayName:a%22")).toEqual(bad("$search", "Query option '$search' is not supported on this resource."));
    expect(parse("$search=%22displayName:a%22", { allowSearch: true })).toEqual({ count: false, search: '"displayName:a"' });
  });

  it("refuses a repeated option, naming it", () => {
    expect(refusal("$top=1&$top=2")).toEqual(bad("$top", "Query option '$top' is specified more than once."));
    expect(refusal("$filter=state eq 'active'&$top=1&$filter=state eq 'active'")).toEqual(
      bad("$filter", "Query option '$filter' is specified more than once."),
    );
  });

  it("starts from count false with nothing else set", () => {
    const query = parse("");
    expect(query).toEqual({ count: false });
    expect(Object.keys(query)).toEqual(["count"]);
  });

  it("keeps $skiptoken as sent", () => {
    expect(parse("$skiptoken=abc%3D")).toEqual({ count: false, skiptoken: "abc=" });
  });
});

describe("$select", () => {
  it("splits on commas and trims each name", () => {
    expect(parse("$select= displayName , state").select).toEqual(["displayName", "state"]);
  });

  it("refuses an unknown name, the first one found", () => {
    expect(refusal("$select=displayName,nope,other")).toEqual(bad("$select", "Could not find a property named 'nope' for $select."));
    expect(refusal("$select=")).toEqual(bad("$select", "Could not find a property named '' for $select."));
  });

  it("applySelect keeps id and @odata.type, the selected names present, and nothing else", () => {
    const entity = { "@odata.type": "#x", id: "1", displayName: "A", state: "active", extra: 1 };
    expect(applySelect(entity, ["displayName", "missing"])).toStrictEqual({ "@odata.type": "#x", id: "1", displayName: "A" });
    expect(Object.keys(applySelect({ displayName: "A" }, ["displayName"]))).toEqual(["displayName"]);
    expect(applySelect(entity)).toBe(entity);
  });
});

describe("$top, $skip, $count", () => {
  it("takes $top from 0 to 999 and refuses 1000", () => {
    expect(parse("$top=0").top).toBe(0);
    expect(parse("$top=999").top).toBe(999);
    expect(refusal("$top=1000")).toEqual(bad("$top", "Invalid value '1000' for $top: the largest allowed is 999."));
  });

  it("refuses a $top or $skip that is not a whole number", () => {
    for (const raw of ["-1", "1.5", "", "1a", "a1", " 1"]) {
      expect(refusal(`$top=${encodeURIComponent(raw)}`)).toEqual(
        bad("$top", `Invalid value '${raw}' for $top: use a whole number of 0 or more.`),
      );
    }
    expect(refusal("$skip=x")).toEqual(bad("$skip", "Invalid value 'x' for $skip: use a whole number of 0 or more."));
  });

  it("takes $skip up to the largest safe integer and refuses one more", () => {
    expect(parse("$skip=0").skip).toBe(0);
    expect(parse(`$skip=${Number.MAX_SAFE_INTEGER}`).skip).toBe(Number.MAX_SAFE_INTEGER);
    expect(refusal("$skip=9007199254740993")).toEqual(
      bad("$skip", `Invalid value '9007199254740993' for $skip: the largest allowed is ${Number.MAX_SAFE_INTEGER}.`),
    );
  });

  it("takes $count true or false only", () => {
    expect(parse("$count=true").count).toBe(true);
    expect(parse("$count=false").count).toBe(false);
    expect(refusal("$count=TRUE")).toEqual(bad("$count", "Invalid value 'TRUE' for $count: use true or false."));
    expect(refusal("$count=")).toEqual(bad("$count", "Invalid value '' for $count: use true or false."));
  });

  it("refuses an empty or blank $search", () => {
    const message = '$search is empty: use the form "displayName:term".';
    expect(refusal("$search=", { allowSearch: true })).toEqual(bad("$search", message));
    expect(refusal("$search=%20%20", { allowSearch: true })).toEqual(bad("$search", message));
    expect(parse("$search=%20a%20", { allowSearch: true }).search).toBe(" a ");
  });
});

describe("$orderby", () => {
  const rows: Entity[] = [
    { id: "1", displayName: "bravo", isConfigured: true, lastHeartbeat: "2024-01-02T00:00:00Z", state: "active" },
    { id: "2", displayName: "Alpha", isConfigured: false, lastHeartbeat: "2024-01-03T00:00:00Z", state: "active" },
    { id: "3", displayName: null, isConfigured: true, lastHeartbeat: null, state: "terminated" },
    { id: "4", displayName: "charlie", isConfigured: false, lastHeartbeat: "2023-12-31T23:00:00+00:00", state: "terminated" },
  ];
  const order = (orderby: string, input = rows) => {
    const compare = parse(`$orderby=${encodeURIComponent(orderby)}`).orderBy!;
    return [...input].sort(compare).map((row) => row.id);
  };

  it("sorts strings case-insensitively with nulls first, and reverses for desc", () => {
    expect(order("displayName")).toEqual(["3", "2", "1", "4"]);
    expect(order("displayName asc")).toEqual(["3", "2", "1", "4"]);
    expect(order("displayName desc")).toEqual(["4", "1", "2", "3"]);
  });

  it("sorts dates by instant, not by text", () => {
    expect(order("lastHeartbeat")).toEqual(["3", "4", "1", "2"]);
    expect(order("lastHeartbeat desc")).toEqual(["2", "1", "4", "3"]);
  });

  it("sorts false before true and breaks ties with the next key", () => {
    expect(order("isConfigured, displayName desc")).toEqual(["4", "2", "1", "3"]);
    expect(order("state desc,displayName")).toEqual(["3", "4", "2", "1"]);
    expect(order("isConfigured desc,lastHeartbeat desc")).toEqual(["1", "3", "2", "4"]);
  });

  it("gives 0 for equal rows and for two nulls", () => {
    const compare = parse("$orderby=displayName,isConfigured").orderBy!;
    expect(compare({ displayName: "a", isConfigured: true }, { displayName: "A", isConfigured: true })).toBe(0);
    expect(compare({ displayName: null }, { displayName: undefined })).toBe(0);
    expect(compare({ displayName: null }, { displayName: "a" })).toBe(-1);
    expect(compare({ displayName: "a" }, { displayName: null })).toBe(1);
    expect(compare({ displayName: "b" }, { displayName: "a" })).toBe(1);
    expect(compare({ displayName: "a" }, { displayName: "b" })).toBe(-1);
    const desc = parse("$orderby=lastHeartbeat desc").orderBy!;
    expect(Math.sign(desc({ lastHeartbeat: "2024-01-01T00:00:00Z" }, { lastHeartbeat: "2024-01-01T00:00:01Z" }))).toBe(1);
  });

  it("takes 5 keys and refuses 6", () => {
    expect(parse("$orderby=id,displayName,isConfigured,state,lastHeartbeat").orderBy).toBeTypeOf("function");
    expect(refusal("$orderby=id,displayName,isConfigured,state,lastHeartbeat,id")).toEqual(
      bad("$orderby", `$orderby has 6 keys; at most ${queryLimits.orderByKeys} are allowed.`),
    );
  });

  it("refuses unknown, empty, collection and complex keys", () => {
    expect(refusal("$orderby=nope")).toEqual(bad("$orderby", "Could not find a property named 'nope' for $orderby."));
    expect(refusal("$orderby=")).toEqual(bad("$orderby", "Could not find a property named '' for $orderby."));
    expect(refusal("$orderby=displayName,")).toEqual(bad("$orderby", "Could not find a property named '' for $orderby."));
    expect(refusal("$orderby=tags")).toEqual(bad("$orderby", "'tags' is a collection and cannot be used in $orderby."));
    expect(refusal("$orderby=actor")).toEqual(bad("$orderby", "'actor' is a complex value and cannot be used in $orderby."));
  });

  it("refuses a bad direction, extra words and a repeated key", () => {
    expect(refusal("$orderby=displayName up")).toEqual(
      bad("$orderby", "Invalid $orderby clause 'displayName up': use 'property asc' or 'property desc'."),
    );
    expect(refusal("$orderby=displayName asc nulls")).toEqual(
      bad("$orderby", "Invalid $orderby clause 'displayName asc nulls': use 'property asc' or 'property desc'."),
    );
    expect(refusal("$orderby=state desc, state")).toEqual(bad("$orderby", "The property 'state' appears more than once in $orderby."));
  });
});

describe("$filter", () => {
  const rows: Entity[] = [
    {
      id: "1",
      displayName: "Contoso O'Brien",
      isConfigured: true,
      state: "active",
      lastHeartbeat: "2024-01-02T00:00:00Z",
      groups: [{ resourceId: "g1" }, { resourceId: "G2" }],
      actor: { userPrincipalName: "Ann@x.com", isAdmin: true },
    },
    { id: "2", displayName: "fabrikam", isConfigured: false, state: "terminated", lastHeartbeat: "2024-01-03T00:00:00Z", groups: [], actor: null },
    { id: "3", displayName: null, isConfigured: true, state: "active", lastHeartbeat: null, groups: [null, 7, { resourceId: "g3" }] },
    { id: "4", displayName: 42, isConfigured: false, state: "active", lastHeartbeat: "2023-12-31T00:00:00Z", groups: "g1" },
  ];
  const matching = (filter: string) => {
    const predicate = parse(`$filter=${encodeURIComponent(filter)}`).filter!;
    return rows.filter(predicate).map((row) => row.id);
  };
  const filterRefusal = (filter: string) => refusal(`$filter=${encodeURIComponent(filter)}`);

  it("compares strings case-insensitively, with quotes doubled", () => {
    expect(matching("displayName eq 'FABRIKAM'")).toEqual(["2"]);
    expect(matching("displayName eq 'contoso o''brien'")).toEqual(["1"]);
    expect(matching("displayName ne 'fabrikam'")).toEqual(["1", "3", "4"]);
    expect(matching("displayName eq '42'")).toEqual(["4"]);
    expect(matching("displayName eq ''")).toEqual([]);
  });

  it("orders strings with gt, ge, lt, le and never matches null", () => {
    expect(matching("displayName gt 'contoso o''brien'")).toEqual(["2"]);
    expect(matching("displayName ge 'contoso o''brien'")).toEqual(["1", "2"]);
    expect(matching("displayName lt 'contoso o''brien'")).toEqual(["4"]);
    expect(matching("displayName le 'contoso o''brien'")).toEqual(["1", "4"]);
  });

  it("compares dates as instants", () => {
    expect(matching("lastHeartbeat gt 2024-01-02T00:00:00Z")).toEqual(["2"]);
    expect(matching("lastHeartbeat ge 2024-01-02T00:00:00Z")).toEqual(["1", "2"]);
    expect(matching("lastHeartbeat lt 2024-01-02T01:00:00+01:00")).toEqual(["4"]);
    expect(matching("lastHeartbeat le 2024-01-02T01:00:00+01:00")).toEqual(["1", "4"]);
    expect(matching("lastHeartbeat eq 2024-01-02T01:00:00+01:00")).toEqual(["1"]);
    expect(matching("lastHeartbeat eq null")).toEqual(["3"]);
    expect(matching("lastHeartbeat ne null")).toEqual(["1", "2", "4"]);
  });

  it("compares booleans and enums", () => {
    expect(matching("isConfigured eq true")).toEqual(["1", "3"]);
    expect(matching("isConfigured eq false")).toEqual(["2", "4"]);
    expect(matching("state eq 'terminated'")).toEqual(["2"]);
    expect(matching("state ne 'terminated'")).toEqual(["1", "3", "4"]);
  });

  it("runs startswith, endswith and contains case-insensitively on strings only", () => {
    expect(matching("startswith(displayName,'CON')")).toEqual(["1"]);
    expect(matching("startswith(displayName,'brien')")).toEqual([]);
    expect(matching("endswith(displayName, 'BRIEN')")).toEqual(["1"]);
    expect(matching("endswith(displayName,'contoso')")).toEqual([]);
    expect(matching("contains(displayName,'BRIK')")).toEqual(["2"]);
    expect(matching("contains(displayName,'4')")).toEqual([]);
  });

  it("combines with and, or, not and parentheses, and binds and tighter than or", () => {
    expect(matching("isConfigured eq true and state eq 'active'")).toEqual(["1", "3"]);
    expect(matching("isConfigured eq true and displayName eq null")).toEqual(["3"]);
    expect(matching("state eq 'terminated' or displayName eq null")).toEqual(["2", "3"]);
    expect(matching("not isConfigured eq true")).toEqual(["2", "4"]);
    expect(matching("not (isConfigured eq true or state eq 'terminated')")).toEqual(["4"]);
    expect(matching("state eq 'terminated' or isConfigured eq true and displayName eq null")).toEqual(["2", "3"]);
    expect(matching("(state eq 'terminated' or isConfigured eq true) and displayName eq null")).toEqual(["3"]);
    expect(matching("not not isConfigured eq true")).toEqual(["1", "3"]);
  });

  it("ranges any() over a collection's object items only", () => {
    expect(matching("groups/any(g:g/resourceId eq 'G1')")).toEqual(["1"]);
    expect(matching("groups/any(x:x/resourceId eq 'g3')")).toEqual(["3"]);
    expect(matching("groups/any(x: x/resourceId ne 'none')")).toEqual(["1", "3"]);
    expect(matching("groups/any(x:x/resourceId eq 'g1') and id eq '1'")).toEqual(["1"]);
  });

  it("reads a string member of a complex value", () => {
    expect(matching("actor/userPrincipalName eq 'ann@X.com'")).toEqual(["1"]);
    expect(matching("actor/userPrincipalName eq null")).toEqual(["2", "3", "4"]);
    expect(matching("startswith(actor/userPrincipalName,'ann')")).toEqual([]);
  });

  it("refuses members that are not declared strings of a complex value", () => {
    expect(filterRefusal("actor/isAdmin eq true")).toEqual(filterBad("could not find a property named 'actor/isAdmin'"));
    expect(filterRefusal("actor/nope eq 'a'")).toEqual(filterBad("could not find a property named 'actor/nope'"));
    expect(filterRefusal("actor/userPrincipalName/x eq 'a'")).toEqual(filterBad("could not find a property named 'actor/userPrincipalName/x'"));
    expect(filterRefusal("displayName/x eq 'a'")).toEqual(filterBad("could not find a property named 'displayName/x'"));
    expect(filterRefusal("nope/x eq 'a'")).toEqual(filterBad("could not find a property named 'nope/x'"));
  });

  it("refuses a bad any()", () => {
    expect(filterRefusal("tags/any(t:t/x eq 'a')")).toEqual(filterBad("'tags' is not a collection that any() can range over"));
    expect(filterRefusal("displayName/any(t:t eq 'a')")).toEqual(filterBad("'displayName' is not a collection that any() can range over"));
    expect(filterRefusal("groups/any(g/x:g/resourceId eq 'a')")).toEqual(filterBad("expected a range variable but found 'g/x' at position 11"));
    expect(filterRefusal("groups/any('g':g/resourceId eq 'a')")).toEqual(filterBad("expected a range variable but found 'g' at position 11"));
    expect(filterRefusal("groups/any(g:resourceId eq 'a')")).toEqual(filterBad("could not find a property named 'resourceId'"));
    expect(filterRefusal("groups/any(g:g/resourceId eq 'a') and g/resourceId eq 'a'")).toEqual(
      filterBad("could not find a property named 'g/resourceId'"),
    );
    expect(filterRefusal("groups/any(g g/resourceId eq 'a')")).toEqual(filterBad("expected ':' but found 'g/resourceId' at position 13"));
  });

  it("treats a word ending in /any that is not followed by punctuation as a property", () => {
    expect(filterRefusal("groups/any eq 'a'")).toEqual(filterBad("could not find a property named 'groups/any'"));
  });

  it("refuses collection and complex properties in comparisons", () => {
    expect(filterRefusal("tags eq 'a'")).toEqual(filterBad("'tags' is a collection and cannot be compared"));
    expect(filterRefusal("actor eq null")).toEqual(filterBad("'actor' is a complex value and cannot be compared"));
  });

  it("refuses values of the wrong kind, naming the token and the property", () => {
    expect(filterRefusal("isConfigured eq 'true'")).toEqual(filterBad("'true' at position 16 is not a valid boolean value for isConfigured"));
    expect(filterRefusal("isConfigured eq 1")).toEqual(filterBad("'1' at position 16 is not a valid boolean value for isConfigured"));
    expect(filterRefusal("state eq active")).toEqual(filterBad("'active' at position 9 is not a valid enum value for state"));
    expect(filterRefusal("state eq 'gone'")).toEqual(filterBad("'gone' is not a valid value of state; use one of active, terminated"));
    expect(filterRefusal("lastHeartbeat eq '2024-01-01'")).toEqual(filterBad("'2024-01-01' at position 17 is not a valid dateTimeOffset value for lastHeartbeat"));
    expect(filterRefusal("lastHeartbeat eq 2024-13-45")).toEqual(filterBad("'2024-13-45' at position 17 is not a valid dateTimeOffset value for lastHeartbeat"));
    expect(filterRefusal("displayName eq abc")).toEqual(filterBad("'abc' at position 15 is not a valid string value for displayName"));
    expect(filterRefusal("displayName eq 12")).toEqual(filterBad("'12' at position 15 is not a valid string value for displayName"));
    expect(filterRefusal("displayName eq")).toEqual(filterBad("the end of the expression is not a valid string value for displayName"));
  });

  it("takes null with eq and ne only", () => {
    expect(matching("displayName eq null")).toEqual(["3"]);
    expect(matching("isConfigured ne null")).toEqual(["1", "2", "3", "4"]);
    expect(filterRefusal("displayName gt null")).toEqual(filterBad("null can only be compared with eq or ne"));
  });

  it("refuses a missing or unknown operator", () => {
    const detail = "expected a comparison operator (eq, ne, gt, ge, lt, le) but found";
    expect(filterRefusal("displayName has 'a'")).toEqual(filterBad(`${detail} 'has' at position 12`));
    expect(filterRefusal("displayName 'a'")).toEqual(filterBad(`${detail} 'a' at position 12`));
    expect(filterRefusal("displayName")).toEqual(filterBad(`${detail} the end of the expression`));
  });

  it("refuses bad function calls", () => {
    expect(filterRefusal("startswith(isConfigured,'a')")).toEqual(filterBad("startswith needs a string property, and isConfigured is not one"));
    expect(filterRefusal("contains(state,'a')")).toEqual(filterBad("contains needs a string property, and state is not one"));
    expect(filterRefusal("endswith(displayName,3)")).toEqual(filterBad("endswith needs a quoted string but found '3' at position 21"));
    expect(filterRefusal("contains(displayName 'a')")).toEqual(filterBad("expected ',' but found 'a' at position 21"));
    expect(filterRefusal("contains(displayName,'a'")).toEqual(filterBad("expected ')' but found the end of the expression"));
    expect(filterRefusal("contains('a',displayName)")).toEqual(filterBad("expected a property name but found 'a' at position 9"));
  });

  it("treats a function name not followed by punctuation as a property", () => {
    expect(filterRefusal("contains eq 'a'")).toEqual(filterBad("could not find a property named 'contains'"));
  });

  it("refuses a broken expression, saying where", () => {
    expect(filterRefusal("")).toEqual(filterBad("the expression is empty"));
    expect(filterRefusal("   ")).toEqual(filterBad("the expression is empty"));
    expect(filterRefusal("displayName eq 'a' displayName")).toEqual(filterBad("unexpected 'displayName' at position 19"));
    expect(filterRefusal("displayName eq 'a')")).toEqual(filterBad("unexpected ')' at position 18"));
    expect(filterRefusal("(displayName eq 'a'")).toEqual(filterBad("expected ')' but found the end of the expression"));
    expect(filterRefusal("displayName eq 'ab")).toEqual(filterBad("unterminated string starting at position 15"));
    expect(filterRefusal("displayName eq 'ab''")).toEqual(filterBad("unterminated string starting at position 15"));
    expect(filterRefusal("displayName eq 'a' & x")).toEqual(filterBad("unexpected character '&' at position 19"));
    expect(filterRefusal("displayName eq\t'a'")).toEqual(filterBad("unexpected character '\t' at position 14"));
    expect(filterRefusal("nope eq 'a'")).toEqual(filterBad("could not find a property named 'nope'"));
  });

  it("reads a literal through digits, colons, dots, T, Z, plus and minus", () => {
    expect(filterRefusal("lastHeartbeat eq 2024-01-02T00:00:00.5+01:00x")).toEqual(filterBad("unexpected 'x' at position 44"));
  });

  it("takes 4096 characters and refuses 4097", () => {
    const head = "displayName eq '";
    const at = (length: number) => `${head}${"a".repeat(length - head.length - 1)}'`;
    expect(parse(`$filter=${encodeURIComponent(at(4096))}`).filter).toBeTypeOf("function");
    expect(filterRefusal(at(4097))).toEqual(filterBad("the expression is 4097 characters long; at most 4096 are allowed"));
  });

  it("takes 32 comparisons and refuses 33, counting functions too", () => {
    const clauses = (n: number) => Array.from({ length: n }, () => "displayName eq 'a'").join(" or ");
    expect(parse(`$filter=${encodeURIComponent(clauses(32))}`).filter).toBeTypeOf("function");
    expect(filterRefusal(clauses(33))).toEqual(filterBad("the expression has 33 comparisons; at most 32 are allowed"));
    expect(filterRefusal(`${clauses(32)} or contains(displayName,'a')`)).toEqual(
      filterBad("the expression has 33 comparisons; at most 32 are allowed"),
    );
  });

  it("takes 10 levels of nesting and refuses 11, for parentheses and not", () => {
    const nested = (n: number) => `${"(".repeat(n)}displayName eq 'a'${")".repeat(n)}`;
    expect(parse(`$filter=${encodeURIComponent(nested(10))}`).filter).toBeTypeOf("function");
    expect(filterRefusal(nested(11))).toEqual(filterBad("the expression nests more than 10 levels deep"));
    const nots = (n: number) => `${"not ".repeat(n)}displayName eq 'a'`;
    expect(parse(`$filter=${encodeURIComponent(nots(10))}`).filter).toBeTypeOf("function");
    expect(filterRefusal(nots(11))).toEqual(filterBad("the expression nests more than 10 levels deep"));
  });

  it("counts depth per branch, not across siblings", () => {
    const group = `${"(".repeat(10)}displayName eq 'a'${")".repeat(10)}`;
    expect(parse(`$filter=${encodeURIComponent(`${group} or ${group} or ${group}`)}`).filter).toBeTypeOf("function");
    const nots = `${"not ".repeat(10)}displayName eq 'a'`;
    expect(parse(`$filter=${encodeURIComponent(`${nots} and ${nots}`)}`).filter).toBeTypeOf("function");
  });
});
