/** The seam live mode plugs MSAL into: demo mode has no provider and sends no token. */
export type AccessTokenProvider = () => Promise<string | undefined>;

let provider: AccessTokenProvider | undefined;

export function setAccessTokenProvider(fn: AccessTokenProvider | undefined): void {
  provider = fn;
}

export async function getAccessToken(): Promise<string | undefined> {
  return provider ? provider() : undefined;
}
