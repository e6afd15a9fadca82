import type { z } from "zod";
import type { ApiVersion } from "./api-version";
import { assignmentTargetOdataTypes } from "./assignment-target-types";
import { GraphError } from "./graph-error";
import { resources, type ResourceName } from "./resources";

export type BodyValidation = { ok: true; value: Record<string, unknown> } | { ok: false; error: GraphError };

/**
 * Checks a create (POST) or update (PATCH) body against the entity's schema for the API version.
 * Fails with a 400 whose message a person can act on and whose `target` names the property.
 */
export function validateEntityBody(
  resource: ResourceName,
  version: ApiVersion,
  operation: "create" | "update",
  body: unknown,
): BodyValidation {
  const schemas = resources[resource].schemas[version];
  const typeName = `microsoft.graph.${schemas.entityType}`;
  if (typeof body !== "object" || body === null || Array.isArray(body)) {
    return fail(`The request body must be a JSON object representing a ${typeName}.`);
  }
  if (Object.hasOwn(body, "id")) {
    return fail(`The property 'id' is read-only: the service assigns it. Remove it from the request body.`, "id");
  }
  const result = schemas[operation].safeParse(body, { reportInput: true });
  if (result.success) {
    const { ["@odata.type"]: _odataType, ...value } = result.data as Record<string, unknown>;
    return { ok: true, value };
  }
  const issue = result.error.issues[0]!;
  return fail(describeIssue(issue, typeName, version), pathOf(issue));
}

function fail(message: string, target?: string): BodyValidation {
  return { ok: false, error: new GraphError(400, message, { code: "BadRequest", target }) };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (text, part) => (typeof part === "number" ? `${text}[${part}]` : text ? `${text}.${String(part)}` : String(part)),
    "",
  );
}

function pathOf(issue: z.core.$ZodIssue): string | undefined {
  const path = issue.code === "unrecognized_keys" ? [...issue.path, issue.keys[0]!] : issue.path;
  return path.length ? formatPath(path) : undefined;
}

function describeIssue(issue: z.core.$ZodIssue, typeName: string, version: ApiVersion): string {
  const where = formatPath(issue.path);
  const property = where ? `'${where}'` : "the request body";
  switch (issue.code) {
    case "unrecognized_keys": {
      const names = issue.keys.map((k) => `'${where ? `${where}.` : ""}${k}'`).join(", ");
      const owner = where ? `the object at '${where}'` : typeName;
      const subject = issue.keys.length === 1 ? `The property ${names} does` : `The properties ${names} do`;
      return `${subject} not exist on ${owner} in the ${version} API. Property names are case-sensitive.`;
    }
    case "invalid_value":
      return `The value for ${property} is not valid: expected one of ${issue.values.map(String).join(", ")}.`;
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator === "@odata.type") {
        return `The assignment target at '${formatPath(issue.path.slice(0, -1))}' needs an '@odata.type' of ${assignmentTargetOdataTypes.join(", ")}.`;
      }
      return `The value for ${property} is not valid.`;
    case "invalid_format":
      return issue.format === "datetime"
        ? `The value for ${property} must be a date-time with a time zone offset, for example 2026-01-31T09:30:00Z.`
        : `The value for ${property} is not in the expected ${issue.format} format.`;
    case "invalid_type": {
      if (issue.input === undefined && issue.path.at(-1) === "@odata.type") {
        return `The assignment target at '${formatPath(issue.path.slice(0, -1))}' needs an '@odata.type' of ${assignmentTargetOdataTypes.join(", ")}.`;
      }
      const received = issue.input === null ? "null" : Array.isArray(issue.input) ? "array" : typeof issue.input;
      return `The value for ${property} must be ${article(issue.expected)} ${issue.expected}, not ${received}.`;
    }
    case "too_big":
      return issue.origin === "array"
        ? `The value for ${property} has more than ${String(issue.maximum)} items.`
        : `The value for ${property} is longer than ${String(issue.maximum)} characters.`;
    default:
      return `The value for ${property} is not valid: ${issue.message}.`;
  }
}

function article(word: string): string {
  return /^[aeiou]/i.test(word) ? "an" : "a";
}
