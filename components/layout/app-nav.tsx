"use client";

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import NextLink from "next/link";
import { usePathname } from "next/navigation";
import { complianceManagementPartnerRoutes, deviceManagementPartnerRoutes } from "@/components/partners/partner-routes";

const links = [
  { href: "/", label: "Overview" },
  { href: deviceManagementPartnerRoutes.list, label: "Device management partners" },
  { href: complianceManagementPartnerRoutes.list, label: "Compliance management partners" },
  { href: "/activity", label: "Activity" },
  { href: "/configuration", label: "Configuration" },
] as const;

const useStyles = makeStyles({
  // The rest of the header's row, its links wrapping within it: more links never push the switches onto a row of their own.
  nav: { flex: "1 1 0" },
  list: {
    display: "flex",
    gap: tokens.spacingHorizontalM,
    listStyle: "none",
    margin: 0,
    padding: 0,
    flexWrap: "wrap",
    "@media (max-width: 1279px)": { gap: tokens.spacingHorizontalXXS },
  },
  link: {
    color: tokens.colorNeutralForeground1,
    textDecoration: "none",
    whiteSpace: "nowrap",
    padding: `${tokens.spacingVerticalXS} ${tokens.spacingHorizontalS}`,
    borderRadius: tokens.borderRadiusMedium,
    ":hover": { backgroundColor: tokens.colorNeutralBackground1Hover, textDecoration: "underline" },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
    // Room for the fourth link on the one-line header at 1,024 px.
    "@media (max-width: 1279px)": { paddingInline: tokens.spacingHorizontalXS },
  },
  current: { fontWeight: tokens.fontWeightSemibold, borderBottom: `${tokens.strokeWidthThick} solid ${tokens.colorBrandStroke1}` },
});

export function AppNav() {
  const styles = useStyles();
  const pathname = usePathname();
  return (
    <nav aria-label="Main" className={styles.nav}>
      <ul className={styles.list}>
        {links.map((link) => {
          const current = link.href === "/" ? pathname === "/" : pathname.startsWith(link.href);
          return (
            <li key={link.href}>
              <NextLink
                href={link.href}
                className={mergeClasses(styles.link, current && styles.current)}
                aria-current={current ? "page" : undefined}
              >
                {link.label}
              </NextLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
