import { GraphError } from "../graph/graph-error";
import { isODataQueryOptionName, odataQueryOptionNames, type ODataQueryOptionName } from "../graph/graph-url-grammar";
import { decodeStrictly } from "./request-target";

const allowedQueryOptions = odataQueryOptionNames;
type QueryOptionName = ODataQueryOptionName;

const maxQueryLength = 8192;
const valuePatterns: Partial<Record<QueryOptionName, { pattern: RegExp; expected: string }>> = {
  $top: { pattern: /^\d{1,6}$/, expected: "a whole number" },
  $skip: { pattern: /^\d{1,9}$/, expected: "a whole number" },
  $count: { pattern: /^(true|false)$/, expected: "true or false" },
};
// Characters a query value may carry unescaped (RFC 3986 query characters less '&', '=' and '+'); the rest are
// percent-encoded, a space as %20.
const keptQueryCharacters = /[A-Za-z0-9\-._~!$'()*,;:@/?]/;

export interface QueryOptions {
  /** The query string for the upstream, without '?', re-encoded from the checked values. */
  query: string;
  /** The option names in request order, for the log (never the values). */
  names: QueryOptionName[];
}

export type QueryOptionsResult = { ok: true; options: QueryOptions } | { ok: false; error: GraphError };

/**
 * Checks the query string and rebuilds it from the checked values. A `+` reads as a space, as in any URL query:
 * Next.js re-serialises the query before the route handler sees it (a `%20` arrives as `+`), so the gateway writes
 * spaces as `%20` for Graph, and a literal plus arrives (and leaves) as `%2B`.
 */
export function parseQueryOptions(rawQuery: string): QueryOptionsResult {
  if (rawQuery.length > maxQueryLength) return reject(`The query string is longer than ${maxQueryLength} characters.`);
  const seen = new Map<QueryOptionName, string>();
  for (const part of rawQuery.split("&")) {
    if (part === "") continue;
    const equals = part.indexOf("=");
    const rawName = equals === -1 ? part : part.slice(0, equals);
    const rawValue = equals === -1 ? "" : part.slice(equals + 1);
    const name = decodeStrictly(rawName.replaceAll("+", " "));
    const value = decodeStrictly(rawValue.replaceAll("+", " "));
    if (name === undefined || value === undefined) return reject("The query string contains an invalid percent-encoding.");
    if (!isAllowedQueryOption(name)) {
      return reject(`Query option '${printable(name)}' is not allowed. Allowed: ${allowedQueryOptions.join(", ")}.`);
    }
    if (seen.has(name)) return reject(`Query option '${name}' was specified more than once.`);
    if (/[\u0000-\u001f\u007f]/.test(value)) return reject(`The value of query option '${name}' contains a control character.`);
    const rule = valuePatterns[name];
    if (rule && !rule.pattern.test(value)) return reject(`The value of query option '${name}' must be ${rule.expected}.`);
    const forwarded = encodeQueryValue(value);
    if (forwarded === undefined) return reject(`The value of query option '${name}' is not valid text.`);
    seen.set(name, forwarded);
  }
  const names = [...seen.keys()];
  const query = [...seen].map(([name, value]) => `${name}=${value}`).join("&");
  return { ok: true, options: { query, names } };
}

function encodeQueryValue(value: string): string | undefined {
  let result = "";
  try {
    for (const character of value) result += keptQueryCharacters.test(character) ? character : encodeURIComponent(character);
  } catch {
    return undefined; // a lone surrogate
  }
  return result;
}

const isAllowedQueryOption = isODataQueryOptionName;

/** Echoes only what looks like an option name: whatever else a caller put there (a token, say) is not sent back. */
function printable(text: string): string {
  return /^\$?[A-Za-z_-]{1,30}$/.test(text) ? text : "(not an OData option name)";
}

function reject(message: string): QueryOptionsResult {
  return { ok: false, error: new GraphError(400, message, { code: "BadRequest" }) };
}
