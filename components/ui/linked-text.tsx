import { ExternalLink } from "./external-link";
import { KeepTogetherText } from "./keep-together-text";

/** A web address inside prose; bounded, so no input makes it backtrack for long. */
const URL_IN_TEXT = /(https?:\/\/[^\s<>"')]{1,300}[^\s<>"').,;:])/;

/**
 * Text with its web addresses as links: a delisting page named in a fix, the page a knowledge
 * entry cites ("Fix NDR error 550 5.7.1 in Exchange Online, https://learn.microsoft.com/...").
 * `asText` keeps chosen addresses as text (a place to publish that does not exist yet).
 */
export function LinkedText({
  text,
  asText,
  linkClassName,
}: {
  text: string;
  asText?: (url: string) => boolean;
  linkClassName?: string;
}) {
  const parts = text.split(URL_IN_TEXT);
  return (
    <>
      {parts.map((p, i) =>
        i % 2 === 1 && !asText?.(p) ? (
          <ExternalLink key={i} href={p} {...(linkClassName ? { className: linkClassName } : {})}>
            {p}
          </ExternalLink>
        ) : (
          <KeepTogetherText key={i} text={p} />
        ),
      )}
    </>
  );
}
