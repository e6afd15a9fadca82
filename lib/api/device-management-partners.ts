// Fetching only, no zod: the list, detail and overview pages use it (the form's model is beside the form).
import type { DeviceManagementPartner } from "@/lib/graph/device-management-partner";
import { partnerResource } from "./partner-resource";

export const deviceManagementPartnersApi = partnerResource<DeviceManagementPartner>("deviceManagementPartners");
