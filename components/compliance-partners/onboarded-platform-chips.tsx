"use client";

import { Badge, makeStyles, tokens } from "@fluentui/react-components";
import type { ApiVersion } from "@/lib/graph/api-version";
import { onboardedPlatforms, type OnboardingOf } from "@/lib/graph/compliance-platform-conflicts";

const useStyles = makeStyles({
  list: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalXS, listStyle: "none", margin: 0, padding: 0 },
});

/** The platforms a compliance partner is onboarded for, as chips. */
export function OnboardedPlatformChips({ partner, version }: { partner: OnboardingOf; version: ApiVersion }) {
  const styles = useStyles();
  const platforms = onboardedPlatforms(partner, version);
  if (!platforms.length) return <span>None</span>;
  return (
    <ul className={styles.list} aria-label="Onboarded platforms">
      {platforms.map((p) => (
        <li key={p.key}>
          <Badge appearance="outline" color="brand" shape="rounded">
            {p.label}
          </Badge>
        </li>
      ))}
    </ul>
  );
}
