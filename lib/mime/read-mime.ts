// A synchronous MIME reader for bounces: one pass over the message's lines, each part's body
// kept as line ranges into the input and decoded once when the part ends (7bit/8bit,
// quoted-printable, base64), text parts decoded with their charset. It gives what lib/bounce
// needs from a message: the top-level header fields, the human-readable text and HTML, and
// every other leaf part (message/delivery-status, message/rfc822, text/rfc822-headers, ...)
// as bytes; message/rfc822 parts are not opened (a bounce's returned message is evidence,
// not text to read).
//
// It replaced postal-mime here: postal-mime is asynchronous, reads through Blob and promises
// per part, and that machinery (with its garbage) was most of the time spent reading a
// message. The reading rules are postal-mime 4's, so the same messages give the same parts:
// lines end at LF with trailing CRs dropped; a boundary line is `--boundary` (or
// `--boundary--`) followed by blanks only, the innermost open boundary first; the first
// Content-Type / Content-Transfer-Encoding / Content-Disposition of a part counts; a part
// without Content-Type is text/plain (message/rfc822 inside multipart/digest).
//
// Bounded: MIME_LIMITS caps nesting depth, the number of parts and the header bytes; every
// scan is linear and there is no regular expression that can backtrack.
import { decodeLabelled, readsAsciiAsWritten } from "./charsets";
import { readStructuredField, withoutComments, type StructuredField } from "./structured-field";

export const MIME_LIMITS = {
  /** Nested multiparts: a bounce has three or four levels. */
  depth: 32,
  /** Parts in all (the API and the CLI refuse more than 500 delimiters before this). */
  parts: 2_000,
  /** Header bytes across all parts. */
  headerBytes: 2 * 1024 * 1024,
} as const;

export interface MimeHeader {
  /** The field name, lower-cased. */
  key: string;
  /** The value unfolded (line breaks removed, folding blanks kept) and trimmed of blanks. */
  value: string;
}

export interface MimePart {
  /** Content type, lower-cased, without parameters ("message/delivery-status"). */
  mimeType: string;
  /** Content-Disposition value, lower-cased, or null. */
  disposition: string | null;
  /**
   * The file name the part gives (Content-Disposition's filename, else Content-Type's name),
   * RFC 2231 continuations joined and decoded, RFC 2047 encoded words left as written; or null.
   */
  filename: string | null;
  /** The decoded body (transfer encoding removed): read-only, it may be a view of the input. */
  content: Uint8Array;
  /**
   * The content as a string, one character per byte, when readMime was given the message as an
   * ASCII string (ReadMimeOptions.ascii) and the content is that string's text as written (a
   * stretch of it, or its lines with their CRs dropped, each ended by an LF): a reader that
   * wants the content's text has it without a decode.
   */
  ascii?: string;
}

export interface MimeMessage {
  headers: MimeHeader[];
  /** Inline text/plain parts (and HTML-only alternatives turned to text), or null. */
  text: string | null;
  /** Inline text/html parts, or null. */
  html: string | null;
  /** Every leaf part that is not inline text, in order. */
  parts: MimePart[];
  /**
   * Every leaf part that names a file, in order, inline text included (a script sent as an
   * inline text/plain part with a name is still a file to a receiver's attachment filter).
   */
  files: MimePart[];
}

export interface ReadMimeOptions {
  /** Turns an HTML part to text where the message has text elsewhere but none for this part. */
  htmlToText: (html: string) => string;
  /**
   * The bytes as a string, one character per byte, when the caller already has it because every
   * byte is ASCII (lib/bounce's DecodedInput.ascii says when its text is): lines are then found
   * with the string's native searches, and header lines and parts' texts are slices of it,
   * instead of a loop over every byte and a decode per header block and part. It must be exactly
   * the bytes' characters (a string of another length is ignored).
   */
  ascii?: string;
  /**
   * Whether the reader wants leaf parts of this content type (lower case, no parameters); all
   * when absent. A part it does not want, other than inline text, is not decoded and is left out
   * of `parts` and `files`: lib/bounce reads report parts and texts, and an image's or a TNEF
   * file's base64 was decoded for nothing.
   */
  readsPart?: (mimeType: string) => boolean;
}

type Encoding = "identity" | "base64" | "quoted-printable";

