import { Link } from "@fluentui/react-components";
import { Fragment } from "react";

// An https address up to whitespace or the punctuation that ends a sentence around it.
const addressPattern = /(https:\/\/[^\s;)]+)/;

/** Plain text whose https addresses (an admin-consent URL, say) can be opened. */
export function TextWithLinks({ text }: { text: string }) {
  return (
    <>
      {text.split(addressPattern).map((part, index) =>
        index % 2 === 1 ? (
          <Link key={index} href={part} target="_blank" rel="noopener noreferrer">
            {part}
          </Link>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}
