import { Fragment } from "react";
import { nameLabels } from "./keep-together";

/**
 * A host name, domain or address shown on its own (a card's address, a check's subject, a
 * record's name). It moves whole to the next line when it fits one (inline-block); a name
 * longer than the line breaks after a dot or "@", never inside a label as `break-all` did
 * ("mailmagazine.exampl" / "e.com" on a phone). `break-words` is the last resort for a single
 * label longer than the line.
 */
export function NameText({ name, className = "" }: { name: string; className?: string }) {
  return (
    <span className={`inline-block max-w-full break-words ${className}`} data-name={name}>
      {nameLabels(name).map((label, i) => (
        <Fragment key={i}>
          {i > 0 ? <wbr /> : null}
          {label}
        </Fragment>
      ))}
    </span>
  );
}
