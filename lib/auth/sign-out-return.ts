/**
 * Where the browser goes after sign-out. Entra returns only to a registered address (the redirect bridge), and
 * MSAL's bridge then sends the browser to the site's root; the console remembers the page that signed out, for a
 * short while, so the person lands where they were.
 */
export const signOutReturnKey = "console.signOutReturn";
/** A sign-out left unfinished (the person stayed on Microsoft's page) must not steer a later sign-in. */
export const signOutReturnLifetimeMs = 10 * 60_000;

export interface KeyValueStore {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
  removeItem(key: string): void;
}

/** Only a path of this site: never another origin (`//host`, `/\host`) or a scheme. */
export function isSitePath(path: string): boolean {
  return path.startsWith("/") && !path.startsWith("//") && !path.startsWith("/\\") && !/[\u0000-\u001f]/.test(path);
}

export function rememberSignOutReturn(store: KeyValueStore, path: string, now: number): void {
  if (!isSitePath(path)) return;
  store.setItem(signOutReturnKey, JSON.stringify({ path, at: now }));
}

/** The remembered path, once: it is removed as it is read. */
export function takeSignOutReturn(store: KeyValueStore, now: number): string | undefined {
  const raw = store.getItem(signOutReturnKey);
  if (raw === null) return undefined;
  store.removeItem(signOutReturnKey);
  try {
    const { path, at } = JSON.parse(raw) as { path?: unknown; at?: unknown };
    if (typeof path !== "string" || typeof at !== "number" || !isSitePath(path)) return undefined;
    if (now < at || now - at > signOutReturnLifetimeMs) return undefined;
    return path;
  } catch {
    return undefined;
  }
}
