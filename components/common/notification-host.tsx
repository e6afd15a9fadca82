"use client";

import dynamic from "next/dynamic";
import { useSyncExternalStore } from "react";
import { notificationsRaised } from "./notifications";

const NotificationToaster = dynamic(() => import("./notification-toaster").then((m) => m.NotificationToaster), { ssr: false });

/** Mounts the toaster once the first notification is raised, so pages load no toast code before then. */
export function NotificationHost() {
  const raised = useSyncExternalStore(notificationsRaised.subscribe, notificationsRaised.get, notificationsRaised.getServer);
  return raised ? <NotificationToaster /> : null;
}