interface Node {
  parent: Node | null;
  depth: number;
  children: Node[];
  /** Children before this index are finished. */
  finishedChildren: number;
  state: "header" | "body" | "finished";
  /** Header line ranges [start, end) into the input, in pairs (bytes read without an ASCII string). */
  headerLines: number[];
  /**
   * The header fields as read so far, unfolded, when the reader has the input's ASCII string:
   * each line is a slice of it, joined to the field above as it is read (no line ranges kept).
   */
  headerFields: string[];
  /** Body line ranges [start, end) into the input, in pairs (leaf parts only). */
  bodyLines: number[];
  digestParent: boolean;
  headers: MimeHeader[];
  type: string;
  /** Content-Type's parameters (NO_PARAMS for a part without the field): read, never written. */
  params: ReadonlyMap<string, string>;
  multipart: string | null;
  disposition: string;
  dispositionParams: ReadonlyMap<string, string> | null;
  encoding: Encoding;
  boundary: Uint8Array | null;
  content: Uint8Array | null;
  /** The content as text taken from the reader's ASCII string, when it is (MimePart.ascii). */
  ascii: string | null;
  /** A leaf part the reader does not want (ReadMimeOptions.readsPart): not decoded, not listed. */
  unread: boolean;
}

const headerDecoder = new TextDecoder("utf-8", { ignoreBOM: true });
const encoder = new TextEncoder();

export class MimeLimitError extends Error {}

/** The parameters of a part without Content-Type: one empty map for all, not one per part. */
const NO_PARAMS: ReadonlyMap<string, string> = new Map();

/**
 * Content-Type and Content-Disposition values already read, by their text: most repeat from
 * part to part and message to message ("text/plain; charset=us-ascii", "message/rfc822",
 * "attachment"), and a reading is a few splits, trims and a Map. A value with a boundary
 * (different in every message) is not kept; the whole is forgotten past FIELDS_KEPT values, so
 * memory stays bounded. Readings are shared: their params are only ever read.
 */
const READ_FIELDS = new Map<string, StructuredField>();
const FIELDS_KEPT = 256;

function readFieldOnce(field: string): StructuredField {
  let parsed = READ_FIELDS.get(field);
  if (parsed === undefined) {
    parsed = readStructuredField(field);
    if (!parsed.params.has("boundary")) {
      if (READ_FIELDS.size >= FIELDS_KEPT) READ_FIELDS.clear();
      READ_FIELDS.set(field, parsed);
    }
  }
  return parsed;
}

function newNode(parent: Node | null): Node {
  const depth = parent ? parent.depth + 1 : 0;
  if (depth > MIME_LIMITS.depth)
    throw new MimeLimitError(`MIME parts are nested more than ${MIME_LIMITS.depth} levels deep`);
  const node: Node = {
    parent,
    depth,
    children: [],
    finishedChildren: 0,
    state: "header",
    headerLines: [],
    headerFields: [],
    bodyLines: [],
    digestParent: parent?.multipart === "digest",
    headers: [],
    type: "text/plain",
    params: NO_PARAMS,
    multipart: null,
    disposition: "",
    dispositionParams: null,
    encoding: "identity",
    boundary: null,
    content: null,
    ascii: null,
    unread: false,
  };
  parent?.children.push(node);
  return node;
}

/** Blanks (SP, HTAB) trimmed from both ends; other white space is content. */
function trimBlanks(s: string): string {
  let a = 0;
  let b = s.length;
  while (a < b && (s.charCodeAt(a) === 0x20 || s.charCodeAt(a) === 0x09)) a++;
  while (b > a && (s.charCodeAt(b - 1) === 0x20 || s.charCodeAt(b - 1) === 0x09)) b--;
  return a === 0 && b === s.length ? s : s.slice(a, b);
}

/** CR and LF runs as one space each (a bare CR inside a field is not a line break). */
function crLfAsSpace(s: string): string {
  if (s.indexOf("\r") < 0 && s.indexOf("\n") < 0) return s;
  let out = "";
  let inRun = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0x0d || c === 0x0a) {
      if (!inRun) out += " ";
      inRun = true;
    } else {
      out += s[i];
      inRun = false;
    }
  }
  return out;
}

