/**
 * Whether the last token request needed the person to sign in again. A tiny external store, so the token
 * provider (outside React) can tell the page to offer "Sign in again" without unmounting anything.
 */
let expired = false;
const listeners = new Set<() => void>();

export const sessionExpiredSignal = {
  get: (): boolean => expired,
  set(value: boolean): void {
    if (value === expired) return;
    expired = value;
    for (const listener of listeners) listener();
  },
  subscribe(listener: () => void): () => void {
    listeners.add(listener);
    return () => listeners.delete(listener);
  },
};
