/** The seam live mode plugs MSAL into: demo mode has no provider and sends no token. */
export type AccessTokenProvider = (scopes?: readonly string[]) => Promise<string | undefined>;

let provider: AccessTokenProvider | undefined;

export function setAccessTokenProvider(fn: AccessTokenProvider | undefined): void {
  provider = fn;
}

/** A token for the console's own scopes, or for `scopes` when a view needs more (incremental consent). */
export async function getAccessToken(scopes?: readonly string[]): Promise<string | undefined> {
  return provider ? provider(scopes) : undefined;
}