/**
 * trimBlanks(crLfAsSpace(field.slice(from))) with one slice: a value with no CR (a bare CR
 * inside a line) is its blanks' inner stretch. A field holds no LF: its lines were cut at them.
 * `mayHoldCr`: false when the whole input has no CR, and no field is searched for one.
 */
function valueOf(field: string, from: number, mayHoldCr: boolean): string {
  if (mayHoldCr && field.indexOf("\r", from) !== -1)
    return trimBlanks(crLfAsSpace(field.slice(from)));
  let a = from;
  let b = field.length;
  while (a < b && (field.charCodeAt(a) === 0x20 || field.charCodeAt(a) === 0x09)) a++;
  while (b > a && (field.charCodeAt(b - 1) === 0x20 || field.charCodeAt(b - 1) === 0x09)) b--;
  return field.slice(a, b);
}

/** The first token ([A-Za-z0-9_-]) of a Content-Transfer-Encoding value, lower-cased. */
function firstToken(s: string): string {
  let a = 0;
  const isToken = (c: number) =>
    (c >= 0x30 && c <= 0x39) ||
    (c >= 0x41 && c <= 0x5a) ||
    (c >= 0x61 && c <= 0x7a) ||
    c === 0x5f ||
    c === 0x2d;
  while (a < s.length && !isToken(s.charCodeAt(a))) a++;
  let b = a;
  while (b < s.length && isToken(s.charCodeAt(b))) b++;
  return s.slice(a, b).toLowerCase();
}

/**
 * encoder.encode(s), with an ASCII string (every boundary in practice) copied byte by byte:
 * TextEncoder's call cost more than the copy of a few tens of characters.
 */
function utf8Bytes(s: string): Uint8Array {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x80) return encoder.encode(s);
    out[i] = c;
  }
  return out;
}

class Reader {
  private readonly root: Node;
  private current: Node;
  /** Open boundaries, outermost first. */
  private readonly boundaries: Node[] = [];
  private headerBytes = 0;
  private nodes = 1;
  /**
   * Whether a header field may hold a CR: false only for an ASCII string without one (one
   * search per message instead of one per field).
   */
  private readonly mayHoldCr: boolean;

  constructor(
    private readonly bytes: Uint8Array,
    private readonly ascii: string | null,
    private readonly readsPart: ((mimeType: string) => boolean) | undefined,
  ) {
    this.root = newNode(null);
    this.current = this.root;
    this.mayHoldCr = ascii === null || ascii.indexOf("\r") !== -1;
  }

  read(): Node {
    if (this.ascii !== null) this.readAscii(this.ascii);
    else this.readBytes();
    this.finish(this.root);
    return this.root;
  }

  private readBytes(): void {
    const b = this.bytes;
    const n = b.length;
    let pos = 0;
    while (pos < n) {
      // A plain loop: Uint8Array's indexOf, called once per line, cost more than the scan.
      let lf = pos;
      while (lf < n && b[lf] !== 0x0a) lf++;
      let end = lf;
      while (end > pos && b[end - 1] === 0x0d) end--;
      // A body line that cannot be a boundary (most lines) is kept here, as feed() would keep
      // it, without the two calls per line that line() and feed() cost.
      const current = this.current;
      if (
        current.state === "body" &&
        (this.boundaries.length === 0 || end - pos <= 2 || b[pos] !== 0x2d || b[pos + 1] !== 0x2d)
      ) {
        if (current.multipart === null) current.bodyLines.push(pos, end);
      } else this.line(pos, end);
      pos = lf + 1;
    }
  }

