// The original message's headers, when the bounce carries them (message/rfc822,
// text/rfc822-headers, or a copy below "--- Below this line is a copy of the message").
import { decodeEncodedWords } from "./encoded-words";
import type { OriginalMessage } from "./types";
import { hasNonBlank } from "./blank";
import {
  FIELD_NAME_TAIL,
  headerBlockEnd,
  MAX_FIELD_NAME,
  unfoldKeptFields,
  unfoldKeptHeaderFields,
  unfoldSomeFields,
} from "./header-fields";
import type { HeaderLine } from "./mime";

const MAX_HEADER_CHARS = 256_000;

const FIELD_NAME = new RegExp(`^[A-Za-z][${FIELD_NAME_TAIL}]*$`);

/** A field name (FIELD_NAME_TAIL) of at most 76 characters: a line of prose with a colon in it is no field. */
function isFieldName(name: string): boolean {
  return name.length <= MAX_FIELD_NAME && FIELD_NAME.test(name);
}

/** Parses a header block (up to the first blank line) into unfolded fields. */
export function parseHeaderBlock(raw: string): { headers: HeaderLine[]; hasBody: boolean } {
  const { headers, hasBody } = readHeaderBlock(raw, null);
  return { headers, hasBody };
}

/** parseHeaderBlock with only the fields `keep` names built (unfoldSomeFields), and whether it has any field. */
function readHeaderBlock(
  raw: string,
  keep: ReadonlySet<string> | null,
): { headers: HeaderLine[]; hasField: boolean; hasBody: boolean } {
  const text = raw.replace(/^\s*\n/, "");
  if (keep !== null && text.length <= MAX_HEADER_CHARS) {
    // The block's end found while its fields are read: one pass over its lines, not two.
    const { fields, hasField, blockEnd } = unfoldKeptHeaderFields(text, keep);
    return { headers: fields, hasField, hasBody: blockEnd !== -1 && hasNonBlank(text, blockEnd) };
  }
  const blank = headerBlockEnd(text);
  const block = (blank === -1 ? text : text.slice(0, blank)).slice(0, MAX_HEADER_CHARS);
  const hasBody = blank !== -1 && hasNonBlank(text, blank);
  if (keep !== null) {
    const { fields, hasField } = unfoldKeptFields(block, keep);
    return { headers: fields, hasField, hasBody };
  }
  const { fields, count } = unfoldSomeFields(block, isFieldName, null);
  return { headers: fields, hasField: count > 0, hasBody };
}

/** The fields readOriginalMessage reads. */
const ORIGINAL_FIELDS: ReadonlySet<string> = new Set([
  "from",
  "return-path",
  "subject",
  "message-id",
  "authentication-results",
  "dkim-signature",
]);

/** The d= and s= tags of a DKIM-Signature (RFC 6376 section 3.5), compiled once. */
const DKIM_TAG = {
  d: /(?:^|;)\s*d\s*=\s*([^;\s]{1,255})/i,
  s: /(?:^|;)\s*s\s*=\s*([^;\s]{1,255})/i,
} as const;

function tagValue(value: string, tag: keyof typeof DKIM_TAG): string | null {
  const m = DKIM_TAG[tag].exec(value);
  return m ? m[1]! : null;
}

const ANGLE_ADDRESS = /<([^<>\s]{1,512})>/;
const BARE_ADDRESS = /([^\s<>"]{1,256}@[^\s<>"]{1,256})/;

function angleAddress(value: string): string | null {
  const m = ANGLE_ADDRESS.exec(value) ?? BARE_ADDRESS.exec(value);
  return m ? m[1]! : value.trim() === "" || value.trim() === "<>" ? null : value.trim();
}

export function readOriginalMessage(raw: string): OriginalMessage | null {
  const { headers, hasField, hasBody } = readHeaderBlock(raw, ORIGINAL_FIELDS);
  if (!hasField) return null;
  // One pass over the fields (the first of each single field counts), not a search per field.
  let from: string | null = null;
  let returnPath: string | null = null;
  let subject: string | null = null;
  let messageId: string | null = null;
  const authenticationResults: string[] = [];
  const dkimSignatures: OriginalMessage["dkimSignatures"] = [];
  for (let i = 0; i < headers.length; i++) {
    const h = headers[i]!;
    switch (h.key) {
      case "from":
        from ??= h.value;
        break;
      case "return-path":
        returnPath ??= h.value;
        break;
      case "subject":
        subject ??= h.value;
        break;
      case "message-id":
        messageId ??= h.value;
        break;
      case "authentication-results":
        authenticationResults.push(h.value);
        break;
      case "dkim-signature": {
        const domain = tagValue(h.value, "d") ?? "";
        if (domain !== "") dkimSignatures.push({ domain, selector: tagValue(h.value, "s") ?? "" });
        break;
      }
    }
  }
  return {
    from: from === null ? null : angleAddress(decodeEncodedWords(from)),
    returnPath: returnPath === null ? null : angleAddress(returnPath),
    subject: subject === null ? null : decodeEncodedWords(subject),
    messageId,
    authenticationResults,
    dkimSignatures,
    hasBody,
  };
}
