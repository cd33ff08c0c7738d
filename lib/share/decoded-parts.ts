// Encoded parts written out as their text before addresses are masked. Masking reads the text
// as pasted; an address inside a base64 or quoted-printable body is not there to be found, yet
// the shared page decodes the part again and shows it (review 27: a Postfix bounce whose
// message/delivery-status part was base64 after a gateway rewrote it, and 163.com's notice,
// whose text is base64, kept their addresses in "masked" links). So each encoded text or report
// part is replaced by its decoded text, 8bit in UTF-8 (RFC 2045 §6.2: the encoding is how the
// body travels, not what it says), and the masking that follows sees every address the page
// will show. Images and other attachments are not text and are left as they are. Header fields
// are read the same way: an address field whose display name is an RFC 2047 encoded-word
// ("To: =?UTF-8?B?...?= <jane@example.com>") is written out decoded, so that the name is
// masked with its address.
import { decodeEncodedWords } from "@/lib/bounce/encoded-words";
import { readMimeTree, type MimeEntity } from "./mime-tree";
import { applyPartEdits, holdsDelimiter, keptHeaders, type PartEdit } from "./part-edits";
import { decodeBodyText } from "./transfer-decoding";

/** Top-level media types whose parts are text the shared page reads and shows. */
const TEXT_TOP_TYPES = new Set(["text", "message"]);
const ENCODED = new Set(["base64", "quoted-printable"]);
/** mime-tree.ts keeps at most this much of a header value. */
const MAX_HEADER_VALUE = 2_000;

/**
 * The Content-Type field rewritten for UTF-8 text: the type and its parameters, the charset
 * UTF-8 for text/* (message/* parts have no charset parameter: RFC 2046 §5.2).
 */
function utf8ContentType(entity: MimeEntity): string {
  const params = Object.entries(entity.params)
    .filter(([name]) => name !== "charset")
    .map(([name, value]) => `; ${name}="${value.replace(/["\\]/g, "")}"`)
    .join("");
  const charset = entity.type.startsWith("text/") ? "; charset=utf-8" : "";
  return `Content-Type: ${entity.type}${params}${charset}`;
}

function decodedPart(text: string, entity: MimeEntity, eol: string): PartEdit | null {
  const body = decodeBodyText(
    text.slice(entity.bodyStart, entity.end),
    entity.encoding,
    entity.params.charset ?? "",
  );
  // The decoded text must not hold a line an enclosing multipart would read as its delimiter;
  // such a part stays encoded (and its addresses unmasked would be read no differently).
  if (holdsDelimiter(entity, body)) return null;
  const kept = keptHeaders(entity, eol, ["content-type", "content-transfer-encoding"]);
  const decoded = body.replace(/\r?\n/g, eol);
  return {
    start: entity.start,
    end: entity.end,
    replacement: `${kept}${utf8ContentType(entity)}${eol}Content-Transfer-Encoding: 8bit${eol}${eol}${decoded}${decoded.endsWith(eol) ? "" : eol}`,
  };
}

function collect(text: string, entity: MimeEntity, eol: string, edits: PartEdit[]): void {
  if (entity.children.length > 0) {
    for (const child of entity.children) collect(text, child, eol, edits);
    return;
  }
  if (!ENCODED.has(entity.encoding)) return;
  if (!TEXT_TOP_TYPES.has(entity.type.split("/")[0]!)) return;
  // A part with no header block (the body of a message without MIME headers) has nothing to say
  // how it is encoded: leave it.
  if (entity.headers.length === 0) return;
  const edit = decodedPart(text, entity, eol);
  if (edit) edits.push(edit);
}

/** Header fields holding an encoded-word and, decoded, an address: written out decoded. */
function collectHeaders(text: string, entity: MimeEntity, eol: string, edits: PartEdit[]): void {
  let cursor = entity.start;
  for (const h of entity.headers) {
    const at = text.indexOf(h.raw, cursor);
    if (at < 0 || at >= entity.bodyStart) break;
    cursor = at + h.raw.length;
    // A value cut at mime-tree's bound would lose its tail if written back.
    if (!h.raw.includes("=?") || h.value.length >= MAX_HEADER_VALUE) continue;
    const decoded = decodeEncodedWords(h.value);
    if (decoded === h.value || !decoded.includes("@")) continue;
    const name = h.raw.slice(0, h.raw.indexOf(":"));
    // One line: the decoded value may hold no line break a header could not carry.
    edits.push({
      start: at,
      end: cursor,
      replacement: `${name}: ${decoded.replace(/[\r\n]+/g, " ")}${eol}`,
    });
  }
  for (const child of entity.children) collectHeaders(text, child, eol, edits);
}

/**
 * The text with every base64 or quoted-printable text/* and message/* part written out as its
 * decoded text, and address fields' encoded-words decoded. Text without MIME structure, or with no encoded text part, is returned unchanged.
 */
export function decodeEncodedTextParts(text: string): string {
  const tree = readMimeTree(text);
  if (!tree) return text;
  const eol = text.includes("\r\n") ? "\r\n" : "\n";
  const bodies: PartEdit[] = [];
  collect(text, tree, eol, bodies);
  const decoded = applyPartEdits(text, bodies);
  // Headers second, on the text as the first pass left it (a body edit rewrites its part's
  // header block, so the two cannot be planned on one reading).
  const again = decoded === text ? tree : readMimeTree(decoded);
  if (!again) return decoded;
  const headers: PartEdit[] = [];
  collectHeaders(decoded, again, eol, headers);
  return applyPartEdits(decoded, headers);
}
