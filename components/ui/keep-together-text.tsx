import { Fragment } from "react";
import { keepTogetherSegments } from "./keep-together";

/**
 * Text whose null MX notations and hyphenated words never wrap inside; a longer name breaks
 * after a dot only (keep-together.ts).
 */
export function KeepTogetherText({ text }: { text: string }) {
  return (
    <>
      {keepTogetherSegments(text).map((s, i) =>
        s.keep ? (
          <Fragment key={i}>
            {s.breakBefore ? <wbr /> : null}
            <span className="whitespace-nowrap">{s.text}</span>
          </Fragment>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
