import { GraphError } from "../../graph/graph-error";
import { isODataQueryOptionName } from "../../graph/graph-url-grammar";
import type { PropertyDefinition } from "../../graph/resources";

type Entity = Record<string, unknown>;

export interface ODataQuery {
  select?: string[];
  filter?: (entity: Entity) => boolean;
  orderBy?: (a: Entity, b: Entity) => number;
  top?: number;
  skip?: number;
  count: boolean;
  /** `$search` as sent (`"displayName:term"`); the caller knows which properties it searches. */
  search?: string;
  skiptoken?: string;
}

const maxTop = 999;

function badRequest(message: string, target: string): GraphError {
  return new GraphError(400, message, { code: "BadRequest", target });
}

/** Reads the OData system query options Graph supports here; anything else is a 400 that names it. */
export function parseODataQuery(
  params: URLSearchParams,
  properties: readonly PropertyDefinition[],
  options: { allowSearch?: boolean } = {},
): ODataQuery {
  const seen = new Set<string>();
  for (const key of params.keys()) {
    if (!key.startsWith("$")) continue;
    if (!isODataQueryOptionName(key) || (key === "$search" && !options.allowSearch)) {
      throw badRequest(`Query option '${key}' is not supported on this resource.`, key);
    }
    if (seen.has(key)) throw badRequest(`Query option '${key}' is specified more than once.`, key);
    seen.add(key);
  }
  const byName = new Map(properties.map((p) => [p.name, p]));
  const query: ODataQuery = { count: false };

  const select = params.get("$select");
  if (select !== null) {
    query.select = select.split(",").map((name) => name.trim());
    for (const name of query.select) {
      if (!byName.has(name)) throw badRequest(`Could not find a property named '${name}' for $select.`, "$select");
    }
  }
  const filter = params.get("$filter");
  if (filter !== null) query.filter = compileFilter(filter, byName);
  const orderby = params.get("$orderby");
  if (orderby !== null) query.orderBy = compileOrderBy(orderby, byName);
  const top = params.get("$top");
  if (top !== null) query.top = nonNegativeInteger("$top", top, maxTop);
  const skip = params.get("$skip");
  if (skip !== null) query.skip = nonNegativeInteger("$skip", skip, Number.MAX_SAFE_INTEGER);
  const count = params.get("$count");
  if (count !== null) {
    if (count !== "true" && count !== "false") throw badRequest(`Invalid value '${count}' for $count: use true or false.`, "$count");
    query.count = count === "true";
  }
  const search = params.get("$search");
  if (search !== null) {
    if (search.trim() === "") throw badRequest("$search is empty: use the form \"displayName:term\".", "$search");
    query.search = search;
  }
  const skiptoken = params.get("$skiptoken");
  if (skiptoken !== null) query.skiptoken = skiptoken;
  return query;
}

/** Keeps `id` and `@odata.type` whatever `$select` says, as Graph does. */
export function applySelect(entity: Entity, select?: string[]): Entity {
  if (!select) return entity;
  const result: Entity = {};
  if ("@odata.type" in entity) result["@odata.type"] = entity["@odata.type"];
  if ("id" in entity) result.id = entity.id;
  for (const name of select) if (name in entity) result[name] = entity[name];
  return result;
}

function nonNegativeInteger(option: string, raw: string, max: number): number {
  if (!/^\d+$/.test(raw)) throw badRequest(`Invalid value '${raw}' for ${option}: use a whole number of 0 or more.`, option);
  const value = Number(raw);
  if (value > max) throw badRequest(`Invalid value '${raw}' for ${option}: the largest allowed is ${max}.`, option);
  return value;
}

function compileOrderBy(raw: string, byName: Map<string, PropertyDefinition>): (a: Entity, b: Entity) => number {
  const keys = raw.split(",").map((clause) => {
    const parts = clause.trim().split(/\s+/);
    const [name, direction = "asc", ...rest] = parts;
    const property = name ? byName.get(name) : undefined;
    if (!name || !property) throw badRequest(`Could not find a property named '${name ?? ""}' for $orderby.`, "$orderby");
    if (property.kind === "collection" || property.kind === "complex") throw badRequest(`'${name}' is a ${property.kind === "complex" ? "complex value" : "collection"} and cannot be used in $orderby.`, "$orderby");
    if ((direction !== "asc" && direction !== "desc") || rest.length > 0) {
      throw badRequest(`Invalid $orderby clause '${clause.trim()}': use 'property asc' or 'property desc'.`, "$orderby");
    }
    return { name, property, sign: direction === "asc" ? 1 : -1 };
  });
  return (a, b) => {
    for (const key of keys) {
      const order = compareValues(a[key.name], b[key.name], key.property.kind);
      if (order !== 0) return order * key.sign;
    }
    return 0;
  };
}

