"use client";

import { makeStyles, mergeClasses, tokens } from "@fluentui/react-components";
import NextLink from "next/link";
import type { ComponentProps } from "react";

const useStyles = makeStyles({
  link: {
    color: tokens.colorBrandForegroundLink,
    textDecoration: "underline",
    ":hover": { color: tokens.colorBrandForegroundLinkHover },
    ":focus-visible": { outline: `${tokens.strokeWidthThick} solid ${tokens.colorStrokeFocus2}` },
  },
});

/** Next's client-side Link in Fluent's link colours. */
export function AppLink({ className, ...props }: ComponentProps<typeof NextLink>) {
  const styles = useStyles();
  return <NextLink {...props} className={mergeClasses(styles.link, className)} />;
}
