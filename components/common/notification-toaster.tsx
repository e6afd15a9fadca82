"use client";

import { Toast, ToastBody, ToastTitle, Toaster, useId, useToastController } from "@fluentui/react-components";
import { useEffect } from "react";
import { showNotificationsWith } from "./notifications";

/** Fluent's toaster, showing each success notification for a few seconds (polite live region, Escape closes). */
export function NotificationToaster() {
  const toasterId = useId("notifications");
  const { dispatchToast } = useToastController(toasterId);
  useEffect(
    () =>
      showNotificationsWith((notification) =>
        dispatchToast(
          <Toast>
            <ToastTitle>{notification.title}</ToastTitle>
            {notification.body ? <ToastBody>{notification.body}</ToastBody> : null}
          </Toast>,
          { intent: "success", timeout: 6000, politeness: "polite" },
        ),
      ),
    [dispatchToast],
  );
  return <Toaster toasterId={toasterId} position="bottom-end" pauseOnHover pauseOnWindowBlur />;
}
