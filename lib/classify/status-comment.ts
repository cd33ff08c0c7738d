// A DSN's Status field may carry a comment after its code (RFC 3464 fields are structured
// fields, where RFC 822 allows comments): "Status: 4.0.0 (cat.example.net: host name lookup
// failure)". For a delayed recipient with no Diagnostic-Code it is the only reason the report
// gives, so the classifier reads it as that recipient's words.
import type { Span } from "@/lib/bounce/types";

/** One parenthesised comment right after the status code, on its line; bounded, no nesting. */
const COMMENT = /^[ \t]{0,8}\(([^()\r\n]{3,200})\)/;

/** The comment after the status code at `status` in `text`, or null when there is none. */
export function statusComment(text: string, status: Span | undefined): string | null {
  if (!status) return null;
  const m = COMMENT.exec(text.slice(status.end, status.end + 220));
  const words = m?.[1]?.trim();
  return words && /[A-Za-z]{3}/.test(words) ? words : null;
}
