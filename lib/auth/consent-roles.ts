/**
 * The Entra roles that can grant tenant-wide admin consent for delegated Microsoft Graph permissions. Cloud Application
 * Administrator and Application Administrator can, because the console asks for no application permissions (app roles).
 */
export const consentGrantingRoles = ["Global Administrator", "Privileged Role Administrator", "Cloud Application Administrator", "Application Administrator"] as const;

/** "A, B, C or D". */
export const consentGrantingRolesText = `${consentGrantingRoles.slice(0, -1).join(", ")} or ${consentGrantingRoles.at(-1)}`;
