const maxDepth = 8;
const linkAnnotations = new Set(["@odata.nextLink", "@odata.deltaLink"]);

export type LinkRewriteResult = { ok: true; body: string } | { ok: false; link: string };

/**
 * Points Graph's links that name the upstream (`@odata.nextLink`, `@odata.context`, ...) back at the gateway, so the
 * browser keeps calling /api/graph. A next link that points anywhere else is refused: the browser follows next
 * links verbatim, so passing it on would send the caller (and its token) elsewhere. `from` and `to` end with '/'.
 */
export function rewriteUpstreamLinks(body: string, from: string, to: string): LinkRewriteResult {
  if (!body.includes("@odata.")) return { ok: true, body };
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    return { ok: true, body };
  }
  const refused: string[] = [];
  const rewritten = rewrite(parsed, from, to, 0, refused);
  if (refused.length > 0) return { ok: false, link: refused[0]! };
  return { ok: true, body: JSON.stringify(rewritten) };
}

/** The gateway's URL for an upstream URL under `from`; undefined for any other URL. */
export function rewriteUpstreamUrl(url: string, from: string, to: string): string | undefined {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return undefined;
  }
  // Compared after parsing so that case and default ports do not matter, and userinfo cannot smuggle a host.
  if (parsed.username || parsed.password) return undefined;
  const root = new URL(from);
  if (parsed.origin !== root.origin || !parsed.pathname.startsWith(root.pathname)) return undefined;
  return `${to}${parsed.pathname.slice(root.pathname.length)}${parsed.search}${parsed.hash}`;
}

function rewrite(value: unknown, from: string, to: string, depth: number, refused: string[]): unknown {
  if (depth > maxDepth || typeof value !== "object" || value === null) return value;
  if (Array.isArray(value)) return value.map((item) => rewrite(item, from, to, depth + 1, refused));
  const result: Record<string, unknown> = Object.create(null) as Record<string, unknown>;
  for (const [key, item] of Object.entries(value)) {
    if (key.startsWith("@odata.") && typeof item === "string" && key !== "@odata.type") {
      const local = rewriteUpstreamUrl(item, from, to);
      if (local === undefined && linkAnnotations.has(key)) refused.push(item);
      result[key] = local ?? item;
    } else {
      result[key] = rewrite(item, from, to, depth + 1, refused);
    }
  }
  return result;
}
