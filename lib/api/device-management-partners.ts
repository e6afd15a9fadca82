// What the list, detail and overview pages need: no zod here (the form's schema is in device-management-partner-form.ts).
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { deviceManagementPartnerAppType, deviceManagementPartnerTenantState } from "@/lib/graph/enums";
import { enumFacet, type ListViewConfig } from "./list-view";
import { partnerResource } from "./partner-resource";

export const deviceManagementPartnersApi = partnerResource<DeviceManagementPartner>("deviceManagementPartners");

export const deviceManagementPartnerListConfig: ListViewConfig = {
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
