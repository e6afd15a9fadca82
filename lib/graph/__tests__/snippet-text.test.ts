import { describe, expect, it } from "vitest";
import type { GraphRequestSpec } from "../graph-operation";
import { curlSnippet } from "../snippets/curl-snippet";
import { httpSnippet } from "../snippets/http-snippet";
import { javascriptSnippet } from "../snippets/javascript-snippet";
import { powershellSnippet } from "../snippets/powershell-snippet";
import { psValue } from "../snippets/powershell-value";
import { graphUrlOf, hasBody, pathOf } from "../snippets/snippet-url";
import { snippetsFor } from "../snippets/snippets";

// The exact text a person copies from the request inspector: a wrong character is a script that does not run.
const dmp = "/deviceManagement/deviceManagementPartners";
const lines = (...text: string[]) => text.join("\n");
const textsOf = (spec: GraphRequestSpec) => Object.fromEntries(snippetsFor(spec).map((s) => [s.language, s.text]));

describe("the snippets, character for character", () => {
  it("an update with an ETag header and a body that has empty and nested collections", () => {
    const spec: GraphRequestSpec = {
      method: "PATCH",
      version: "beta",
      path: `${dmp}/p1`,
      headers: { "If-Match": 'W/"1"' },
      body: { displayName: "Jamf", "@odata.type": "#x", tags: [], extra: {}, n: 3, list: [{ a: 1 }] },
    };
    const json = lines("{", '  "displayName": "Jamf",', '  "@odata.type": "#x",', '  "tags": [],', '  "extra": {},', '  "n": 3,', '  "list": [', "    {", '      "a": 1', "    }", "  ]", "}");
    expect(textsOf(spec)).toEqual({
      http: lines(
        "// Permission: DeviceManagementServiceConfig.ReadWrite.All",
        "PATCH https://graph.microsoft.com/beta/deviceManagement/deviceManagementPartners/p1",
        'If-Match: W/"1"',
        "Content-Type: application/json",
        "",
        json,
      ),
      curl: lines(
        "# Permission: DeviceManagementServiceConfig.ReadWrite.All",
        "curl -X PATCH 'https://graph.microsoft.com/beta/deviceManagement/deviceManagementPartners/p1' \\",
        '  -H "Authorization: Bearer $TOKEN" \\',
        "  -H 'If-Match: W/\"1\"' \\",
        "  -H 'Content-Type: application/json' \\",
        `  --data-raw '${json}'`,
      ),
      powershell: lines(
        "# Permission: DeviceManagementServiceConfig.ReadWrite.All",
        "Import-Module Microsoft.Graph.Beta.DeviceManagement.Administration",
        "Connect-MgGraph -Scopes 'DeviceManagementServiceConfig.ReadWrite.All'",
        "",
        "$params = @{",
        "  displayName = 'Jamf'",
        "  '@odata.type' = '#x'",
        "  tags = @()",
        "  extra = @{}",
        "  n = 3",
        "  list = @(",
        "    @{",
        "      a = 1",
        "    }",
        "  )",
        "}",
        "",
        `Update-MgBetaDeviceManagementPartner -DeviceManagementPartnerId 'p1' -BodyParameter $params -Headers @{ 'If-Match' = 'W/"1"' }`,
      ),
      javascript: lines(
        "// Permission: DeviceManagementServiceConfig.ReadWrite.All",
        'import { Client } from "@microsoft/microsoft-graph-client";',
        "",
        "const client = Client.init({ authProvider: (done) => done(null, process.env.TOKEN) });",
        `const body = ${json};`,
        "const result = await client",
        '  .api("/deviceManagement/deviceManagementPartners/p1")',
        '  .version("beta")',
        '  .header("If-Match", "W/\\"1\\"")',
        "  .patch(body);",
      ),
    });
  });

  it("a list with OData options no cmdlet takes: Invoke-MgGraphRequest, and .query() for the client", () => {
    const spec: GraphRequestSpec = { method: "GET", version: "v1.0", path: `${dmp}?$select=id, displayName&$skip=10&$count=true&$expand=x`, headers: { ConsistencyLevel: "eventual" } };
    const url = "https://graph.microsoft.com/v1.0/deviceManagement/deviceManagementPartners?$select=id,%20displayName&$skip=10&$count=true&$expand=x";
    expect(textsOf(spec)).toEqual({
      http: lines("// Permission: DeviceManagementServiceConfig.Read.All", `GET ${url}`, "ConsistencyLevel: eventual"),
      curl: lines("# Permission: DeviceManagementServiceConfig.Read.All", `curl -X GET '${url}' \\`, '  -H "Authorization: Bearer $TOKEN" \\', "  -H 'ConsistencyLevel: eventual'"),
      powershell: lines(
        "# Permission: DeviceManagementServiceConfig.Read.All",
        "Import-Module Microsoft.Graph.Authentication",
        "Connect-MgGraph -Scopes 'DeviceManagementServiceConfig.Read.All'",
        "",
        `Invoke-MgGraphRequest -Method GET -Uri '${url}' -Headers @{ 'ConsistencyLevel' = 'eventual' }`,
      ),
      javascript: lines(
        "// Permission: DeviceManagementServiceConfig.Read.All",
        'import { Client } from "@microsoft/microsoft-graph-client";',
        "",
        "const client = Client.init({ authProvider: (done) => done(null, process.env.TOKEN) });",
        "const result = await client",
        '  .api("/deviceManagement/deviceManagementPartners")',
        '  .version("v1.0")',
        '  .select(["id","displayName"])',
        "  .skip(10)",
        "  .count(true)",
        '  .query({"$expand":"x"})',
        '  .header("ConsistencyLevel", "eventual")',
        "  .get();",
      ),
    });
  });

  it("a list whose options are all cmdlet parameters: -Search, -CountVariable, -Skip, -Property, and -All without $top", () => {
    const spec: GraphRequestSpec = { method: "GET", version: "v1.0", path: "/groups", query: { $search: '"displayName:Sales"', $count: "false", $skip: "5", $select: "id, displayName" }, headers: { ConsistencyLevel: "eventual" } };
    expect(powershellSnippet(spec).split("\n").at(-1)).toBe(
      `Get-MgGroup -Search '"displayName:Sales"' -CountVariable count -Skip 5 -Property 'id','displayName' -All -Headers @{ 'ConsistencyLevel' = 'eventual' }`,
    );
    expect(javascriptSnippet(spec)).toContain(lines('  .search("\\"displayName:Sales\\"")', "  .count(false)", "  .skip(5)", '  .select(["id","displayName"])', '  .header("ConsistencyLevel", "eventual")', "  .get();"));
  });

  it("reading one partner: $select becomes -Property; any other option goes through Invoke-MgGraphRequest", () => {
    const select: GraphRequestSpec = { method: "GET", version: "beta", path: `${dmp}/p1?$select=id,displayName` };
    expect(powershellSnippet(select)).toBe(
      lines(
        "Import-Module Microsoft.Graph.Beta.DeviceManagement.Administration",
        "Connect-MgGraph -Scopes 'DeviceManagementServiceConfig.Read.All'",
        "",
        "Get-MgBetaDeviceManagementPartner -DeviceManagementPartnerId 'p1' -Property 'id','displayName'",
      ),
    );
    expect(powershellSnippet({ method: "GET", version: "beta", path: `${dmp}/p1` }).split("\n").at(-1)).toBe("Get-MgBetaDeviceManagementPartner -DeviceManagementPartnerId 'p1'");
    const expand: GraphRequestSpec = { method: "GET", version: "beta", path: `${dmp}/p1?$expand=x` };
    expect(powershellSnippet(expand)).toBe(
      lines(
        "Import-Module Microsoft.Graph.Authentication",
        "Connect-MgGraph -Scopes 'DeviceManagementServiceConfig.Read.All'",
        "",
        "Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/beta/deviceManagement/deviceManagementPartners/p1?$expand=x'",
      ),
    );
    expect(javascriptSnippet(expand).split("\n").slice(-3)).toEqual(['  .version("beta")', '  .query({"$expand":"x"})', "  .get();"]);
  });

  it("a write through Invoke-MgGraphRequest sends the body as JSON", () => {
    const spec: GraphRequestSpec = { method: "POST", version: "beta", path: `${dmp}/p1/sync`, body: { force: true } };
    expect(powershellSnippet(spec)).toBe(
      lines(
        "Import-Module Microsoft.Graph.Authentication",
        "",
        "$params = @{",
        "  force = $true",
        "}",
        "",
        "Invoke-MgGraphRequest -Method POST -Uri 'https://graph.microsoft.com/beta/deviceManagement/deviceManagementPartners/p1/sync' -Body ($params | ConvertTo-Json -Depth 20) -ContentType 'application/json'",
      ),
    );
  });

  it("sorts with .orderby(), sends several headers separated by semicolons, and creates without a body with the bare cmdlet", () => {
    const spec: GraphRequestSpec = { method: "GET", version: "beta", path: dmp, query: { $orderby: "displayName desc", $top: "5" }, headers: { ConsistencyLevel: "eventual", Prefer: "return=minimal" } };
    expect(javascriptSnippet(spec)).toContain(lines('  .orderby("displayName desc")', "  .top(5)"));
    expect(powershellSnippet(spec).split("\n").at(-1)).toBe(
      "Get-MgBetaDeviceManagementPartner -Sort 'displayName desc' -Top 5 -Headers @{ 'ConsistencyLevel' = 'eventual'; 'Prefer' = 'return=minimal' }",
    );
    expect(powershellSnippet({ method: "POST", version: "beta", path: dmp }).split("\n").at(-1)).toBe("New-MgBetaDeviceManagementPartner");
  });

  it("a request the table does not know has no permission line and no Connect-MgGraph", () => {
    const texts = textsOf({ method: "GET", version: "beta", path: "/me" });
    expect(texts.http).toBe("GET https://graph.microsoft.com/beta/me");
    expect(texts.curl).toBe(lines("curl -X GET 'https://graph.microsoft.com/beta/me' \\", '  -H "Authorization: Bearer $TOKEN"'));
    expect(texts.powershell).toBe(lines("Import-Module Microsoft.Graph.Authentication", "", "Invoke-MgGraphRequest -Method GET -Uri 'https://graph.microsoft.com/beta/me'"));
    expect(texts.javascript!.split("\n")[0]).toBe('import { Client } from "@microsoft/microsoft-graph-client";');
  });

  it("a GET or DELETE never sends a body, even when one is given; POST and PATCH do", () => {
    expect(hasBody({ method: "GET", version: "beta", path: dmp, body: { a: 1 } })).toBe(false);
    expect(hasBody({ method: "DELETE", version: "beta", path: `${dmp}/p1`, body: { a: 1 } })).toBe(false);
    expect(hasBody({ method: "POST", version: "beta", path: dmp, body: { a: 1 } })).toBe(true);
    expect(hasBody({ method: "PATCH", version: "beta", path: `${dmp}/p1`, body: null })).toBe(true);
    expect(hasBody({ method: "POST", version: "beta", path: dmp })).toBe(false);
    const get: GraphRequestSpec = { method: "GET", version: "beta", path: `${dmp}/p1`, body: { a: 1 } };
    expect(javascriptSnippet(get)).not.toContain("const body");
    expect(httpSnippet(get)).toBe("GET https://graph.microsoft.com/beta/deviceManagement/deviceManagementPartners/p1");
    expect(curlSnippet({ ...get, method: "DELETE" })).not.toContain("--data-raw");
  });
});