  /**
   * read() over the bytes' ASCII string (ReadMimeOptions.ascii): the same lines, found with the
   * string's native searches. In a body, every line up to the next that starts with "--" (the
   * only lines that may be boundaries) is a body line: that stretch is found with one search,
   * and when it holds no CR and the part is not quoted-printable (whose soft line breaks are read
   * line by line), it is kept as one range. decodeBody gives the same bytes for it: a view of the
   * input, the LFs between the lines being the input's own, or base64 that skips them.
   */
  private readAscii(s: string): void {
    const n = s.length;
    // The first CR at or after the current stretch (n: none), looked for again only once the
    // stretches have passed it: every search covers new text, and the whole stays linear.
    let cr = -1;
    let pos = 0;
    while (pos < n) {
      const current = this.current;
      if (current.state === "body") {
        let stop = n;
        if (this.boundaries.length > 0) {
          if (s.charCodeAt(pos) === 0x2d && s.charCodeAt(pos + 1) === 0x2d) stop = pos;
          else {
            const dashes = s.indexOf("\n--", pos);
            if (dashes !== -1) stop = dashes + 1;
          }
        }
        if (stop > pos) {
          if (current.multipart === null) {
            if (cr < pos) {
              cr = s.indexOf("\r", pos);
              if (cr === -1) cr = n;
            }
            if (current.encoding !== "quoted-printable" && cr >= stop) {
              // The stretch's lines end at its last LF (or at the end of the input).
              current.bodyLines.push(pos, stop < n || s.charCodeAt(n - 1) === 0x0a ? stop - 1 : n);
            } else this.bodyLinesOf(s, pos, stop, current);
          }
          pos = stop;
          continue;
        }
      }
      let lf = s.indexOf("\n", pos);
      if (lf === -1) lf = n;
      let end = lf;
      while (end > pos && s.charCodeAt(end - 1) === 0x0d) end--;
      this.line(pos, end);
      pos = lf + 1;
    }
  }

  /** The body lines of s[from, to) one by one, each without its trailing CRs, as readBytes keeps them. */
  private bodyLinesOf(s: string, from: number, to: number, node: Node): void {
    let pos = from;
    while (pos < to) {
      let lf = s.indexOf("\n", pos);
      if (lf === -1) lf = s.length;
      let end = lf;
      while (end > pos && s.charCodeAt(end - 1) === 0x0d) end--;
      node.bodyLines.push(pos, end);
      pos = lf + 1;
    }
  }

  private line(start: number, end: number): void {
    const b = this.bytes;
    if (this.boundaries.length > 0 && end - start > 2 && b[start] === 0x2d && b[start + 1] === 0x2d)
      for (let i = this.boundaries.length - 1; i >= 0; i--) {
        const owner = this.boundaries[i]!;
        const closing = this.boundaryAt(owner.boundary!, start, end);
        if (closing === null) continue;
        if (closing) {
          this.finish(owner);
          this.current = owner.parent ?? this.root;
        } else {
          this.finishChildren(owner);
          if (++this.nodes > MIME_LIMITS.parts)
            throw new MimeLimitError(`The message has more than ${MIME_LIMITS.parts} MIME parts`);
          this.current = newNode(owner);
        }
        return;
      }
    this.feed(this.current, start, end);
  }

  /** null: not this boundary; false: a delimiter; true: the closing delimiter. */
  private boundaryAt(boundary: Uint8Array, start: number, end: number): boolean | null {
    const b = this.bytes;
    const len = boundary.length;
    if (end - start < len + 2) return null;
    for (let j = 0; j < len; j++) if (b[start + 2 + j] !== boundary[j]) return null;
    let at = start + 2 + len;
    let closing = false;
    if (end - start >= len + 4 && b[at] === 0x2d && b[at + 1] === 0x2d) {
      closing = true;
      at += 2;
    }
    for (; at < end; at++) if (b[at] !== 0x20 && b[at] !== 0x09) return null;
    return closing;
  }

  private feed(node: Node, start: number, end: number): void {
    if (node.state === "header") {
      if (start === end) {
        node.state = "body";
        this.readHeaders(node);
        return;
      }
      this.headerBytes += end - start;
      if (this.headerBytes > MIME_LIMITS.headerBytes)
        throw new MimeLimitError(
          `The message has more than ${MIME_LIMITS.headerBytes / 1024 / 1024} MB of header fields`,
        );
      const ascii = this.ascii;
      if (ascii === null) node.headerLines.push(start, end);
      else {
        // Folding (RFC 5322 2.2.3), as readHeaders does it for line ranges.
        const fields = node.headerFields;
        const first = ascii.charCodeAt(start);
        if (fields.length > 0 && (first === 0x20 || first === 0x09))
          fields[fields.length - 1] += ascii.slice(start, end);
        else fields.push(ascii.slice(start, end));
      }
    } else if (node.state === "body" && node.multipart === null) {
      node.bodyLines.push(start, end);
    }
  }

