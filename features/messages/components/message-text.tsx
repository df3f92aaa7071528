import { Fragment } from "react";
import { linkify } from "../lib/linkify";

/**
 * A message's content as text nodes, with web links made clickable. Whatever a customer typed —
 * HTML, script, markdown — is shown as written and never interpreted.
 */
export function MessageText({ text }: { text: string }) {
  return (
    <span className="whitespace-pre-wrap break-words [overflow-wrap:anywhere]">
      {linkify(text).map((part, i) =>
        part.kind === "link" ? (
          <a
            // Parts never reorder: their position is their identity.
            // biome-ignore lint/suspicious/noArrayIndexKey: stable order
            key={i}
            href={part.href}
            target="_blank"
            rel="noopener noreferrer nofollow"
            className="underline underline-offset-2"
          >
            {part.text}
          </a>
        ) : (
          // biome-ignore lint/suspicious/noArrayIndexKey: stable order
          <Fragment key={i}>{part.text}</Fragment>
        ),
      )}
    </span>
  );
}
