"use client";

import { makeStyles, Text, tokens } from "@fluentui/react-components";
import dynamic from "next/dynamic";
import { useEffect, useRef, type ReactNode } from "react";
import { usePathname } from "next/navigation";
import { NotificationHost } from "@/components/common/notification-host";
import { RequestsButton } from "@/components/inspector/requests-button";
import { AppNav } from "./app-nav";
import { DemoBanner } from "./demo-banner";
import { ThemeSwitch } from "./theme-switch";
import { VersionSwitch } from "./version-switch";
import { usePublicConfig } from "./public-config-context";

// Only live mode has an account to show; demo pages ship no Avatar.
const AccountSlot = dynamic(() => import("./account-slot").then((m) => m.AccountSlot));

const useStyles = makeStyles({
  header: {
    display: "flex",
    flexWrap: "wrap",
    alignItems: "center",
    columnGap: tokens.spacingHorizontalXL,
    rowGap: tokens.spacingVerticalS,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalXL}`,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
    backgroundColor: tokens.colorNeutralBackground2,
    // One line down to 1,024 px (a scrollbar included); below, the navigation and the switches wrap onto rows of their own.
    "@media (max-width: 1279px)": { columnGap: tokens.spacingHorizontalM, paddingInline: tokens.spacingHorizontalL },
  },
  brand: { fontWeight: tokens.fontWeightSemibold, whiteSpace: "nowrap" },
  brandProduct: { "@media (max-width: 1279px)": { display: "none" } },
  controls: {
    marginLeft: "auto",
    display: "flex",
    alignItems: "center",
    gap: tokens.spacingHorizontalL,
    flexWrap: "wrap",
    "@media (max-width: 1279px)": { gap: tokens.spacingHorizontalM },
  },
  main: {
    outline: "none",
    padding: `${tokens.spacingVerticalL} ${tokens.spacingHorizontalXL}`,
    maxWidth: "1400px",
    minWidth: 0,
    "@media (max-width: 640px)": { paddingInline: tokens.spacingHorizontalM },
  },
  skip: {
    position: "absolute",
    left: "-10000px",
    ":focus": { left: tokens.spacingHorizontalS, top: tokens.spacingVerticalS, zIndex: 10, backgroundColor: tokens.colorNeutralBackground1, padding: tokens.spacingHorizontalS },
  },
});

export function AppShell({ children }: { children: ReactNode }) {
  const styles = useStyles();
  const config = usePublicConfig();
  const pathname = usePathname();
  const main = useRef<HTMLElement>(null);
  const firstPath = useRef(pathname);
  useEffect(() => {
    if (pathname === firstPath.current) return;
    firstPath.current = pathname;
    // When navigation removed the focused element (say, a dialog's button), start from the new page's content;
    // focusing it also lets Fluent's focus manager lift any aria-hidden a closing dialog left behind.
    const active = document.activeElement;
    if (!active || active === document.body) main.current?.focus({ preventScroll: true });
  }, [pathname]);
  return (
    <>
      <a href="#main" className={styles.skip}>
        Skip to content
      </a>
      <header className={styles.header}>
        <Text size={400} className={styles.brand}>
          <span className={styles.brandProduct}>Intune </span>Partner Console
        </Text>
        <AppNav />
        <div className={styles.controls}>
          <RequestsButton />
          <VersionSwitch />
          <ThemeSwitch />
          {config.mode === "live" ? <AccountSlot /> : null}
        </div>
      </header>
      {config.mode === "demo" ? <DemoBanner /> : null}
      <main id="main" ref={main} tabIndex={-1} className={styles.main}>
        {children}
      </main>
      <NotificationHost />
    </>
  );
}
