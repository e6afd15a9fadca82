import { describe, expect, it } from "vitest";
import { parseQueryOptions } from "../query-options";

function refusal(rawQuery: string) {
  const result = parseQueryOptions(rawQuery);
  if (result.ok) throw new Error(`${rawQuery} was accepted as ${JSON.stringify(result.options)}`);
  return { status: result.error.status, code: result.error.code, message: result.error.message };
}

const refused = (message: string) => ({ status: 400, code: "BadRequest", message });

function forwarded(rawQuery: string) {
  const result = parseQueryOptions(rawQuery);
  if (!result.ok) throw new Error(`${rawQuery} was refused: ${result.error.message}`);
  return result.options;
}

const allowed = "Allowed: $select, $filter, $orderby, $top, $skip, $count, $search, $skiptoken.";

describe("parseQueryOptions: what goes upstream", () => {
  it("rebuilds the query from the checked values, spaces as %20 and a plus as %2B", () => {
    expect(forwarded("$filter=displayName+eq+'a%2Bb'&$top=5&$count=true")).toEqual({
      query: "$filter=displayName%20eq%20'a%2Bb'&$top=5&$count=true",
      names: ["$filter", "$top", "$count"],
    });
  });

  it("reads an option without '=' as one with an empty value", () => {
    expect(forwarded("$select")).toEqual({ query: "$select=", names: ["$select"] });
    expect(forwarded("$select&$top=1")).toEqual({ query: "$select=&$top=1", names: ["$select", "$top"] });
  });

  it("keeps everything after the first '=' as the value", () => {
    expect(forwarded("$filter=a=b")).toEqual({ query: "$filter=a%3Db", names: ["$filter"] });
  });

  it("skips empty parts and an empty query", () => {
    expect(forwarded("")).toEqual({ query: "", names: [] });
    expect(forwarded("&&$top=2&")).toEqual({ query: "$top=2", names: ["$top"] });
  });

  it("takes a query of exactly 8192 characters", () => {
    const query = `$filter=${"a".repeat(8192 - "$filter=".length)}`;
    expect(query).toHaveLength(8192);
    expect(forwarded(query).names).toEqual(["$filter"]);
  });
});

describe("parseQueryOptions: each refusal names its reason", () => {
  it("a query over 8192 characters", () => {
    expect(refusal(`$filter=${"a".repeat(8192 - "$filter=".length + 1)}`)).toEqual(refused("The query string is longer than 8192 characters."));
  });

  it("a malformed escape in the name or in the value", () => {
    const message = "The query string contains an invalid percent-encoding.";
    expect(refusal("%zz=1")).toEqual(refused(message));
    expect(refusal("$filter=%zz")).toEqual(refused(message));
    expect(refusal("$top=%zz")).toEqual(refused(message));
    expect(refusal("$filter=%E9")).toEqual(refused(message));
  });

  it("an option Graph is not asked for, echoing its name only when it looks like one", () => {
    expect(refusal("api-version=2")).toEqual(refused(`Query option 'api-version' is not allowed. ${allowed}`));
    expect(refusal("$expand=x")).toEqual(refused(`Query option '$expand' is not allowed. ${allowed}`));
    expect(refusal("a=1")).toEqual(refused(`Query option 'a' is not allowed. ${allowed}`));
    expect(refusal(`${"a".repeat(30)}=1`)).toEqual(refused(`Query option '${"a".repeat(30)}' is not allowed. ${allowed}`));
    // Anything else (a token pasted in the wrong place, say) is not sent back.
    const hidden = refused(`Query option '(not an OData option name)' is not allowed. ${allowed}`);
    expect(refusal(`${"a".repeat(31)}=1`)).toEqual(hidden);
    expect(refusal("access_token.eyJ0eXAi=1")).toEqual(hidden);
    expect(refusal("Bearer+abc=1")).toEqual(hidden);
    expect(refusal("$$top=1")).toEqual(hidden);
    // A '+' in a name is a space, so `$filter+` is not $filter.
    expect(refusal("$filter+=x")).toEqual(hidden);
  });

  it("an option given twice", () => {
    expect(refusal("$top=5&$top=6")).toEqual(refused("Query option '$top' was specified more than once."));
  });

  it("a control character in a value", () => {
    expect(refusal("$filter=a%0Db")).toEqual(refused("The value of query option '$filter' contains a control character."));
    expect(refusal("$search=%7F")).toEqual(refused("The value of query option '$search' contains a control character."));
  });

  it("a value outside the option's pattern", () => {
    expect(refusal("$top=abc")).toEqual(refused("The value of query option '$top' must be a whole number."));
    expect(refusal("$skip=-1")).toEqual(refused("The value of query option '$skip' must be a whole number."));
    expect(refusal("$count=yes")).toEqual(refused("The value of query option '$count' must be true or false."));
  });

  it("a value that is not valid text (a lone surrogate cannot be encoded for Graph)", () => {
    expect(refusal("$filter=a\uD800b")).toEqual(refused("The value of query option '$filter' is not valid text."));
  });
});
