import { Fragment } from "react";
import { keepTogetherSegments } from "./keep-together";

/** Text whose null MX notations and hyphenated words never wrap inside (keep-together.ts). */
export function KeepTogetherText({ text }: { text: string }) {
  return (
    <>
      {keepTogetherSegments(text).map((s, i) =>
        s.keep ? (
          <span key={i} className="whitespace-nowrap">
            {s.text}
          </span>
        ) : (
          <Fragment key={i}>{s.text}</Fragment>
        ),
      )}
    </>
  );
}