  /**
   * The header lines of a node as strings (UTF-8, malformed bytes as U+FFFD, BOM kept). Only
   * without an ASCII string: with one, feed() keeps the lines as slices of it.
   */
  private headerTexts(lines: number[]): string[] {
    const from = lines[0]!;
    const to = lines[lines.length - 1]!;
    // One decode for the block when every byte is one character (ASCII, the usual case):
    // the lines' byte offsets are then its character offsets.
    const block = headerDecoder.decode(this.bytes.subarray(from, to));
    const out: string[] = [];
    if (block.length === to - from)
      for (let k = 0; k < lines.length; k += 2)
        out.push(block.slice(lines[k]! - from, lines[k + 1]! - from));
    else
      for (let k = 0; k < lines.length; k += 2)
        out.push(headerDecoder.decode(this.bytes.subarray(lines[k]!, lines[k + 1]!)));
    return out;
  }

  /** The fields of the header lines kept as ranges, unfolded. */
  private unfoldedFields(lines: number[]): string[] {
    // Folding (RFC 5322 2.2.3): a line that starts with SP or HTAB continues the field above.
    const fields: string[] = [];
    const texts = this.headerTexts(lines);
    for (let k = 0; k < texts.length; k++) {
      const text = texts[k]!;
      const first = text.charCodeAt(0);
      if (fields.length > 0 && (first === 0x20 || first === 0x09))
        fields[fields.length - 1] += text;
      else fields.push(text);
    }
    return fields;
  }

  private readHeaders(node: Node): void {
    const lines = node.headerLines;
    node.headerLines = [];
    const fields = lines.length > 0 ? this.unfoldedFields(lines) : node.headerFields;
    node.headerFields = [];
    let type: string | null = null;
    let encoding = "";
    let disposition = "";
    if (fields.length > 0) {
      // The first of each content field counts, so that a copy cannot change the reading.
      let typeSeen = false;
      let encodingSeen = false;
      let dispositionSeen = false;
      for (let f = 0; f < fields.length; f++) {
        const unfolded = fields[f]!;
        const colon = unfolded.indexOf(":");
        const key = trimBlanks(colon < 0 ? unfolded : unfolded.slice(0, colon)).toLowerCase();
        const value = colon < 0 ? "" : valueOf(unfolded, colon + 1, this.mayHoldCr);
        node.headers.push({ key, value });
        if (key === "content-type") {
          if (!typeSeen) type = value;
          typeSeen = true;
        } else if (key === "content-transfer-encoding") {
          if (!encodingSeen) encoding = value;
          encodingSeen = true;
        } else if (key === "content-disposition") {
          if (!dispositionSeen) disposition = value;
          dispositionSeen = true;
        }
      }
    }
    this.applyContentFields(node, type, encoding, disposition);
  }

  private applyContentFields(
    node: Node,
    type: string | null,
    encoding: string,
    disposition: string,
  ): void {
    const fallback = node.digestParent ? "message/rfc822" : "text/plain";
    if (type !== null) {
      const parsed = readFieldOnce(type);
      node.type = parsed.value;
      node.params = parsed.params;
    } else node.type = fallback;
    // "multipart/" with no subtype is read as a leaf part, as postal-mime read it.
    if (node.type.startsWith("multipart/") && node.type.length > "multipart/".length) {
      node.multipart = node.type.slice("multipart/".length);
      const boundary = node.params.get("boundary");
      if (boundary) {
        node.boundary = utf8Bytes(boundary);
        this.boundaries.push(node);
      }
    }
    if (disposition) {
      const parsed = readFieldOnce(disposition);
      node.disposition = parsed.value;
      node.dispositionParams = parsed.params;
    } else node.disposition = "";
    const token = encoding
      ? firstToken(encoding.indexOf("(") < 0 ? encoding : withoutComments(encoding))
      : "";
    node.encoding = token.includes("base64")
      ? "base64"
      : token.includes("quoted-printable")
        ? "quoted-printable"
        : "identity";
  }

  private finishChildren(node: Node): void {
    while (node.finishedChildren < node.children.length)
      this.finish(node.children[node.finishedChildren++]!);
  }

