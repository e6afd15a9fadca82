import { groupIdOf } from "./groups";

type Target = Record<string, unknown>;
const assignment = (target: Target) => ({ target });
const noFilter = { deviceAndAppManagementAssignmentFilterId: null, deviceAndAppManagementAssignmentFilterType: "none" };

export const allLicensedUsers = () => assignment({ "@odata.type": "#microsoft.graph.allLicensedUsersAssignmentTarget", ...noFilter });
export const allDevices = (filterId?: string, filterType: "include" | "exclude" = "include") =>
  assignment({
    "@odata.type": "#microsoft.graph.allDevicesAssignmentTarget",
    ...(filterId ? { deviceAndAppManagementAssignmentFilterId: filterId, deviceAndAppManagementAssignmentFilterType: filterType } : noFilter),
  });
export const group = (name: string, filterId?: string, filterType: "include" | "exclude" = "include") =>
  assignment({
    "@odata.type": "#microsoft.graph.groupAssignmentTarget",
    groupId: groupIdOf(name),
    ...(filterId ? { deviceAndAppManagementAssignmentFilterId: filterId, deviceAndAppManagementAssignmentFilterType: filterType } : noFilter),
  });
export const exclusionGroup = (name: string) =>
  assignment({ "@odata.type": "#microsoft.graph.exclusionGroupAssignmentTarget", groupId: groupIdOf(name), ...noFilter });
export const configManagerCollection = (collectionId: string) =>
  assignment({ "@odata.type": "#microsoft.graph.configurationManagerCollectionAssignmentTarget", collectionId, ...noFilter });
