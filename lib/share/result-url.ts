// The shape of a result link, shared by the link builder and the share preview.

/**
 * Longest link we hand out. RFC 9110 §4.1 recommends that all senders and recipients support
 * URIs of at least 8000 octets (https://www.rfc-editor.org/rfc/rfc9110#section-4.1-5); beyond
 * that, ticket systems and chat tools are free to cut a link, and the app offers the Markdown
 * report instead. The design goal for a typical link is far lower (≤ 2,000, see bench:links).
 */
export const MAX_LINK_LENGTH = 8000;

export const RESULT_PATH = "/r";

export function buildResultUrl(origin: string, fragment: string): string {
  let end = origin.length;
  while (end > 0 && origin[end - 1] === "/") end--;
  return `${origin.slice(0, end)}${RESULT_PATH}#${fragment}`;
}
