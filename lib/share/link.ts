// Result links: `${origin}/r#${fragment}`. The state rides in the fragment, which browsers never
// send to the server, so shared bounces stay out of our logs.
import { decodeInput } from "@/lib/bounce/input";
import { encodeShareFragment } from "./encode";
import { makeSharePayload, PAYLOAD_LIMITS, type SharePayloadInput } from "./payload";
import { redactPayload, type RedactOptions } from "./redact";
import { buildResultUrl, MAX_LINK_LENGTH } from "./result-url";

export { buildResultUrl, MAX_LINK_LENGTH, RESULT_PATH } from "./result-url";

export type ShareLinkResult =
  | { ok: true; url: string; fragment: string; length: number }
  | { ok: false; reason: "too-long"; length: number }
  /** The text alone is over what a link may carry (PAYLOAD_LIMITS.textChars): nothing was encoded. */
  | { ok: false; reason: "text-too-long"; textChars: number };

export interface ShareLinkOptions extends Omit<SharePayloadInput, "text" | "redaction"> {
  origin: string;
  /** Redaction to apply; the CLI and the API default to both on. */
  redact?: RedactOptions;
}

export const DEFAULT_REDACTION: RedactOptions = { maskLocalParts: true, dropOriginalMessage: true };

/**
 * The result link for a bounce, for the CLI's `--link` and the API: `input` is what was
 * diagnosed, the pasted text or the file's bytes (read as diagnose() reads them), as the page's
 * own share panel carries the pasted text. Not a Diagnosis's `parsed.text`: that is the notice's
 * body alone, without the message's header block and MIME structure the parser read, so the
 * shared page, which diagnoses the link's text again, lost an auto-reply's "Auto-Submitted:",
 * read a kept original header as the server's reply and dropped recipients (review 28, C2).
 */
export function shareLinkForDiagnosis(
  input: string | Uint8Array,
  options: ShareLinkOptions,
): ShareLinkResult {
  const text = typeof input === "string" ? input : decodeInput(input).text;
  // Checked before redaction too: the redaction reads the whole text, and a text this far over
  // what a link may carry would not fit even with its copy of the original left out.
  if (text.length > PAYLOAD_LIMITS.textChars * 2)
    return { ok: false, reason: "text-too-long", textChars: text.length };
  const { origin, redact = DEFAULT_REDACTION, ...rest } = options;
  const payload = redactPayload(makeSharePayload({ ...rest, text }), redact);
  // The API takes bodies far larger than a link may carry; such a text gets no link (rather
  // than failing the payload schema in the encoder, or deflating a megabyte to learn it).
  if (payload.text.length > PAYLOAD_LIMITS.textChars)
    return { ok: false, reason: "text-too-long", textChars: payload.text.length };
  const fragment = encodeShareFragment(payload);
  const url = buildResultUrl(origin, fragment);
  if (url.length > MAX_LINK_LENGTH) return { ok: false, reason: "too-long", length: url.length };
  return { ok: true, url, fragment, length: url.length };
}