  private finish(node: Node): void {
    if (node.state === "finished") return;
    if (node.state === "header") this.readHeaders(node);
    const at = this.boundaries.lastIndexOf(node);
    if (at >= 0) this.boundaries.splice(at, 1);
    this.finishChildren(node);
    const lines = node.bodyLines;
    if (
      this.readsPart !== undefined &&
      node.multipart === null &&
      !isInlineText(node) &&
      !this.readsPart(node.type)
    ) {
      node.unread = true;
      node.content = NO_CONTENT;
    } else if (
      this.ascii !== null &&
      node.encoding === "identity" &&
      endsInLfOnly(this.bytes, lines)
    ) {
      // The body as written, a view of the input (as decodeBody gives it), and its text a
      // slice of the ASCII string: no copy and no decode for a reader of either.
      const from = lines[0]!;
      const to = lines[lines.length - 1]! + 1;
      node.content = this.bytes.subarray(from, to);
      node.ascii = this.ascii.slice(from, to);
    } else if (this.ascii !== null && node.encoding === "identity" && lines.length > 0) {
      // Lines whose CRs were dropped (a message with CRLF line ends, the wire format): the body
      // decodeBody gives is each line followed by an LF. Built from the ASCII string's slices and
      // encoded natively, instead of copied byte by byte and decoded again by its reader (the
      // byte loop, decodeBody, was third in parseBounce's instruction count on the dev corpus).
      const pieces: string[] = [];
      for (let k = 0; k < lines.length; k += 2)
        pieces.push(this.ascii.slice(lines[k]!, lines[k + 1]!));
      const text = `${pieces.join("\n")}\n`;
      node.ascii = text;
      node.content = encoder.encode(text);
    } else node.content = decodeBody(this.bytes, lines, node.encoding);
    node.bodyLines = [];
    node.state = "finished";
  }
}

/** The content of a part nobody reads (Node.unread). */
const NO_CONTENT = new Uint8Array(0);

/** Whether a leaf part is inline text (text/plain or text/html, not an attachment): readMime's text. */
function isInlineText(node: Node): boolean {
  return (
    node.disposition !== "attachment" && (node.type === "text/plain" || node.type === "text/html")
  );
}

const BASE64 = (() => {
  const t = new Int8Array(256).fill(-1);
  const alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
  for (let i = 0; i < alphabet.length; i++) t[alphabet.charCodeAt(i)] = i;
  return t;
})();

function hexValue(c: number | undefined): number {
  if (c === undefined) return -1;
  if (c >= 0x30 && c <= 0x39) return c - 0x30;
  const lower = c | 0x20;
  if (lower >= 0x61 && lower <= 0x66) return lower - 0x61 + 10;
  return -1;
}

/**
 * Whether the lines follow each other in the input, each ended by an LF alone (no CR dropped,
 * the last not cut by the end of the input): their body is then the input's bytes as they are,
 * and is given as a view of them instead of a copy.
 */
function endsInLfOnly(b: Uint8Array, lines: number[]): boolean {
  if (lines.length === 0) return false;
  for (let k = 0; k < lines.length; k += 2) {
    const end = lines[k + 1]!;
    if (b[end] !== 0x0a) return false;
    if (k + 2 < lines.length && lines[k + 2] !== end + 1) return false;
  }
  return true;
}

