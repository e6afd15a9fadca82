/** Delegated permissions the console asks for: partner reads and writes, and group names for the picker. */
export const graphScopes = [
  "https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All",
  "https://graph.microsoft.com/Group.Read.All",
] as const;

export const loginScopes = ["openid", "profile", "offline_access", ...graphScopes];

/** Asked for only when History or Activity opens (incremental consent): Intune's audit log. */
export const auditPermission = "DeviceManagementApps.Read.All";
export const auditScopes = [`https://graph.microsoft.com/${auditPermission}`] as const;