describe("URLs as Graph Explorer writes them", () => {
  it("keeps OData punctuation ($ , : /) readable in the query and escapes spaces and quotes", () => {
    expect(graphUrlOf({ method: "GET", version: "beta", path: dmp, query: { $filter: "startswith(displayName,'a/b:c$') and x eq \"y\"" } })).toBe(
      "https://graph.microsoft.com/beta/deviceManagement/deviceManagementPartners?$filter=startswith(displayName,'a/b:c$')%20and%20x%20eq%20%22y%22",
    );
  });

  it("escapes a path segment but keeps a function call's commas and equals signs", () => {
    expect(pathOf({ method: "GET", version: "beta", path: "/reports/getReport(id='a b',x=1)" })).toBe("/reports/getReport(id='a%20b',x=1)");
    expect(pathOf({ method: "GET", version: "beta", path: `${dmp}/$count` })).toBe(`${dmp}/$count`);
  });
});

describe("JSON as a PowerShell expression", () => {
  it("writes null, booleans, numbers and strings as PowerShell literals", () => {
    expect(psValue(null)).toBe("$null");
    expect(psValue(undefined)).toBe("$null");
    expect(psValue(true)).toBe("$true");
    expect(psValue(false)).toBe("$false");
    expect(psValue(0)).toBe("0");
    expect(psValue(-1.5)).toBe("-1.5");
    expect(psValue("it's $x")).toBe("'it''s $x'");
    expect(psValue([])).toBe("@()");
    expect(psValue({})).toBe("@{}");
  });

  it("leaves a plain key bare and quotes one PowerShell would misread", () => {
    expect(psValue({ a: 1, ab: 2, abc: 3, _a1: 4, "a-b": 5, "1a": 6, "@odata.type": 7, "": 8 })).toBe(
      lines("@{", "  a = 1", "  ab = 2", "  abc = 3", "  _a1 = 4", "  'a-b' = 5", "  '1a' = 6", "  '@odata.type' = 7", "  '' = 8", "}"),
    );
  });

  it("indents nested arrays and hashtables two spaces a level", () => {
    expect(psValue([[1, 2], { k: [] }])).toBe(lines("@(", "  @(", "    1", "    2", "  )", "  @{", "    k = @()", "  }", ")"));
  });
});
