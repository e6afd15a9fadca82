import { GraphError } from "@/lib/graph/graph-error";

const searchableProperties = new Set(["displayName", "description", "mailNickname"]);
const maxClauses = 20;

/** Graph's tokens: runs of letters and digits, lower-cased (a camelCase boundary also starts a token on Graph). */
function tokensOf(text: string): string[] {
  return text
    .replace(/(\p{Ll})(\p{Lu})/gu, "$1 $2")
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

/**
 * Graph's `$search` on directory objects: `"property:words"` clauses joined by AND / OR (AND binds tighter). A clause
 * matches when every one of its words starts a token of the property, so "fin res" finds "Finance - Restricted".
 * Graph answers `$search` only with `ConsistencyLevel: eventual`; the caller checks that.
 */
export function groupSearch(search: string): (item: Record<string, unknown>) => boolean {
  // Quoted clauses and the operators between them; anything else is a syntax error, as on Graph.
  const parts = search.trim().split(/("(?:[^"\\]|\\.)*")/).map((part) => part.trim());
  const alternatives: ((item: Record<string, unknown>) => boolean)[][] = [[]];
  let expectClause = true;
  for (const [index, part] of parts.entries()) {
    if (index % 2 === 1) {
      if (!expectClause) throw syntaxError(part);
      alternatives.at(-1)!.push(clauseOf(part));
      expectClause = false;
    } else if (part !== "") {
      if (expectClause || (part !== "AND" && part !== "OR")) throw syntaxError(part);
      if (part === "OR") alternatives.push([]);
      expectClause = true;
    }
  }
  if (expectClause) throw syntaxError(search);
  if (alternatives.flat().length > maxClauses) throw new GraphError(400, `$search has more than ${maxClauses} clauses.`, { code: "Request_UnsupportedQuery", target: "$search" });
  return (item) => alternatives.some((clauses) => clauses.every((clause) => clause(item)));
}

function syntaxError(near: string): GraphError {
  return new GraphError(400, `Syntax error in $search near '${near.slice(0, 40)}': use "displayName:word" clauses joined by AND or OR.`, { code: "BadRequest", target: "$search" });
}

function clauseOf(raw: string): (item: Record<string, unknown>) => boolean {
  const body = raw.slice(1, -1).replace(/\\(.)/g, "$1");
  const colon = body.indexOf(":");
  const property = colon === -1 ? undefined : body.slice(0, colon);
  if (property === undefined || !searchableProperties.has(property)) {
    throw new GraphError(400, `$search supports displayName, description and mailNickname, not '${(property ?? body).slice(0, 40)}'.`, { code: "BadRequest", target: "$search" });
  }
  const words = tokensOf(body.slice(colon + 1));
  return (item) => {
    const tokens = tokensOf(String(item[property] ?? ""));
    return words.every((word) => tokens.some((token) => token.startsWith(word)));
  };
}

/** Graph's refusal of `$search` on directory objects without the header (learn.microsoft.com/graph/aad-advanced-queries). */
export function requireEventualConsistency(request: Request): GraphError | undefined {
  if (request.headers.get("consistencylevel")?.toLowerCase() === "eventual") return undefined;
  return new GraphError(400, "Request with $search query parameter only works through MSGraph with a special request header: 'ConsistencyLevel: eventual'", {
    code: "Request_UnsupportedQuery",
  });
}
