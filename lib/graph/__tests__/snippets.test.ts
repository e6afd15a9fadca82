import { describe, expect, it } from "vitest";
import type { ApiVersion } from "../api-version";
import { automationTable, operationOf, type GraphRequestSpec } from "../graph-operation";
import { curlSnippet } from "../snippets/curl-snippet";
import { graphExplorerLink } from "../snippets/graph-explorer-link";
import { httpSnippet } from "../snippets/http-snippet";
import { javascriptSnippet } from "../snippets/javascript-snippet";
import { powershellSnippet } from "../snippets/powershell-snippet";
import { snippetsFor } from "../snippets/snippets";

const dmp = "/deviceManagement/deviceManagementPartners";
const cmp = "/deviceManagement/complianceManagementPartners";
const id = "6f7d5f2c-9a51-4d6c-8e8b-1c2a3b4c5d6e";

/** A body with everything that is hard to quote: an apostrophe, a dollar, a backtick, a null, an annotation. */
const body = {
  displayName: "O'Brien's $HOME `Jamf` \"Pro\"",
  isConfigured: true,
  whenPartnerDevicesWillBeRemovedDateTime: null,
  groupsRequiringPartnerEnrollment: [
    {
      "@odata.type": "#microsoft.graph.deviceManagementPartnerAssignment",
      target: { "@odata.type": "#microsoft.graph.groupAssignmentTarget", groupId: "a1b2c3d4-0000-4000-8000-000000000001" },
    },
  ],
  macOsOnboarded: false,
};