/** A part's body from its line ranges, transfer encoding removed. */
function decodeBody(b: Uint8Array, lines: number[], encoding: Encoding): Uint8Array {
  let size = 0;
  for (let k = 0; k < lines.length; k += 2) size += lines[k + 1]! - lines[k]! + 1;
  if (encoding === "base64") return decodeBase64Lines(b, lines, size);
  if (encoding === "identity" && endsInLfOnly(b, lines))
    return b.subarray(lines[0]!, lines[lines.length - 1]! + 1);
  const out = new Uint8Array(size);
  let o = 0;
  if (encoding === "identity") {
    // Byte by byte: a line is some tens of bytes, and a subarray view per line to copy it with
    // set() cost more than the copy.
    for (let k = 0; k < lines.length; k += 2) {
      const end = lines[k + 1]!;
      for (let i = lines[k]!; i < end; i++) out[o++] = b[i]!;
      out[o++] = 0x0a;
    }
    return out;
  }
  // Quoted-printable (RFC 2045 section 6.7): "=XX" is a byte, a final "=" joins the next line;
  // an "=" not followed by two hex digits is kept as it is. The next "=" is found with the
  // array's indexOf (native) rather than by reading every byte, and is looked for again only
  // once the lines have passed it (every search covers new bytes: linear); the bytes between
  // escapes are copied a run at a time (copyRun). A part of HTML or text in quoted-printable was
  // the larger part of this function's instructions on the dev corpus.
  let eq = -2;
  for (let k = 0; k < lines.length; k += 2) {
    const start = lines[k]!;
    let end = lines[k + 1]!;
    const soft = end > start && b[end - 1] === 0x3d;
    if (soft) end--;
    let literal = start;
    let i = start;
    for (;;) {
      if (eq !== -1 && eq < i) eq = b.indexOf(0x3d, i);
      if (eq === -1 || eq >= end) break;
      i = eq;
      if (i + 2 < end) {
        const high = hexValue(b[i + 1]);
        const low = hexValue(b[i + 2]);
        if (high >= 0 && low >= 0) {
          o = copyRun(b, literal, i, out, o);
          out[o++] = (high << 4) | low;
          i += 3;
          literal = i;
          continue;
        }
      }
      i++;
    }
    o = copyRun(b, literal, end, out, o);
    if (!soft) out[o++] = 0x0a;
  }
  return out.subarray(0, o);
}

/** Runs at least this long are copied with set() on a view; shorter ones byte by byte. */
const MIN_SET_RUN = 48;

/** Copies b[from, to) into out at o; returns the position after it. */
function copyRun(b: Uint8Array, from: number, to: number, out: Uint8Array, o: number): number {
  if (to - from >= MIN_SET_RUN) {
    out.set(b.subarray(from, to), o);
    return o + to - from;
  }
  for (let j = from; j < to; j++) out[o++] = b[j]!;
  return o;
}

/**
 * Base64 over the lines: characters outside the alphabet are skipped; "=" ends a unit (some
 * mailers pad every line), and a unit's last incomplete group gives the bytes it holds.
 */
function decodeBase64Lines(b: Uint8Array, lines: number[], size: number): Uint8Array {
  const out = new Uint8Array(Math.ceil((size * 3) / 4) + 3);
  let o = 0;
  let acc = 0;
  let n = 0;
  const flush = () => {
    if (n === 2) out[o++] = (acc >> 4) & 0xff;
    else if (n === 3) {
      out[o++] = (acc >> 10) & 0xff;
      out[o++] = (acc >> 2) & 0xff;
    }
    acc = 0;
    n = 0;
  };
  for (let k = 0; k < lines.length; k += 2) {
    const end = lines[k + 1]!;
    for (let i = lines[k]!; i < end; i++) {
      const c = b[i]!;
      const v = BASE64[c]!;
      if (v >= 0) {
        acc = (acc << 6) | v;
        if (++n === 4) {
          out[o++] = (acc >> 16) & 0xff;
          out[o++] = (acc >> 8) & 0xff;
          out[o++] = acc & 0xff;
          acc = 0;
          n = 0;
        }
      } else if (c === 0x3d) flush();
    }
  }
  flush();
  return out.subarray(0, o);
}

/** A text part's content as a string: its charset, and RFC 3676 format=flowed undone. */
function textOf(node: Node): string {
  if (!node.content) return "";
  const charset = node.params.get("charset");
  let text =
    node.ascii !== null && readsAsciiAsWritten(charset)
      ? node.ascii
      : decodeLabelled(node.content, charset);
  if ((node.params.get("format") ?? "").toLowerCase() === "flowed")
    text = unflow(text, (node.params.get("delsp") ?? "").toLowerCase() === "yes");
  return text;
}

/**
 * RFC 3676: a line ending in a space continues on the next line (the space removed with
 * DelSp=yes); one leading space is stuffing; the signature separator "-- " stays a line.
 */
