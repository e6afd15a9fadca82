/** The live-mode console the `live` Playwright project runs against: a test app registration, no real tenant. */
export const liveClientId = "5d3c1a7e-8f2b-4c6d-9e0a-1b2c3d4e5f60";
/** Multi-tenant sign-in, so one console can prove that data follows the token's `tid`. */
export const liveAuthorityTenant = "organizations";
export const livePort = Number(process.env.E2E_LIVE_PORT ?? 3108);
export const liveBaseURL = `http://127.0.0.1:${livePort}`;
/** The one SPA redirect URI of the test app registration: the redirect bridge, as docs/live-mode.md registers it. */
export const liveRedirectUri = `${liveBaseURL}/auth/redirect`;

export const tenantA = "aaaaaaaa-1111-4111-8111-aaaaaaaaaaaa";
export const tenantB = "bbbbbbbb-2222-4222-8222-bbbbbbbbbbbb";

export const readWriteScopes = ["DeviceManagementServiceConfig.ReadWrite.All", "Group.Read.All"];
export const readOnlyScopes = ["DeviceManagementServiceConfig.Read.All", "Group.Read.All"];
