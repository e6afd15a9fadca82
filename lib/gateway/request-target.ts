import { GraphError } from "../graph/graph-error";

export const gatewayBasePath = "/api/graph";

const maxPathLength = 2048;
const maxSegments = 8;
// Raw path characters: RFC 3986 unreserved, '$' for $count, '/' between segments, '%' for escapes and ( ' = for
// function calls. Nothing else.
const rawPathCharacters = /^[A-Za-z0-9\-._~$%/()'=]*$/;
const decodedSegmentCharacters = /^[A-Za-z0-9\-._~$]+$/;
// A function call, `getAuditActivityTypes(category='Enrollment')`: the one place Graph paths hold ( ' = ).
const functionCallSegment = /^[A-Za-z]+\((?:[A-Za-z]+='[A-Za-z0-9 ._-]{0,64}')?\)$/;

export interface RequestTarget {
  /** Path segments after /api/graph, each percent-decoded once and proven harmless. */
  segments: string[];
  /** The query string as sent, without the leading '?'. */
  rawQuery: string;
}

export type RequestTargetResult = { ok: true; target: RequestTarget } | { ok: false; error: GraphError };

/**
 * Reads the request target from the raw URL, never from a URL parser: WHATWG URL parsing resolves dot
 * segments (also `%2e%2e`) and turns backslashes into slashes, which would hide an attack from the checks.
 */
export function parseRequestTarget(url: string): RequestTargetResult {
  const authority = /^[A-Za-z][A-Za-z0-9+.-]*:\/\/[^/?#]*/.exec(url);
  const target = authority ? url.slice(authority[0].length) : url;
  if (target.includes("#")) return reject("The request URL must not contain a fragment.");
  const queryStart = target.indexOf("?");
  const rawPath = queryStart === -1 ? target : target.slice(0, queryStart);
  const rawQuery = queryStart === -1 ? "" : target.slice(queryStart + 1);

  if (rawPath.length > maxPathLength) return reject(`The request path is longer than ${maxPathLength} characters.`);
  if (!rawPath.startsWith(`${gatewayBasePath}/`)) return reject("The request path is not under /api/graph.");
  const rest = rawPath.slice(gatewayBasePath.length + 1);
  if (!rawPathCharacters.test(rest)) {
    return reject("The request path contains a character Graph paths never use (such as a backslash, '@', ':' or a control character).");
  }
  const rawSegments = rest.split("/");
  if (rawSegments.length > maxSegments) return reject("The request path has too many segments.");

  const segments: string[] = [];
  for (const raw of rawSegments) {
    if (raw === "") return reject("The request path contains an empty segment.");
    const decoded = decodeStrictly(raw);
    if (decoded === undefined) return reject("The request path contains an invalid percent-encoding.");
    if (!decodedSegmentCharacters.test(decoded) && !functionCallSegment.test(decoded)) {
      return reject("The request path contains an encoded character that is not allowed (such as '/', '\\', '%', '?', '#' or ':').");
    }
    if (decoded === "." || decoded === "..") return reject("The request path contains a '.' or '..' segment.");
    segments.push(decoded);
  }
  return { ok: true, target: { segments, rawQuery } };
}

/** Decodes %XX escapes once; undefined when an escape is malformed or not UTF-8. */
export function decodeStrictly(text: string): string | undefined {
  if (/%(?![0-9A-Fa-f]{2})/.test(text)) return undefined;
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}

function reject(message: string): RequestTargetResult {
  return { ok: false, error: new GraphError(400, message, { code: "BadRequest" }) };
}
