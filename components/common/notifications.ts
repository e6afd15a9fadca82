"use client";

// A tiny store between whoever succeeded (a save, a delete) and the toaster: the toaster's Fluent code is loaded
// only once the first notification exists, and a notification raised just before a navigation still shows after it.

export interface Notification {
  id: number;
  title: string;
  body?: string;
}

let nextId = 1;
let shown: ((notification: Notification) => void) | undefined;
const pending: Notification[] = [];
let raised = false;
const raisedListeners = new Set<() => void>();

/** Tells the user an action worked, e.g. notifySuccess("Partner saved", "Jamf Pro"). */
export function notifySuccess(title: string, body?: string): void {
  const notification = { id: nextId++, title, body };
  if (shown) shown(notification);
  else {
    pending.push(notification);
    if (pending.length > 5) pending.shift();
  }
  if (!raised) {
    raised = true;
    for (const listener of raisedListeners) listener();
  }
}

/** The toaster takes notifications from here on, the ones that waited for it first. */
export function showNotificationsWith(show: (notification: Notification) => void): () => void {
  shown = show;
  for (const notification of pending.splice(0)) show(notification);
  return () => {
    if (shown === show) shown = undefined;
  };
}

/** For useSyncExternalStore: whether any notification was raised yet. */
export const notificationsRaised = {
  subscribe(listener: () => void) {
    raisedListeners.add(listener);
    return () => raisedListeners.delete(listener);
  },
  get: () => raised,
  getServer: () => false,
};
