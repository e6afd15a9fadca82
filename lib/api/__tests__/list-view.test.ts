import { describe, expect, it } from "vitest";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { graphUrl, isGatewayLink, queryString } from "../graph-url";
import { enumFacet, filterExpression, listQuery, listViewParams, odataString, parseListView, type ListViewConfig } from "../list-view";
import { resourceKeys } from "../query-keys";

// The device management partners' list (components/device-partners/device-partner-kind.tsx derives the same).
const config: ListViewConfig = {
  searchProperty: "displayName",
  facets: [
    enumFacet("state", "Partner state", "partnerState", deviceManagementPartnerTenantState),
    enumFacet("appType", "App type", "partnerAppType", deviceManagementPartnerAppType),
  ],
  sortable: [
    { property: "displayName", label: "Display name" },
    { property: "partnerState", label: "Partner state" },
    { property: "partnerAppType", label: "App type" },
    { property: "lastHeartbeatDateTime", label: "Last heartbeat" },
    { property: "isConfigured", label: "Configured" },
  ],
  defaultSort: { property: "displayName", direction: "asc" },
  select: ["id", "displayName", "partnerState", "partnerAppType", "lastHeartbeatDateTime", "isConfigured"],
};

describe("OData query building", () => {
  it("escapes single quotes in string literals", () => {
    expect(odataString("O'Brien's MDM")).toBe("'O''Brien''s MDM'");
  });

  it("builds no filter for the default view", () => {
    const view = parseListView(new URLSearchParams(), config);
    expect(filterExpression(view, config)).toBeUndefined();
    expect(listQuery(view, config)).toEqual({
      $select: "id,displayName,partnerState,partnerAppType,lastHeartbeatDateTime,isConfigured",
      $orderby: "displayName asc",
      $count: "true",
    });
  });

  it("ORs the choices of one filter and ANDs filters with the search", () => {
    const view = parseListView(new URLSearchParams("q=Jamf&state=enabled,terminated&appType=singleTenantApp&sort=lastHeartbeatDateTime&dir=desc"), config);
    expect(filterExpression(view, config)).toBe(
      "contains(displayName,'Jamf') and (partnerState eq 'enabled' or partnerState eq 'terminated') and partnerAppType eq 'singleTenantApp'",
    );
    expect(listQuery(view, config).$orderby).toBe("lastHeartbeatDateTime desc");
  });

  it("ignores unknown filter values and sort properties from the URL", () => {
    const view = parseListView(new URLSearchParams("state=String,enabled&sort=secret&dir=desc"), config);
    expect(view.filters).toEqual({ state: ["enabled"] });
    expect(view.sort).toEqual(config.defaultSort);
  });

  it("round-trips a view through the URL and leaves defaults out", () => {
    const view = { search: "a b", filters: { state: ["rejected"] }, sort: { property: "partnerState", direction: "desc" as const } };
    const params = listViewParams(view, config);
    expect(parseListView(params, config)).toEqual(view);
    expect(listViewParams({ search: "", filters: {}, sort: config.defaultSort }, config).toString()).toBe("");
  });

  it("encodes spaces as %20, never +", () => {
    expect(queryString({ $filter: "partnerState eq 'enabled'", $top: undefined })).toBe("?$filter=partnerState%20eq%20'enabled'");
    expect(graphUrl("v1.0", "deviceManagement/deviceManagementPartners/$count")).toBe("/api/graph/v1.0/deviceManagement/deviceManagementPartners/$count");
    expect(graphUrl("beta", "groups/a/b")).toBe("/api/graph/beta/groups/a/b");
  });

  it("follows only nextLinks that point back at the console's gateway", () => {
    expect(isGatewayLink("http://localhost:3000/api/graph/beta/x?$skiptoken=1", "http://localhost:3000")).toBe(true);
    expect(isGatewayLink("https://graph.microsoft.com/beta/x?$skiptoken=1", "http://localhost:3000")).toBe(false);
    expect(isGatewayLink("http://localhost:3000/elsewhere", "http://localhost:3000")).toBe(false);
  });

  it("keys go from general to specific and include the API version", () => {
    const keys = resourceKeys("deviceManagementPartners");
    expect(keys.detail("beta", "1").slice(0, keys.all.length)).toEqual([...keys.all]);
    expect(keys.list("v1.0", {})).toContain("v1.0");
    expect(keys.list("beta", {})).not.toEqual(keys.list("v1.0", {}));
  });
});
