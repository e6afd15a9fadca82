// Deeper than any Graph answer; the walk (and JSON.stringify) recurse, so a hostile body must not go further.
const maxDepth = 32;
/** Links a Graph client follows verbatim: one that leaves the service root is refused, not passed on. */
const followedLinks = new Set(["odata.nextLink", "odata.deltaLink"]);
/** Links a client may read or call: rewritten to the gateway, dropped when they name another host. */
const otherLinks = new Set([
  "odata.context",
  "odata.id",
  "odata.editLink",
  "odata.readLink",
  "odata.navigationLink",
  "odata.associationLink",
  "odata.mediaReadLink",
  "odata.mediaEditLink",
]);

export type LinkRewriteResult = { ok: true; body: string } | { ok: false; reason: string };

/**
 * Points Graph's links that name the upstream (`@odata.nextLink`, `members@odata.nextLink`, `@odata.context`,
 * `@odata.id`, ...) back at the gateway, so the browser keeps calling /api/graph. A next or delta link that is not a
 * string under the service root is refused: the browser follows next links verbatim, so passing it on would send the
 * caller (and its token) elsewhere. Other links to elsewhere are dropped. A body that is not JSON, or nests deeper
 * than any Graph answer, is refused. `from` and `to` end with '/'.
 */
export function rewriteUpstreamLinks(body: string, from: string, to: string): LinkRewriteResult {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: false, reason: "Microsoft Graph answered with JSON the console could not read." };
  }
  if (!body.includes("@odata.")) return depthOf(parsed) > maxDepth ? tooDeep() : { ok: true, body };
  const problems: string[] = [];
  const rewritten = rewrite(parsed, { from, to, origin: new URL(from) }, 0, problems);
  if (problems.length > 0) return { ok: false, reason: problems[0]! };
  return { ok: true, body: JSON.stringify(rewritten) };
}

/** The gateway's URL for an upstream URL under `from`; undefined for any other URL. */
export function rewriteUpstreamUrl(url: string, from: string, to: string): string | undefined {
  return rewriteUnder(url, new URL(from), to);
}

function rewriteUnder(url: string, root: URL, to: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Compared after parsing so that case and default ports do not matter, and userinfo cannot smuggle a host.
  if (parsed.username || parsed.password) return undefined;
  if (parsed.origin !== root.origin || !parsed.pathname.startsWith(root.pathname)) return undefined;
  return `${to}${parsed.pathname.slice(root.pathname.length)}${parsed.search}${parsed.hash}`;
}

interface Roots {
  from: string;
  to: string;
  origin: URL;
}

/** `odata.nextLink` for `@odata.nextLink` and `members@odata.nextLink`; undefined for a plain property. */
function annotationOf(key: string): string | undefined {
  const at = key.indexOf("@odata.");
  return at === -1 ? undefined : key.slice(at + 1);
}

function rewrite(value: unknown, roots: Roots, depth: number, problems: string[]): unknown {
  if (typeof value !== "object" || value === null) return value;
  if (depth > maxDepth) {
    problems.push(tooDeep().reason);
    return value;
  }
  if (Array.isArray(value)) return value.map((item) => rewrite(item, roots, depth + 1, problems));
  const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) {
    const annotation = annotationOf(key);
    if (annotation && followedLinks.has(annotation)) {
      const local = typeof item === "string" ? rewriteUnder(item, roots.origin, roots.to) : undefined;
      if (local === undefined) problems.push("Microsoft Graph answered with a next link outside its service root, which the console does not follow.");
      result[key] = local;
    } else if (annotation && otherLinks.has(annotation)) {
      const local = typeof item === "string" ? rewriteUnder(item, roots.origin, roots.to) : undefined;
      if (local !== undefined) result[key] = local;
    } else {
      result[key] = rewrite(item, roots, depth + 1, problems);
    }
  }
  return result;
}

function depthOf(value: unknown): number {
  let deepest = 0;
  const stack: Array<[unknown, number]> = [[value, 0]];
  while (stack.length > 0) {
    const [item, depth] = stack.pop()!;
    if (typeof item !== "object" || item === null) continue;
    deepest = Math.max(deepest, depth);
    if (deepest > maxDepth) return deepest;
    for (const child of Array.isArray(item) ? item : Object.values(item)) stack.push([child, depth + 1]);
  }
  return deepest;
}

function tooDeep(): { ok: false; reason: string } {
  return { ok: false, reason: `Microsoft Graph answered with JSON nested deeper than ${maxDepth} levels, which the console does not pass on.` };
}