function compareValues(a: unknown, b: unknown, kind: PropertyDefinition["kind"]): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) return aNull === bNull ? 0 : aNull ? -1 : 1;
  if (kind === "dateTimeOffset") return Date.parse(String(a)) - Date.parse(String(b));
  if (typeof a === "boolean" && typeof b === "boolean") return Number(a) - Number(b);
  const x = String(a).toLowerCase();
  const y = String(b).toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
}

// ---- $filter: tokenizer and recursive descent (or < and < not < comparison / function call) ----

type Token =
  | { type: "identifier"; text: string; at: number }
  | { type: "string"; value: string; at: number }
  | { type: "literal"; text: string; at: number }
  | { type: "punct"; text: "(" | ")" | "," | ":"; at: number }
  | { type: "end"; at: number };

function tokenize(source: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < source.length) {
    const c = source[i]!;
    if (c === " ") { i++; continue; }
    if (c === "(" || c === ")" || c === "," || c === ":") { tokens.push({ type: "punct", text: c, at: i }); i++; continue; }
    if (c === "'") {
      let value = "";
      let j = i + 1;
      for (;;) {
        if (j >= source.length) throw filterError(`unterminated string starting at position ${i}`);
        if (source[j] === "'") {
          if (source[j + 1] === "'") { value += "'"; j += 2; continue; }
          break;
        }
        value += source[j];
        j++;
      }
      tokens.push({ type: "string", value, at: i });
      i = j + 1;
      continue;
    }
    const word = /^[A-Za-z_][A-Za-z0-9_./]*/.exec(source.slice(i));
    if (word) { tokens.push({ type: "identifier", text: word[0], at: i }); i += word[0].length; continue; }
    const literal = /^[0-9][0-9:.TZ+\-]*/.exec(source.slice(i));
    if (literal) { tokens.push({ type: "literal", text: literal[0], at: i }); i += literal[0].length; continue; }
    throw filterError(`unexpected character '${c}' at position ${i}`);
  }
  tokens.push({ type: "end", at: source.length });
  return tokens;
}

function filterError(detail: string): GraphError {
  return badRequest(`Invalid filter clause: ${detail}.`, "$filter");
}

type Predicate = (entity: Entity) => boolean;
const comparisons = new Set(["eq", "ne", "gt", "ge", "lt", "le"]);
const functions = new Set(["startswith", "endswith", "contains"]);

