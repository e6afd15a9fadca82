import { describe, expect, it } from "vitest";
import { groupSearchQuery } from "../groups";

describe("groupSearchQuery", () => {
  it("searches by words, one quoted displayName clause per word, as the Entra admin center does", () => {
    expect(groupSearchQuery("  fin   res ")).toEqual({ $select: "id,displayName", $top: "20", $search: '"displayName:fin" AND "displayName:res"' });
  });

  it("lists groups without a search when nothing is typed", () => {
    expect(groupSearchQuery("   ")).toEqual({ $select: "id,displayName", $top: "20" });
  });

  it("escapes quotes and backslashes so typed text cannot end its clause", () => {
    expect(groupSearchQuery('a"b\\c')).toMatchObject({ $search: '"displayName:a\\"b\\\\c"' });
    expect(groupSearchQuery('x" OR "displayName:y').$search).toBe('"displayName:x\\"" AND "displayName:OR" AND "displayName:\\"displayName:y"');
  });

  it("bounds the words sent", () => {
    expect(groupSearchQuery(Array.from({ length: 30 }, (_, i) => `w${i}`).join(" ")).$search!.split(" AND ")).toHaveLength(8);
  });
});
