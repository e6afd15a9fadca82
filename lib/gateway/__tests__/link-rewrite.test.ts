import { describe, expect, it } from "vitest";
import { rewriteUpstreamLinks, rewriteUpstreamUrl } from "../link-rewrite";

const from = "https://graph.upstream.test/";
const to = "http://console.test/api/graph/";
const rewrite = (body: unknown) => rewriteUpstreamLinks(typeof body === "string" ? body : JSON.stringify(body), from, to);
const rewritten = (body: unknown): unknown => {
  const result = rewrite(body);
  if (!result.ok) throw new Error(result.reason);
  return JSON.parse(result.body);
};

const tooDeep = { ok: false, reason: "Microsoft Graph answered with JSON nested deeper than 32 levels, which the console does not pass on." };
const outside = { ok: false, reason: "Microsoft Graph answered with a next link outside its service root, which the console does not follow." };

/** `levels` containers around a leaf: the innermost sits at depth levels - 1 (the outermost is depth 0). */
const nestedObjects = (levels: number, leaf: unknown): unknown => (levels === 0 ? leaf : { inner: nestedObjects(levels - 1, leaf) });
const nestedArrays = (levels: number, leaf: unknown): unknown => (levels === 0 ? leaf : [nestedArrays(levels - 1, leaf)]);

describe("rewriteUpstreamLinks: what it refuses", () => {
  it("a body that is not JSON", () => {
    expect(rewrite('{"value": [1, 2')).toEqual({ ok: false, reason: "Microsoft Graph answered with JSON the console could not read." });
  });

  it("JSON nested deeper than 32 levels, with or without links in it", () => {
    for (const nest of [nestedObjects, nestedArrays]) {
      expect(rewrite(nest(33, 1)).ok).toBe(true);
      expect(rewrite(nest(34, 1))).toEqual(tooDeep);
      const linked = (levels: number) => ({ "@odata.context": `${from}v1.0/$metadata`, value: nest(levels, 1) });
      // The value sits one level below the top object.
      expect(rewrite(linked(32)).ok).toBe(true);
      expect(rewrite(linked(33))).toEqual(tooDeep);
    }
  });

  it("a next link that is not a plain string under the service root", () => {
    for (const link of ["https://evil.example/v1.0/groups", [`${from}v1.0/groups?$skiptoken=2`], 5, null]) {
      expect(rewrite({ "@odata.nextLink": link, value: [] }), JSON.stringify(link)).toEqual(outside);
    }
    expect(rewrite({ value: [{ "m@odata.nextLink": "https://evil.example/x" }] })).toEqual(outside);
  });

  it("a next link carrying userinfo, which could smuggle another host", () => {
    for (const link of ["https://user@graph.upstream.test/v1.0/groups", "https://:secret@graph.upstream.test/v1.0/groups"]) {
      expect(rewrite({ "@odata.nextLink": link }), link).toEqual(outside);
    }
  });
});

describe("rewriteUpstreamLinks: what it passes on", () => {
  it("a body without annotations exactly as sent", () => {
    const body = '{ "value": [ { "id": "1", "note": null } ] }';
    expect(rewrite(body)).toEqual({ ok: true, body });
  });

  it("links under the service root, pointed at the gateway", () => {
    expect(
      rewritten({
        "@odata.context": `${from}v1.0/$metadata#groups`,
        "@odata.nextLink": `${from}v1.0/groups?$skiptoken=2`,
        value: [{ id: "1", "x@odata.nextLink": `${from}v1.0/groups/1/x?page=2`, note: null }],
      }),
    ).toEqual({
      "@odata.context": `${to}v1.0/$metadata#groups`,
      "@odata.nextLink": `${to}v1.0/groups?$skiptoken=2`,
      value: [{ id: "1", "x@odata.nextLink": `${to}v1.0/groups/1/x?page=2`, note: null }],
    });
  });

  it("drops a readable link that is not a string under the service root", () => {
    expect(rewritten({ "@odata.context": [`${from}v1.0/$metadata`], "@odata.id": "https://evil.example/x", value: [] })).toEqual({ value: [] });
  });

  it("leaves a plain property that merely looks like an annotation", () => {
    expect(rewritten({ "@odata.context": `${from}v1.0/$metadata`, "odata.nextLink": "https://elsewhere.example/data" })).toEqual({
      "@odata.context": `${to}v1.0/$metadata`,
      "odata.nextLink": "https://elsewhere.example/data",
    });
  });
});

describe("rewriteUpstreamUrl", () => {
  it("maps a URL under the root and nothing else", () => {
    expect(rewriteUpstreamUrl(`${from}v1.0/groups/1?x=1`, from, to)).toBe(`${to}v1.0/groups/1?x=1`);
    expect(rewriteUpstreamUrl("https://evil.example/v1.0/groups/1", from, to)).toBeUndefined();
    expect(rewriteUpstreamUrl("not a url", from, to)).toBeUndefined();
  });
});