/** GRAPH.md's PowerShell section, operation by operation. */
const operations: { name: string; spec: Omit<GraphRequestSpec, "version">; cmdlet: Record<ApiVersion, string>; module: Record<ApiVersion, string>; permission: string }[] = [
  { name: "list device partners", spec: { method: "GET", path: dmp }, cmdlet: { "v1.0": "Get-MgDeviceManagementPartner", beta: "Get-MgBetaDeviceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.Read.All" },
  { name: "get a device partner", spec: { method: "GET", path: `${dmp}/${id}` }, cmdlet: { "v1.0": "Get-MgDeviceManagementPartner", beta: "Get-MgBetaDeviceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.Read.All" },
  { name: "create a device partner", spec: { method: "POST", path: dmp, body }, cmdlet: { "v1.0": "New-MgDeviceManagementPartner", beta: "New-MgBetaDeviceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.ReadWrite.All" },
  { name: "update a device partner", spec: { method: "PATCH", path: `${dmp}/${id}`, body }, cmdlet: { "v1.0": "Update-MgDeviceManagementPartner", beta: "Update-MgBetaDeviceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.ReadWrite.All" },
  { name: "delete a device partner", spec: { method: "DELETE", path: `${dmp}/${id}` }, cmdlet: { "v1.0": "Remove-MgDeviceManagementPartner", beta: "Remove-MgBetaDeviceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.ReadWrite.All" },
  {
    name: "terminate a device partner",
    spec: { method: "POST", path: `${dmp}/${id}/terminate` },
    cmdlet: { "v1.0": "Invoke-MgTerminateDeviceManagementPartner", beta: "Invoke-MgBetaTerminateDeviceManagementPartner" },
    module: { "v1.0": "Microsoft.Graph.DeviceManagement.Administration", beta: "Microsoft.Graph.Beta.DeviceManagement.Actions" },
    permission: "DeviceManagementServiceConfig.ReadWrite.All",
  },
  { name: "list compliance partners", spec: { method: "GET", path: cmp }, cmdlet: { "v1.0": "Get-MgDeviceManagementComplianceManagementPartner", beta: "Get-MgBetaDeviceManagementComplianceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.Read.All" },
  { name: "get a compliance partner", spec: { method: "GET", path: `${cmp}/${id}` }, cmdlet: { "v1.0": "Get-MgDeviceManagementComplianceManagementPartner", beta: "Get-MgBetaDeviceManagementComplianceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.Read.All" },
  { name: "create a compliance partner", spec: { method: "POST", path: cmp, body }, cmdlet: { "v1.0": "New-MgDeviceManagementComplianceManagementPartner", beta: "New-MgBetaDeviceManagementComplianceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.ReadWrite.All" },
  { name: "update a compliance partner", spec: { method: "PATCH", path: `${cmp}/${id}`, body }, cmdlet: { "v1.0": "Update-MgDeviceManagementComplianceManagementPartner", beta: "Update-MgBetaDeviceManagementComplianceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.ReadWrite.All" },
  { name: "delete a compliance partner", spec: { method: "DELETE", path: `${cmp}/${id}` }, cmdlet: { "v1.0": "Remove-MgDeviceManagementComplianceManagementPartner", beta: "Remove-MgBetaDeviceManagementComplianceManagementPartner" }, module: adm(), permission: "DeviceManagementServiceConfig.ReadWrite.All" },
];

function adm(): Record<ApiVersion, string> {
  return { "v1.0": "Microsoft.Graph.DeviceManagement.Administration", beta: "Microsoft.Graph.Beta.DeviceManagement.Administration" };
}

// --- readers that take each snippet's body back to JSON, so a snippet that mangles a value fails ---

function httpBody(text: string): unknown {
  return JSON.parse(text.slice(text.indexOf("\n\n") + 2));
}

function curlBody(text: string): unknown {
  const quoted = text.slice(text.indexOf("--data-raw ") + "--data-raw ".length);
  expect(quoted.startsWith("'") && quoted.endsWith("'")).toBe(true);
  return JSON.parse(quoted.slice(1, -1).replace(/'\\''/g, "'"));
}

function javascriptBody(text: string): unknown {
  const start = text.indexOf("const body = ") + "const body = ".length;
  return JSON.parse(text.slice(start, text.indexOf(";\nconst result", start)));
}

/** Reads back the subset of PowerShell the generator writes: @{}, @(), '...' strings, $true/$false/$null, numbers. */
function powershellBody(text: string): unknown {
  const source = text.slice(text.indexOf("$params = ") + "$params = ".length);
  let at = 0;
  const skip = () => {
    while (/\s/.test(source[at] ?? "")) at++;
  };
  const string = (): string => {
    expect(source[at]).toBe("'");
    let out = "";
    for (at++; ; at++) {
      if (source[at] === "'" && source[at + 1] === "'") {
        out += "'";
        at++;
      } else if (source[at] === "'") {
        at++;
        return out;
      } else out += source[at];
    }
  };
  const value = (): unknown => {
    skip();
    if (source.startsWith("@{", at)) {
      at += 2;
      const object: Record<string, unknown> = {};
      for (skip(); source[at] !== "}"; skip()) {
        const key = source[at] === "'" ? string() : /^[A-Za-z_][A-Za-z0-9_]*/.exec(source.slice(at))![0];
        if (source[at - 1] !== "'") at += key.length;
        skip();
        expect(source[at]).toBe("=");
        at++;
        object[key] = value();
      }
      at++;
      return object;
    }
    if (source.startsWith("@(", at)) {
      at += 2;
      const array: unknown[] = [];
      for (skip(); source[at] !== ")"; skip()) array.push(value());
      at++;
      return array;
    }
    if (source[at] === "'") return string();
    for (const [word, literal] of [["$true", true], ["$false", false], ["$null", null]] as const) {
      if (source.startsWith(word, at)) {
        at += word.length;
        return literal;
      }
    }
    const number = /^-?\d+(\.\d+)?/.exec(source.slice(at))![0];
    at += number.length;
    return Number(number);
  };
  return value();
}

describe("the operation table and the snippets", () => {
  for (const version of ["beta", "v1.0"] as const) {
    for (const operation of operations) {
      describe(`${operation.name} in ${version}`, () => {
        const spec: GraphRequestSpec = { ...operation.spec, version };

        it("names the cmdlet, its module and the least-privileged permission", () => {
          const found = operationOf(spec);
          expect(found?.cmdlet?.name).toBe(operation.cmdlet[version]);
          expect(found?.cmdlet?.module).toBe(operation.module[version]);
          expect(found?.permission).toBe(operation.permission);
          const ps = powershellSnippet(spec);
          expect(ps).toContain(`Import-Module ${operation.module[version]}`);
          expect(ps).toMatch(new RegExp(`^${operation.cmdlet[version]}( |$)`, "m"));
          if (found?.id) expect(ps).toContain(`-${found.cmdlet!.idParameter} '${id}'`);
        });

        it("writes the URL with the version in every language", () => {
          const url = `https://graph.microsoft.com/${version}${spec.path}`;
          expect(httpSnippet(spec).split("\n")[0]).toBe(`${spec.method} ${url}`);
          expect(curlSnippet(spec)).toContain(`curl -X ${spec.method} '${url}'`);
          expect(javascriptSnippet(spec)).toContain(`.api(${JSON.stringify(spec.path)})\n  .version("${version}")`);
          expect(javascriptSnippet(spec)).toContain(`.${spec.method.toLowerCase()}(${spec.body ? "body" : ""});`);
        });

        it("heads every snippet with the permission", () => {
          for (const snippet of snippetsFor(spec)) expect(snippet.text.split("\n")[0]).toMatch(new RegExp(`Permission: ${operation.permission.replace(/\./g, "\\.")}$`));
        });

        if (operation.spec.body) {
          it("writes a body that reads back as the same JSON in every language", () => {
            expect(httpBody(httpSnippet(spec))).toEqual(body);
            expect(curlBody(curlSnippet(spec))).toEqual(body);
            expect(javascriptBody(javascriptSnippet(spec))).toEqual(body);
            expect(powershellBody(powershellSnippet(spec))).toEqual(body);
          });
        } else {
          it("sends no body", () => {
            expect(httpSnippet(spec)).not.toContain("Content-Type");
            expect(curlSnippet(spec)).not.toContain("--data-raw");
            expect(powershellSnippet(spec)).not.toContain("$params");
          });
        }
      });
    }
  }

  it("never writes a token: curl leaves it to $TOKEN, the others to their sign-in", () => {
    const spec: GraphRequestSpec = { method: "PATCH", version: "beta", path: `${dmp}/${id}`, body };
    expect(curlSnippet(spec)).toContain(`-H "Authorization: Bearer $TOKEN"`);
    for (const snippet of snippetsFor(spec)) expect(snippet.text).not.toMatch(/eyJ[A-Za-z0-9_-]{10,}/);
  });

  it("turns OData options into cmdlet parameters and client calls", () => {
    const spec: GraphRequestSpec = { method: "GET", version: "beta", path: dmp, query: { $filter: "partnerState eq 'enabled'", $select: "id,displayName", $orderby: "displayName desc", $top: "50" } };
    const ps = powershellSnippet(spec);
    expect(ps).toContain(`Get-MgBetaDeviceManagementPartner -Filter 'partnerState eq ''enabled''' -Property 'id','displayName' -Sort 'displayName desc' -Top 50`);
    expect(ps).not.toContain("-All");
    expect(powershellSnippet({ ...spec, query: {} })).toMatch(/Get-MgBetaDeviceManagementPartner -All$/m);
    const js = javascriptSnippet(spec);
    expect(js).toContain(`.filter("partnerState eq 'enabled'")`);
    expect(js).toContain(`.select(["id","displayName"])`);
    expect(js).toContain(".top(50)");
    expect(httpSnippet(spec).split("\n")[0]).toBe(`GET https://graph.microsoft.com/beta${dmp}?$filter=partnerState%20eq%20'enabled'&$select=id,displayName&$orderby=displayName%20desc&$top=50`);
    expect(operationOf({ ...spec, path: `${dmp}?$top=5` })?.kind).toBe("list");
  });

  it("falls back to Invoke-MgGraphRequest where no cmdlet fits, single-quoting $batch and $count", () => {
    const batch: GraphRequestSpec = {
      method: "POST",
      version: "v1.0",
      path: "/$batch",
      body: { requests: [{ id: "1", method: "DELETE", url: `${dmp}/${id}` }, { id: "2", method: "GET", url: "/deviceManagement/auditEvents?$top=1" }] },
    };
    const ps = powershellSnippet(batch);
    expect(ps).toContain("Import-Module Microsoft.Graph.Authentication");
    expect(ps).toContain(`Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/v1.0/$batch' -Body ($params | ConvertTo-Json -Depth 20)`);
    expect(operationOf(batch)?.permission).toBe("DeviceManagementApps.Read.All, DeviceManagementServiceConfig.ReadWrite.All");
    expect(powershellBody(ps)).toEqual(batch.body);
    const count: GraphRequestSpec = { method: "GET", version: "beta", path: `${dmp}/$count` };
    expect(powershellSnippet(count)).toContain(`Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/beta${dmp}/$count'`);
  });

  it("knows the other resources the console reads, and their permissions", () => {
    expect(operationOf({ method: "GET", version: "v1.0", path: "/groups", query: { $search: '"displayName:Sales"' }, headers: { ConsistencyLevel: "eventual" } })).toMatchObject({ kind: "list", permission: "GroupMember.Read.All", cmdlet: { name: "Get-MgGroup", module: "Microsoft.Graph.Groups" } });
    expect(powershellSnippet({ method: "GET", version: "v1.0", path: "/groups", query: { $search: '"displayName:Sales"' }, headers: { ConsistencyLevel: "eventual" } })).toContain(`Get-MgGroup -Search '"displayName:Sales"' -All -Headers @{ 'ConsistencyLevel' = 'eventual' }`);
    expect(operationOf({ method: "GET", version: "beta", path: "/deviceManagement/auditEvents" })).toMatchObject({ permission: "DeviceManagementApps.Read.All", cmdlet: { name: "Get-MgBetaDeviceManagementAuditEvent" } });
    expect(operationOf({ method: "GET", version: "beta", path: "/deviceManagement/auditEvents/getAuditCategories" })).toMatchObject({ kind: "function", action: "getAuditCategories" });
    expect(operationOf({ method: "GET", version: "beta", path: "/deviceManagement/assignmentFilters" })).toMatchObject({ permission: "DeviceManagementConfiguration.Read.All", cmdlet: { name: "Get-MgBetaDeviceManagementAssignmentFilter", module: "Microsoft.Graph.Beta.DeviceManagement" } });
    expect(operationOf({ method: "GET", version: "v1.0", path: "/deviceManagement/assignmentFilters" })).toBeUndefined();
  });

  it("refuses what Graph does not have: terminate on a compliance partner, writes to audit events, unknown paths", () => {
    expect(operationOf({ method: "POST", version: "beta", path: `${cmp}/${id}/terminate` })).toBeUndefined();
    expect(operationOf({ method: "POST", version: "beta", path: "/deviceManagement/auditEvents", body: {} })).toBeUndefined();
    expect(operationOf({ method: "GET", version: "beta", path: "/deviceManagement/groups" })).toBeUndefined();
    expect(operationOf({ method: "GET", version: "beta", path: "/me" })).toBeUndefined();
    expect(powershellSnippet({ method: "GET", version: "beta", path: "/me" })).not.toContain("Connect-MgGraph");
  });

  it("opens reads in Graph Explorer with the request and version filled in, and never a write", () => {
    const link = new URL(graphExplorerLink({ method: "GET", version: "beta", path: dmp, query: { $top: "5" } })!);
    expect(link.origin + link.pathname).toBe("https://developer.microsoft.com/en-us/graph/graph-explorer");
    expect(link.searchParams.get("request")).toBe("deviceManagement/deviceManagementPartners?$top=5");
    expect(link.searchParams.get("version")).toBe("beta");
    expect(link.searchParams.get("method")).toBe("GET");
    expect(graphExplorerLink({ method: "DELETE", version: "beta", path: `${dmp}/${id}` })).toBeUndefined();
  });

  describe("every resource the table knows, in every version it has, in every language", () => {
    for (const [resource, entry] of Object.entries(automationTable)) {
      for (const version of ["beta", "v1.0"] as const) {
        const psModule = entry.modules[version];
        const base = resource === "groups" ? "/groups" : `/deviceManagement/${resource}`;
        for (const [kind, path] of [["list", base], ["get", `${base}/${id}`]] as const) {
          it(`${kind} ${resource} in ${version}`, () => {
            const spec: GraphRequestSpec = { method: "GET", version, path };
            const found = operationOf(spec);
            if (!psModule) {
              expect(found).toBeUndefined();
              return;
            }
            const cmdlet = `Get-${version === "beta" ? "MgBeta" : "Mg"}${entry.noun}`;
            expect(found).toMatchObject({ kind, permission: entry.read, cmdlet: { name: cmdlet, module: psModule } });
            const texts = Object.fromEntries(snippetsFor(spec).map((s) => [s.language, s.text]));
            expect(Object.keys(texts)).toEqual(["http", "curl", "powershell", "javascript"]);
            for (const text of Object.values(texts)) expect(text.split("\n")[0]).toContain(`Permission: ${entry.read}`);
            expect(texts.http).toContain(`GET https://graph.microsoft.com/${version}${path}`);
            expect(texts.curl).toContain(`'https://graph.microsoft.com/${version}${path}'`);
            expect(texts.powershell).toMatch(new RegExp(`^${cmdlet}( |$)`, "m"));
            expect(texts.javascript).toContain(`.version("${version}")`);
          });
        }
      }
    }
  });
});