function unflow(text: string, delSp: boolean): string {
  const pieces: string[] = [];
  let lineStart = 0;
  let lineLength = 0;
  const lines = text.split("\n");
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    if (line.endsWith("\r")) line = line.slice(0, -1);
    if (line.charCodeAt(0) === 0x20) line = line.slice(1);
    if (i > 0) {
      const last = pieces.length > 0 ? pieces[pieces.length - 1]! : "";
      const signature = lineLength === 3 && pieces.slice(lineStart).join("") === "-- ";
      if (last.endsWith(" ") && !signature) {
        if (delSp) {
          if (last.length > 1) pieces[pieces.length - 1] = last.slice(0, -1);
          else pieces.pop();
          lineLength--;
        }
      } else {
        pieces.push("\n");
        lineStart = pieces.length;
        lineLength = 0;
      }
    }
    if (line) {
      pieces.push(line);
      lineLength += line.length;
    }
  }
  return pieces.join("");
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"]/g, (c) =>
    c === "&" ? "&amp;" : c === "<" ? "&lt;" : c === ">" ? "&gt;" : "&quot;",
  );
}

type TextKind = "plain" | "html";

/** Reads a whole message (headers at the top). Throws MimeLimitError past MIME_LIMITS. */
export function readMime(bytes: Uint8Array, options: ReadMimeOptions): MimeMessage {
  const ascii =
    options.ascii !== undefined && options.ascii.length === bytes.length ? options.ascii : null;
  const root = new Reader(bytes, ascii, options.readsPart).read();
  // Text parts by the node that selects them: a multipart/alternative selects its own.
  const selected = new Map<Node, Partial<Record<TextKind, string[]>>>();
  // The entries and kinds in their first-seen order, as arrays: read by index below, with no
  // Map or Set iterator (slow on Maglev, the CLI's top tier).
  const entries: Partial<Record<TextKind, string[]>>[] = [];
  const kinds: TextKind[] = [];
  const parts: MimePart[] = [];
  const files: MimePart[] = [];
  const walk = (node: Node, alternative: Node | null) => {
    if (node.multipart === null) {
      if (isInlineText(node)) {
        const kind: TextKind = node.type === "text/html" ? "html" : "plain";
        const key = alternative ?? node;
        let entry = selected.get(key);
        if (!entry) {
          selected.set(key, (entry = {}));
          entries.push(entry);
        }
        (entry[kind] ??= []).push(textOf(node));
        if (kinds.indexOf(kind) === -1) kinds.push(kind);
        if (node.content && filenameOf(node) !== null) files.push(leafPart(node));
      } else if (node.content && !node.unread) {
        // One part for both lists: a calendar part is decoded once.
        const part = leafPart(node);
        parts.push(part);
        if (part.filename !== null) files.push(part);
      }
    } else if (node.multipart === "alternative") alternative = node;
    for (let k = 0; k < node.children.length; k++) walk(node.children[k]!, alternative);
  };
  walk(root, null);
  const output: Partial<Record<TextKind, string[]>> = {};
  for (let e = 0; e < entries.length; e++) {
    const entry = entries[e]!;
    for (let k = 0; k < kinds.length; k++) {
      const kind = kinds[k]!;
      const out = (output[kind] ??= []);
      const own = entry[kind];
      if (own) for (let i = 0; i < own.length; i++) out.push(own[i]!);
      else if (kind === "plain") {
        const html = entry.html ?? [];
        for (let i = 0; i < html.length; i++) out.push(options.htmlToText(html[i]!));
      } else {
        const plain = entry.plain ?? [];
        for (let i = 0; i < plain.length; i++) out.push(`<p>${escapeHtml(plain[i]!)}</p>`);
      }
    }
  }
  return {
    headers: root.headers,
    text: output.plain?.join("\n") || null,
    html: output.html?.join("\n") || null,
    parts,
    files,
  };
}

function filenameOf(node: Node): string | null {
  return node.dispositionParams?.get("filename") || node.params.get("name") || null;
}

function leafPart(node: Node): MimePart {
  let content = node.content!;
  if (node.type === "text/calendar" || node.type === "application/ics") {
    // Calendar parts as Unicode text with LF line ends and one final LF, as postal-mime gave them.
    const text = textOf(node).replace(/\r?\n/g, "\n");
    let end = text.length;
    while (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
    content = encoder.encode(text.slice(0, end) + "\n");
  }
  const part: MimePart = {
    mimeType: node.type,
    disposition: node.disposition || null,
    filename: filenameOf(node),
    content,
  };
  if (node.ascii !== null && content === node.content) part.ascii = node.ascii;
  return part;
}
