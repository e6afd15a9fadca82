"use client";

import { MessageBar, MessageBarBody, MessageBarTitle, makeStyles, tokens, type MessageBarIntent } from "@fluentui/react-components";
import { partnerHealthLabels, type HealthInput, type PartnerHealth } from "@/lib/graph/partner-health";
import { assessPartnerHealth } from "@/lib/graph/partner-health-advice";

const intents: Record<PartnerHealth, MessageBarIntent> = {
  unhealthy: "error",
  warning: "warning",
  healthy: "success",
  notSetUp: "info",
  terminated: "info",
};

const useStyles = makeStyles({
  bar: { marginBlock: tokens.spacingVerticalM, alignItems: "flex-start" },
  list: { margin: `${tokens.spacingVerticalXS} 0`, paddingInlineStart: tokens.spacingHorizontalXL },
  links: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalL, listStyle: "none", margin: 0, padding: 0 },
  link: { color: tokens.colorBrandForegroundLink },
});

/** The partner's health at the top of its page: the health, why, and what to do, with Microsoft's pages. */
export function HealthPanel({ partner, now }: { partner: HealthInput; now: Date }) {
  const styles = useStyles();
  const { health, reason, actions, links } = assessPartnerHealth(partner, now);
  return (
    <section aria-label="Health">
      <MessageBar intent={intents[health]} layout="multiline" className={styles.bar}>
        <MessageBarBody>
          <MessageBarTitle>{`Health: ${partnerHealthLabels[health]}`}</MessageBarTitle>
          {reason}
          {actions.length ? (
            <>
              <div>What to do:</div>
              <ol className={styles.list} aria-label="What to do">
                {actions.map((action) => (
                  <li key={action}>{action}</li>
                ))}
              </ol>
            </>
          ) : null}
          {links.length ? (
            <ul className={styles.links} aria-label="Microsoft's guidance">
              {links.map((link) => (
                <li key={link.href}>
                  <a href={link.href} target="_blank" rel="noopener noreferrer" className={styles.link}>
                    {link.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : null}
        </MessageBarBody>
      </MessageBar>
    </section>
  );
}
