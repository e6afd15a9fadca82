import { authenticationModule, operationOf, type GraphOperation, type GraphRequestSpec } from "../graph-operation";
import { psString, psValue } from "./powershell-value";
import { graphUrlOf, hasBody, queryOf } from "./snippet-url";

/** OData options a Get-Mg* cmdlet takes as parameters; a request with any other goes through Invoke-MgGraphRequest. */
const listParameters: Record<string, (value: string) => string> = {
  $filter: (v) => `-Filter ${psString(v)}`,
  $select: (v) => `-Property ${v.split(",").map((p) => psString(p.trim())).join(",")}`,
  $orderby: (v) => `-Sort ${psString(v)}`,
  $top: (v) => `-Top ${Number(v)}`,
  $skip: (v) => `-Skip ${Number(v)}`,
  $search: (v) => `-Search ${psString(v)}`,
  $count: () => "-CountVariable count",
};

function headersParameter(spec: GraphRequestSpec): string[] {
  const headers = Object.entries(spec.headers ?? {});
  if (!headers.length) return [];
  return [`-Headers @{ ${headers.map(([name, value]) => `${psString(name)} = ${psString(value)}`).join("; ")} }`];
}

function cmdletCall(operation: GraphOperation, spec: GraphRequestSpec): string[] | undefined {
  const cmdlet = operation.cmdlet;
  if (!cmdlet) return undefined;
  const query = queryOf(spec);
  const args: string[] = [];
  if (operation.id !== undefined && cmdlet.idParameter) args.push(`-${cmdlet.idParameter} ${psString(operation.id)}`);
  if (operation.kind === "list") {
    const names = Object.keys(query);
    if (names.some((name) => !Object.hasOwn(listParameters, name))) return undefined;
    for (const name of names) args.push(listParameters[name]!(query[name]!));
    if (!("$top" in query)) args.push("-All");
  } else if (Object.keys(query).some((name) => name !== "$select")) {
    return undefined;
  } else if (query.$select) {
    args.push(listParameters.$select!(query.$select));
  }
  if (hasBody(spec)) args.push("-BodyParameter $params");
  args.push(...headersParameter(spec));
  return [cmdlet.module, `${cmdlet.name}${args.length ? ` ${args.join(" ")}` : ""}`];
}

function invokeRequest(spec: GraphRequestSpec): string[] {
  const args = [`-Method ${spec.method}`, `-Uri ${psString(graphUrlOf(spec))}`, ...headersParameter(spec)];
  if (hasBody(spec)) args.push("-Body ($params | ConvertTo-Json -Depth 20)", "-ContentType 'application/json'");
  return [authenticationModule, `Invoke-MgGraphRequest ${args.join(" ")}`];
}

/** Microsoft Graph PowerShell: the exact cmdlet for the resource, operation and version, or Invoke-MgGraphRequest. */
export function powershellSnippet(spec: GraphRequestSpec): string {
  const operation = operationOf(spec);
  const [module, call] = (operation && cmdletCall(operation, spec)) ?? invokeRequest(spec);
  const lines = [`Import-Module ${module}`];
  if (operation) lines.push(`Connect-MgGraph -Scopes ${psString(operation.permission.split(", ")[0]!)}`);
  if (hasBody(spec)) lines.push("", `$params = ${psValue(spec.body)}`);
  lines.push("", call!);
  return lines.join("\n");
}
