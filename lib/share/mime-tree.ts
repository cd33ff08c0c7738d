// A light, synchronous read of a bounce's MIME structure (RFC 2045/2046): where each part's
// header block and body start and end in the pasted text, and its type. Redaction needs offsets
// into the text as pasted (to cut a part and leave the rest byte for byte), which a decoding
// reader (lib/mime/read-mime.ts, for the bounce and the content review) does not give.
// Bounded: header blocks, nesting depth and the number of parts are capped, and lines are only
// ever compared by a bounded head, so hostile input stays linear in its length times the depth
// cap.

export interface HeaderField {
  /** Lower-cased field name. */
  name: string;
  /** Unfolded value, trimmed, bounded. */
  value: string;
  /** The field exactly as written, continuation lines and line break included. */
  raw: string;
}

export interface MimeEntity {
  /** Offset of the first header line (or of the body, for a part without headers). */
  start: number;
  /** Offset of the body's first character, after the blank line that ends the headers. */
  bodyStart: number;
  /** Offset just past the entity: the start of the delimiter line that ends it, or the text end. */
  end: number;
  headers: HeaderField[];
  /** Lower-cased media type; text/plain when absent (RFC 2045 §5.2). */
  type: string;
  /** Lower-cased Content-Type parameter names → values (boundary, charset, name). */
  params: Record<string, string>;
  /** Lower-cased Content-Transfer-Encoding; "" when absent (7bit). */
  encoding: string;
  /** Lower-cased disposition type ("attachment", "inline"); "" when absent. */
  disposition: string;
  /** Parts of a multipart, or the one message inside a message/rfc822 or message/global. */
  children: MimeEntity[];
  /** Boundaries of the multiparts enclosing this entity, innermost last. */
  enclosingBoundaries: string[];
}

const MAX_DEPTH = 12;
const MAX_PARTS = 500;
const MAX_HEADER_LINES = 400;
const MAX_VALUE = 2_000;
// A delimiter line is "--" + a boundary of at most 70 characters + "--" + transport padding.
const MAX_DELIMITER_HEAD = 200;
const FIELD_NAME = /^[!-9;-~]{1,76}[ \t]*:/;

interface Line {
  start: number;
  /** Index of the "\n" ending the line, or the range end. */
  end: number;
  /** Start of the next line (end + 1, or the range end). */
  next: number;
}

function lineAt(text: string, start: number, limit: number): Line {
  const nl = text.indexOf("\n", start);
  const end = nl < 0 || nl >= limit ? limit : nl;
  return { start, end, next: end < limit ? end + 1 : limit };
}

/** The line's head, without its "\r", bounded. */
function head(text: string, line: Line, max = MAX_DELIMITER_HEAD): string {
  const raw = text.slice(line.start, Math.min(line.end, line.start + max));
  return raw.endsWith("\r") ? raw.slice(0, -1) : raw;
}

function isBlank(s: string): boolean {
  return /^[ \t]*$/.test(s);
}

/** Content-Type value → media type and parameters (quoted or token values, RFC 2045 §5.1). */
export function parseContentType(value: string): { type: string; params: Record<string, string> } {
  const semi = value.indexOf(";");
  const type = (semi < 0 ? value : value.slice(0, semi)).trim().toLowerCase();
  const params: Record<string, string> = Object.create(null) as Record<string, string>;
  if (semi >= 0) {
    const re = /([A-Za-z0-9*_.-]{1,40})[ \t]*=[ \t]*(?:"([^"]{0,200})"|([^;\s"]{1,200}))/g;
    const rest = value.slice(semi);
    for (let m = re.exec(rest); m; m = re.exec(rest)) {
      const name = m[1]!.toLowerCase();
      if (!(name in params)) params[name] = m[2] ?? m[3] ?? "";
    }
  }
  return {
    type: /^[a-z0-9!#$&^_.+-]{1,80}\/[a-z0-9!#$&^_.+-]{1,80}$/.test(type) ? type : "text/plain",
    params,
  };
}

interface Budget {
  parts: number;
}

