import { describe, expect, it } from "vitest";
import { changedFields, jsonEqual } from "../changed-fields";

describe("jsonEqual", () => {
  it("tells null, scalars, objects and arrays apart", () => {
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual({}, null)).toBe(false);
    expect(jsonEqual(null, null)).toBe(true);
    expect(jsonEqual(1, {})).toBe(false);
    expect(jsonEqual({}, 1)).toBe(false);
    expect(jsonEqual("a", "a")).toBe(true);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({}, [])).toBe(false);
  });

  it("compares arrays item by item and objects key by key", () => {
    expect(jsonEqual([1, 2], [1, 2])).toBe(true);
    expect(jsonEqual([1, 2], [1, 3])).toBe(false);
    expect(jsonEqual([1], [1, 2])).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1 })).toBe(true);
    expect(jsonEqual({ a: 1 }, { a: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1, b: 3 })).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(jsonEqual({ a: 1, b: 2 }, { a: 1 })).toBe(false);
  });

  it("treats a property set to undefined as absent, as JSON does", () => {
    expect(jsonEqual({ x: undefined, y: 1 }, { y: 1 })).toBe(true);
    expect(jsonEqual({ y: 1 }, { x: undefined, y: 1 })).toBe(true);
  });
});

describe("changedFields", () => {
  it("leaves out a property the form left undefined", () => {
    expect(Object.keys(changedFields({ a: "x", b: 1 } as Record<string, unknown>, { a: undefined, b: 2 }))).toEqual(["b"]);
  });
});
