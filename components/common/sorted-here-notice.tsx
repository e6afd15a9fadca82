import { MessageBar, MessageBarBody, MessageBarTitle } from "@fluentui/react-components";

/** Graph answered a list out of the order asked for (Intune ignores $orderby on some collections); the console sorted it. */
export function SortedHereNotice({ column, loaded, more }: { column: string; loaded: number; more: boolean }) {
  return (
    <MessageBar intent="info" layout="multiline" role="status">
      <MessageBarBody>
        <MessageBarTitle>Sorted by the console</MessageBarTitle>
        Microsoft Graph did not return these partners sorted by {column}, so the console sorted the {loaded} it has loaded.
        {more ? " Rows loaded with “Load more” may belong among them." : ""}
      </MessageBarBody>
    </MessageBar>
  );
}
