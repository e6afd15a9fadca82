/**
 * Codes of the refusals the console's gateway makes on its own, before anything reaches Graph. They are never
 * Graph's codes, so neither a person nor the UI mistakes a proxy or origin problem for a missing permission.
 */
export const gatewayRefusalCodes = {
  /** A change without `X-Requested-With: XMLHttpRequest`. */
  missingRequestedWith: "ConsoleGateway_MissingRequestedWith",
  /** A change the browser marked as cross-site (`Sec-Fetch-Site`). */
  crossSite: "ConsoleGateway_CrossSite",
  /** A change without a usable `Origin`. */
  noOrigin: "ConsoleGateway_NoOrigin",
  /** A change whose `Origin` is not the console's origin as the server sees it (Host, X-Forwarded-Host/-Proto). */
  originMismatch: "ConsoleGateway_OriginMismatch",
} as const;

export type GatewayRefusalCode = (typeof gatewayRefusalCodes)[keyof typeof gatewayRefusalCodes];

export function isGatewayRefusal(code: string): code is GatewayRefusalCode {
  return (Object.values(gatewayRefusalCodes) as string[]).includes(code);
}
