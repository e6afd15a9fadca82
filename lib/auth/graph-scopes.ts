/** Delegated permissions the console asks for: partner reads and writes, and group names for the picker. */
export const graphScopes = [
  "https://graph.microsoft.com/DeviceManagementServiceConfig.ReadWrite.All",
  "https://graph.microsoft.com/Group.Read.All",
] as const;

export const loginScopes = ["openid", "profile", "offline_access", ...graphScopes];
