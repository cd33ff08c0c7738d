// A pasted whole email that shows none of a bounce's marks: a header block of its own (From, and
// a Date or Message-ID, RFC 5322 section 3.6), a sender that is not a mail system's, no failed
// recipient, no reporting MTA, and nothing in its words that any cause was read from. Asking for
// "the whole bounce" would be wrong there: the reader pasted a whole message, most likely the
// returned copy without the notice above it, or a message that is no bounce at all.
import { headerBlockEnd, isFieldNameAt, unfoldFields } from "@/lib/bounce/header-fields";
import { isBounceNotice } from "@/lib/bounce/header-recipients";
import { latin1Of, normalizeLineEnds } from "@/lib/bounce/input";
import type { ParsedBounce } from "@/lib/bounce/types";

/** Header blocks longer than this are not read for it (a paste's header block is far shorter). */
const MAX_BLOCK = 64 * 1024;

/**
 * True when the input (as pasted: the parse keeps the body only) is a whole message with no mark
 * of a bounce; its words are the caller's to judge.
 */
export function isOrdinaryMessage(parsed: ParsedBounce, input: string | Uint8Array): boolean {
  if (parsed.format !== "text" || parsed.recipients.length > 0) return false;
  if (parsed.generator !== null || parsed.reportingMta !== null) return false;
  // Header fields are ASCII (RFC 5322 section 2.2): bytes read one to a character will do.
  const text = normalizeLineEnds(
    typeof input === "string"
      ? input.slice(0, MAX_BLOCK + 1)
      : latin1Of(input.subarray(0, MAX_BLOCK + 1)),
  );
  const end = headerBlockEnd(text);
  if (end <= 0 || end > MAX_BLOCK) return false;
  const block = text.slice(0, end);
  // The first line must itself be a field: prose with a colon further down is no header block.
  const lineEnd = block.indexOf("\n");
  const colon = block.indexOf(":");
  if (colon <= 0 || (lineEnd !== -1 && colon > lineEnd) || !isFieldNameAt(block, 0, colon))
    return false;
  const fields = unfoldFields(block, (name) => isFieldNameAt(name, 0, name.length));
  const has = (key: string) => fields.some((f) => f.key === key);
  return has("from") && (has("date") || has("message-id")) && !isBounceNotice(fields);
}