function compileFilter(source: string, properties: Map<string, PropertyDefinition>): Predicate {
  let byName = properties;
  const tokens = tokenize(source);
  let position = 0;
  const peek = () => tokens[position]!;
  const next = () => tokens[position++]!;
  const describe = (token: Token) =>
    token.type === "end" ? "the end of the expression" : `'${token.type === "string" ? token.value : token.text}' at position ${token.at}`;
  const isWord = (token: Token, word: string) => token.type === "identifier" && token.text === word;
  const expect = (text: "(" | ")" | "," | ":") => {
    const token = next();
    if (token.type !== "punct" || token.text !== text) throw filterError(`expected '${text}' but found ${describe(token)}`);
  };

  function property(token: Token): PropertyDefinition {
    if (token.type !== "identifier") throw filterError(`expected a property name but found ${describe(token)}`);
    const found = byName.get(token.text);
    if (!found) throw filterError(`could not find a property named '${token.text}'`);
    if (found.kind === "collection" || found.kind === "complex") throw filterError(`'${token.text}' is a ${found.kind === "complex" ? "complex value" : "collection"} and cannot be compared`);
    return found;
  }

  function value(token: Token, target: PropertyDefinition): unknown {
    if (isWord(token, "null")) return null;
    switch (target.kind) {
      case "boolean":
        if (isWord(token, "true")) return true;
        if (isWord(token, "false")) return false;
        break;
      case "enum":
        if (token.type === "string") {
          if (!target.members?.includes(token.value)) {
            throw filterError(`'${token.value}' is not a valid value of ${target.name}; use one of ${target.members?.join(", ")}`);
          }
          return token.value;
        }
        break;
      case "dateTimeOffset":
        if (token.type === "literal" && !Number.isNaN(Date.parse(token.text))) return Date.parse(token.text);
        break;
      case "string":
        if (token.type === "string") return token.value.toLowerCase();
        break;
    }
    throw filterError(`${describe(token)} is not a valid ${target.kind} value for ${target.name}`);
  }

  function comparable(raw: unknown, kind: PropertyDefinition["kind"]): unknown {
    if (raw === undefined || raw === null) return null;
    if (kind === "dateTimeOffset") return Date.parse(String(raw));
    if (kind === "string") return String(raw).toLowerCase();
    return raw;
  }

  function primary(): Predicate {
    const token = next();
    if (token.type === "punct" && token.text === "(") {
      const inner = orExpression();
      expect(")");
      return inner;
    }
    if (token.type === "identifier" && token.text.endsWith("/any") && peek().type === "punct") return lambda(token);
    if (token.type === "identifier" && functions.has(token.text) && peek().type === "punct") {
      expect("(");
      const target = property(next());
      if (target.kind !== "string") throw filterError(`${token.text} needs a string property, and ${target.name} is not one`);
      expect(",");
      const argument = next();
      if (argument.type !== "string") throw filterError(`${token.text} needs a quoted string but found ${describe(argument)}`);
      expect(")");
      const needle = argument.value.toLowerCase();
      const name = target.name;
      const text = (entity: Entity) => (typeof entity[name] === "string" ? (entity[name] as string).toLowerCase() : undefined);
      if (token.text === "startswith") return (entity) => text(entity)?.startsWith(needle) ?? false;
      if (token.text === "endswith") return (entity) => text(entity)?.endsWith(needle) ?? false;
      return (entity) => text(entity)?.includes(needle) ?? false;
    }
    const target = property(token);
    const operator = next();
    if (operator.type !== "identifier" || !comparisons.has(operator.text)) {
      throw filterError(`expected a comparison operator (eq, ne, gt, ge, lt, le) but found ${describe(operator)}`);
    }
    const expected = value(next(), target);
    const name = target.name;
    const kind = target.kind;
    switch (operator.text) {
      case "eq": return (entity) => comparable(entity[name], kind) === expected;
      case "ne": return (entity) => comparable(entity[name], kind) !== expected;
      default: {
        if (expected === null) throw filterError(`null can only be compared with eq or ne`);
        const sign = operator.text;
        return (entity) => {
          const actual = comparable(entity[name], kind);
          if (actual === null) return false;
          const order = (actual as number | string) < (expected as number | string) ? -1 : actual === expected ? 0 : 1;
          return sign === "gt" ? order > 0 : sign === "ge" ? order >= 0 : sign === "lt" ? order < 0 : order <= 0;
        };
      }
    }
  }

  /** `collection/any(x:x/property eq 'v')`: true when one item of the collection matches. */
  function lambda(token: Extract<Token, { type: "identifier" }>): Predicate {
    const name = token.text.slice(0, -"/any".length);
    const collection = byName.get(name);
    if (!collection?.items) throw filterError(`'${name}' is not a collection that any() can range over`);
    expect("(");
    const variable = next();
    if (variable.type !== "identifier" || variable.text.includes("/")) throw filterError(`expected a range variable but found ${describe(variable)}`);
    expect(":");
    const outer = byName;
    byName = new Map(collection.items.map((p) => [`${variable.text}/${p.name}`, p]));
    const inner = orExpression();
    byName = outer;
    expect(")");
    // Predicates read an item's properties by their own names (`resourceId`), whatever the range variable.
    return (entity) => {
      const items = entity[name];
      return Array.isArray(items) && items.some((item) => typeof item === "object" && item !== null && inner(item as Entity));
    };
  }

  function unary(): Predicate {
    if (isWord(peek(), "not")) {
      next();
      const inner = unary();
      return (entity) => !inner(entity);
    }
    return primary();
  }

  function andExpression(): Predicate {
    let left = unary();
    while (isWord(peek(), "and")) {
      next();
      const a = left;
      const b = unary();
      left = (entity) => a(entity) && b(entity);
    }
    return left;
  }

  function orExpression(): Predicate {
    let left = andExpression();
    while (isWord(peek(), "or")) {
      next();
      const a = left;
      const b = andExpression();
      left = (entity) => a(entity) || b(entity);
    }
    return left;
  }

  if (peek().type === "end") throw filterError("the expression is empty");
  const predicate = orExpression();
  if (peek().type !== "end") throw filterError(`unexpected ${describe(peek())}`);
  return predicate;
}
