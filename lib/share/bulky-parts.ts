// What a shared bounce can do without: the parts a diagnosis never reads but that make a link
// too long. Applied with "leave out the original message" (redact.ts), after the original is cut:
// - the text/html alternative of a multipart/alternative that has a text/plain part (RFC 2046
//   §5.1.4: the same content twice; the parser reads the plain one);
// - image/*, application/*, audio/*, ... parts: logos and icons of the notice, never the report;
// - an HTML-only notice becomes text, as the parser reads it (lib/bounce/plain-text htmlToText).
// The report itself stays byte for byte: text/* parts, message/* parts (message/delivery-status,
// message/feedback-report, text/rfc822-headers, a message/rfc822 holding a forwarded bounce), and
// every multipart boundary, so the shared text parses to the same structure.
import { htmlToText } from "@/lib/bounce/plain-text";
import { readMimeTree, type MimeEntity } from "./mime-tree";
import { applyPartEdits, holdsDelimiter, keptHeaders, type PartEdit } from "./part-edits";
import { decodeBodyText } from "./transfer-decoding";

export type PartChange =
  /** A text/html (or multipart/related HTML) alternative of a text/plain part was removed. */
  | { kind: "html-copy-removed"; chars: number }
  /** A non-text part (image/png, application/pdf, ...) was removed. */
  | { kind: "attachment-removed"; type: string; chars: number }
  /** An HTML part without a plain alternative was replaced by its text. */
  | { kind: "html-converted"; chars: number; textChars: number };

export const HTML_COPY_REMOVED_NOTE = "[HTML copy of the text above removed before sharing]";
export const HTML_CONVERTED_NOTE = "[HTML converted to text before sharing]";
export function attachmentRemovedNote(type: string): string {
  return `[${type} attachment removed before sharing]`;
}

/**
 * Top-level media types (RFC 2046 §3) whose parts are the report or hold it: a bounce's
 * human-readable text, its machine-readable report (message/delivery-status, RFC 3464;
 * message/feedback-report, RFC 5965; text/rfc822-headers, RFC 6522) and structure. Every other
 * top-level type (image, audio, video, application, font, model) is an attachment of the notice.
 */
const REPORT_TOP_TYPES = new Set(["text", "message", "multipart"]);

const hasNonBlank = (s: string) => /\S/.test(s);

/**
 * An HTML rendering: text/html, or a multipart (multipart/related) of HTML and its images. Any
 * other text or report part inside makes it more than a copy of the plain alternative.
 */
function isHtmlRendering(entity: MimeEntity): boolean {
  const leaves: MimeEntity[] = [];
  const collect = (e: MimeEntity) =>
    e.type.startsWith("multipart/") ? e.children.forEach(collect) : leaves.push(e);
  collect(entity);
  return (
    leaves.some((l) => l.type === "text/html") &&
    leaves.every((l) => l.type === "text/html" || !REPORT_TOP_TYPES.has(l.type.split("/")[0]!))
  );
}

class Planner {
  readonly edits: PartEdit[] = [];
  readonly changes: PartChange[] = [];
  constructor(
    private readonly text: string,
    private readonly eol: string,
  ) {}

  /** Replace a part by a text/plain attachment holding one note: the multipart keeps its shape,
   * and parsers file the note with the attachments, not in the bounce's text. */
  private stub(entity: MimeEntity, note: string): void {
    const e = this.eol;
    this.edits.push({
      start: entity.start,
      end: entity.end,
      replacement: `Content-Type: text/plain; charset=us-ascii${e}Content-Disposition: attachment${e}${e}${note}${e}`,
    });
  }

  private convertHtml(entity: MimeEntity): void {
    const html = decodeBodyText(
      this.text.slice(entity.bodyStart, entity.end),
      entity.encoding,
      entity.params.charset ?? "",
    );
    const plain = htmlToText(html);
    if (!hasNonBlank(plain)) return;
    // The text must not contain a line the enclosing multiparts would read as their delimiter.
    if (holdsDelimiter(entity, plain)) return;
    const e = this.eol;
    const kept = keptHeaders(entity, e, [
      "content-type",
      "content-transfer-encoding",
      "content-length",
    ]);
    const body = plain.split("\n").join(e);
    this.edits.push({
      start: entity.start,
      end: entity.end,
      replacement: `${kept}Content-Type: text/plain; charset=utf-8${e}Content-Transfer-Encoding: 8bit${e}${e}${HTML_CONVERTED_NOTE}${e}${e}${body}${e}`,
    });
    this.changes.push({
      kind: "html-converted",
      chars: entity.end - entity.start,
      textChars: plain.length,
    });
  }

  /** `top`: the message itself (or one inside message/rfc822), which is never removed. */
  visit(entity: MimeEntity, top: boolean): void {
    if (entity.type.startsWith("multipart/")) {
      const plainAlternative =
        entity.type === "multipart/alternative" &&
        entity.children.some(
          (c) => c.type === "text/plain" && hasNonBlank(this.text.slice(c.bodyStart, c.end)),
        );
      for (const child of entity.children) {
        if (plainAlternative && isHtmlRendering(child)) {
          this.stub(child, HTML_COPY_REMOVED_NOTE);
          this.changes.push({ kind: "html-copy-removed", chars: child.end - child.start });
        } else {
          this.visit(child, false);
        }
      }
      return;
    }
    if (entity.children.length > 0) {
      // message/rfc822 still here after the original was cut: a forwarded bounce. Read inside.
      for (const child of entity.children) this.visit(child, true);
      return;
    }
    if (!top && !REPORT_TOP_TYPES.has(entity.type.split("/")[0]!)) {
      this.stub(entity, attachmentRemovedNote(entity.type));
      this.changes.push({
        kind: "attachment-removed",
        type: entity.type,
        chars: entity.end - entity.start,
      });
      return;
    }
    if (entity.type === "text/html") this.convertHtml(entity);
  }
}

/**
 * The text without HTML copies and attachments, and with an HTML-only notice as text; `changes`
 * lists what was done, in order. Text without MIME structure is returned unchanged.
 */
export function leaveOutBulkyParts(text: string): { text: string; changes: PartChange[] } {
  const tree = readMimeTree(text);
  if (!tree) return { text, changes: [] };
  const planner = new Planner(text, text.includes("\r\n") ? "\r\n" : "\n");
  planner.visit(tree, true);
  if (planner.edits.length === 0) return { text, changes: [] };
  return { text: applyPartEdits(text, planner.edits), changes: planner.changes };
}
