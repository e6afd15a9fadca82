import { Link, MessageBar, MessageBarActions, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/**
 * After a create that timed out: Graph may have made it anyway. The look opens in a new tab, so the form and its
 * edits stay here in case it was not made.
 */
export function MayHaveBeenCreated({ displayName, href }: { displayName: string; href: string }) {
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>The partner may have been created</MessageBarTitle>
        Microsoft Graph did not answer in time, and it may have created “{displayName}” anyway. Look for it before you create it again, or you may end up
        with two.
      </MessageBarBody>
      <MessageBarActions>
        <Link href={href} target="_blank" rel="noopener">
          Look for “{displayName}” in the list
        </Link>
      </MessageBarActions>
    </MessageBar>
  );
}
