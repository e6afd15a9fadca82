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

/** What one query may cost (README): every limit is checked before any row is touched. */
export const queryLimits = { orderByKeys: 5, filterClauses: 32, filterDepth: 10, filterLength: 4096 };

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
  const clauses = raw.split(",");
  if (clauses.length > queryLimits.orderByKeys) {
    throw badRequest(`$orderby has ${clauses.length} keys; at most ${queryLimits.orderByKeys} are allowed.`, "$orderby");
  }
  const seen = new Set<string>();
  const keys = clauses.map((clause) => {
    const parts = clause.trim().split(/\s+/);
    const [name, direction = "asc", ...rest] = parts;
    const property = name ? byName.get(name) : undefined;
    if (!name || !property) throw badRequest(`Could not find a property named '${name ?? ""}' for $orderby.`, "$orderby");
    if (property.kind === "collection" || property.kind === "complex") throw badRequest(`'${name}' is a ${property.kind === "complex" ? "complex value" : "collection"} and cannot be used in $orderby.`, "$orderby");
    if ((direction !== "asc" && direction !== "desc") || rest.length > 0) {
      throw badRequest(`Invalid $orderby clause '${clause.trim()}': use 'property asc' or 'property desc'.`, "$orderby");
    }
    if (seen.has(name)) throw badRequest(`The property '${name}' appears more than once in $orderby.`, "$orderby");
    seen.add(name);
    return { name, kind: property.kind, sign: direction === "asc" ? 1 : -1 };
  });
  // Each row's sort keys are worked out once (dates parsed, strings lower-cased), not once per comparison.
  const sortKeys = new WeakMap<Entity, unknown[]>();
  const keysOf = (entity: Entity) => {
    let values = sortKeys.get(entity);
    if (!values) sortKeys.set(entity, (values = keys.map((key) => sortKey(entity[key.name], key.kind))));
    return values;
  };
  return (a, b) => {
    const x = keysOf(a);
    const y = keysOf(b);
    for (let i = 0; i < keys.length; i++) {
      const order = compareSortKeys(x[i], y[i]);
      if (order !== 0) return order * keys[i]!.sign;
    }
    return 0;
  };
}

function sortKey(value: unknown, kind: PropertyDefinition["kind"]): unknown {
  if (value === null || value === undefined) return null;
  if (kind === "dateTimeOffset") return Date.parse(String(value));
  if (typeof value === "boolean") return Number(value);
  return String(value).toLowerCase();
}

function compareSortKeys(a: unknown, b: unknown): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? -1 : 1;
  if (typeof a === "number" && typeof b === "number") return a - b;
  return (a as string) < (b as string) ? -1 : (a as string) > (b as string) ? 1 : 0;
}

// ---- $filter: tokenizer and recursive descent (or < and < not < comparison / function call) ----

type Token =
  | { type: "identifier"; text: string; at: number }
  | { type: "string"; value: string; at: number }
  | { type: "literal"; text: string; at: number }
  | { type: "punct"; text: "(" | ")" | "," | ":"; at: number }
  | { type: "end"; at: number };

const wordPattern = /[A-Za-z_][A-Za-z0-9_./]*/y;
const literalPattern = /[0-9][0-9:.TZ+\-]*/y;

function tokenize(source: string): Token[] {
  if (source.length > queryLimits.filterLength) {
    throw filterError(`the expression is ${source.length} characters long; at most ${queryLimits.filterLength} are allowed`);
  }
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
    wordPattern.lastIndex = i;
    const word = wordPattern.exec(source);
    if (word) { tokens.push({ type: "identifier", text: word[0], at: i }); i += word[0].length; continue; }
    literalPattern.lastIndex = i;
    const literal = literalPattern.exec(source);
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
  // Counted on the tokens, before the parser recurses: a 6,000-deep expression is a 400, never a stack overflow.
  const clauses = tokens.filter((t) => t.type === "identifier" && (comparisons.has(t.text) || functions.has(t.text))).length;
  if (clauses > queryLimits.filterClauses) {
    throw filterError(`the expression has ${clauses} comparisons; at most ${queryLimits.filterClauses} are allowed`);
  }
  let position = 0;
  let depth = 0;
  const deeper = () => {
    if (++depth > queryLimits.filterDepth) throw filterError(`the expression nests more than ${queryLimits.filterDepth} levels deep`);
  };
  // Dates parsed once per row and property, however many clauses compare them.
  const dates = new Map<string, WeakMap<Entity, number>>();
  const dateOf = (entity: Entity, name: string): number => {
    let byEntity = dates.get(name);
    if (!byEntity) dates.set(name, (byEntity = new WeakMap()));
    let date = byEntity.get(entity);
    if (date === undefined) byEntity.set(entity, (date = Date.parse(String(entity[name]))));
    return date;
  };
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
    const found = byName.get(token.text) ?? memberOf(token.text);
    if (!found) throw filterError(`could not find a property named '${token.text}'`);
    if (found.kind === "collection" || found.kind === "complex") throw filterError(`'${token.text}' is a ${found.kind === "complex" ? "complex value" : "collection"} and cannot be compared`);
    return found;
  }

  /** `actor/userPrincipalName`: a string member of a complex property that declares its members. */
  function memberOf(path: string): PropertyDefinition | undefined {
    const [outer, member, ...rest] = path.split("/");
    const complex = byName.get(outer ?? "");
    if (rest.length || complex?.kind !== "complex") return undefined;
    const found = complex.items?.find((p) => p.name === member && p.kind === "string");
    return found && { ...found, name: path };
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

  function comparable(entity: Entity, name: string, kind: PropertyDefinition["kind"]): unknown {
    const [outer, member] = name.split("/");
    const raw = member === undefined ? entity[name] : (entity[outer!] as Entity | null | undefined)?.[member];
    if (raw === undefined || raw === null) return null;
    if (kind === "dateTimeOffset") return dateOf(entity, name);
    if (kind === "string") return String(raw).toLowerCase();
    return raw;
  }

  function primary(): Predicate {
    const token = next();
    if (token.type === "punct" && token.text === "(") {
      deeper();
      const inner = orExpression();
      expect(")");
      depth--;
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
      case "eq": return (entity) => comparable(entity, name, kind) === expected;
      case "ne": return (entity) => comparable(entity, name, kind) !== expected;
      default: {
        if (expected === null) throw filterError(`null can only be compared with eq or ne`);
        const sign = operator.text;
        return (entity) => {
          const actual = comparable(entity, name, kind);
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
    if (collection?.kind !== "collection" || !collection.items) throw filterError(`'${name}' is not a collection that any() can range over`);
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
      deeper();
      const inner = unary();
      depth--;
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