/** Read the header block starting at `start` (up to the blank line), within [start, limit). */
function readHeaders(
  text: string,
  start: number,
  limit: number,
): { headers: HeaderField[]; bodyStart: number } {
  const headers: HeaderField[] = [];
  let pos = start;
  let count = 0;
  let current: { name: string; value: string; rawStart: number } | null = null;
  const close = (upTo: number) => {
    if (current)
      headers.push({
        name: current.name,
        value: current.value.trim().slice(0, MAX_VALUE),
        raw: text.slice(current.rawStart, upTo),
      });
    current = null;
  };
  while (pos < limit) {
    const line = lineAt(text, pos, limit);
    const h = head(text, line, MAX_VALUE);
    if (isBlank(h)) {
      close(line.start);
      return { headers, bodyStart: line.next };
    }
    if (++count > MAX_HEADER_LINES) break;
    if ((h.startsWith(" ") || h.startsWith("\t")) && current) {
      const c: { value: string } = current;
      if (c.value.length < MAX_VALUE) c.value += " " + h.trim();
    } else {
      close(line.start);
      const m = FIELD_NAME.exec(h);
      // The first line is no header field: the part has no header block, its body starts here.
      if (!m) {
        if (headers.length === 0) return { headers, bodyStart: start };
      } else {
        current = {
          name: m[0].slice(0, -1).trim().toLowerCase(),
          value: h.slice(m[0].length),
          rawStart: line.start,
        };
      }
    }
    pos = line.next;
  }
  close(pos);
  return { headers, bodyStart: pos };
}

function readEntity(
  text: string,
  start: number,
  end: number,
  depth: number,
  enclosing: string[],
  budget: Budget,
): MimeEntity {
  budget.parts++;
  const { headers, bodyStart } = readHeaders(text, start, end);
  const field = (name: string) => headers.find((h) => h.name === name)?.value ?? "";
  const { type, params } = parseContentType(field("content-type") || "text/plain");
  const entity: MimeEntity = {
    start,
    bodyStart: Math.min(bodyStart, end),
    end,
    headers,
    type,
    params,
    encoding: field("content-transfer-encoding").toLowerCase().trim(),
    disposition: field("content-disposition").split(";")[0]!.trim().toLowerCase(),
    children: [],
    enclosingBoundaries: enclosing,
  };
  if (depth >= MAX_DEPTH || budget.parts >= MAX_PARTS) return entity;
  const boundary = params.boundary;
  if (type.startsWith("multipart/") && boundary && boundary.length <= 70) {
    entity.children = readMultipartBody(
      text,
      entity.bodyStart,
      end,
      boundary,
      depth,
      [...enclosing, boundary],
      budget,
    );
  } else if (
    (type === "message/rfc822" || type === "message/global") &&
    ["", "7bit", "8bit", "binary"].includes(entity.encoding)
  ) {
    // RFC 2046 §5.2.1: an encapsulated message is not transfer-encoded, so it reads in place.
    if (entity.bodyStart < end)
      entity.children = [readEntity(text, entity.bodyStart, end, depth + 1, enclosing, budget)];
  }
  return entity;
}

function readMultipartBody(
  text: string,
  from: number,
  end: number,
  boundary: string,
  depth: number,
  enclosing: string[],
  budget: Budget,
): MimeEntity[] {
  const delimiter = `--${boundary}`;
  const parts: MimeEntity[] = [];
  let partStart = -1;
  let pos = from;
  while (pos < end) {
    const line = lineAt(text, pos, end);
    if (text.startsWith(delimiter, line.start)) {
      const rest = head(text, line).slice(delimiter.length);
      const closing = rest.startsWith("--");
      if (isBlank(closing ? rest.slice(2) : rest)) {
        if (partStart >= 0)
          parts.push(readEntity(text, partStart, line.start, depth + 1, enclosing, budget));
        if (closing || budget.parts >= MAX_PARTS) return parts;
        partStart = line.next;
      }
    }
    pos = line.next;
  }
  // No closing delimiter (a truncated paste): the last part runs to the end.
  if (partStart >= 0 && partStart < end)
    parts.push(readEntity(text, partStart, end, depth + 1, enclosing, budget));
  return parts;
}

/**
 * The MIME tree of a pasted bounce, or null when the text has no MIME structure to read. A
 * whole message is read from its top; a fragment (its first headers cut off) from the header
 * block of its first multipart Content-Type.
 */
export function readMimeTree(text: string): MimeEntity | null {
  let start = 0;
  while (start < text.length && /\s/.test(text[start]!)) start++;
  // An mbox separator line ("From sender date") is no header field.
  if (text.startsWith("From ", start)) start = lineAt(text, start, text.length).next;
  if (!FIELD_NAME.test(head(text, lineAt(text, start, text.length), MAX_VALUE))) {
    const m = /^content-type:[ \t]*multipart\//im.exec(text);
    if (!m) return null;
    // Walk back to the start of that header block (the line after the previous blank line).
    let s = m.index;
    while (s > 0) {
      const prevEnd = s - 1;
      const prevStart = text.lastIndexOf("\n", prevEnd - 1) + 1;
      if (isBlank(head(text, { start: prevStart, end: prevEnd, next: s }))) break;
      s = prevStart;
    }
    start = s;
  }
  return readEntity(text, start, text.length, 0, [], { parts: 0 });
}
