"use client";

import { usePathname } from "next/navigation";
import { FrontDoorPage } from "./front-door-page";

export function NotFoundPage() {
  const pathname = usePathname();
  return (
    <FrontDoorPage title="Page not found">
      There is no page at <code>{pathname}</code>. Check the address, or go to one of the console&apos;s pages.
    </FrontDoorPage>
  );
}
