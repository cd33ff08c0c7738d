// The machine-readable part of an RFC 3464 delivery status notification: one group of
// per-message fields, then one group per recipient, groups separated by blank lines,
// long fields folded onto indented lines (RFC 3464 section 2.1 uses RFC 822 syntax).
import { hasNonBlank } from "./blank";
import type { Span } from "./types";

export interface DsnField {
  /** Lower-case field name. */
  name: string;
  /** Unfolded value. */
  value: string;
  /** Span of the value in the text that was scanned. */
  span: Span;
}

export type DsnGroup = Map<string, DsnField>;

export interface DeliveryStatus {
  perMessage: DsnGroup;
  perRecipient: DsnGroup[];
}

const FIELD = /^([A-Za-z][A-Za-z0-9-]{0,60})[ \t]*:[ \t]*(.*)$/;

/** Longest unfolded value kept: no DSN field needs more, and a field folded over thousands
 *  of lines must not hand megabytes to every reader after this one. */
export const MAX_FIELD_VALUE_CHARS = 16_000;

/** Parses delivery-status content that sits at text[from, to). */
export function parseDeliveryStatus(text: string, from = 0, to = text.length): DeliveryStatus {
  const groups: DsnGroup[] = [];
  let group: DsnGroup = new Map();
  let last: DsnField | null = null;
  // Continuation lines are gathered per field and joined once at the end: appending to the
  // value (and trimming it) on each line was quadratic in the length of a folded field.
  const folded = new Map<DsnField, { pieces: string[]; chars: number }>();
  // The folded fields in an array too: joined by index, with no Map iterator (slow on Maglev,
  // the CLI's top tier) for the many notifications that fold nothing.
  const foldedFields: DsnField[] = [];
  let pos = from;
  while (pos < to) {
    let end = text.indexOf("\n", pos);
    if (end === -1 || end > to) end = to;
    const line = text.slice(pos, end);
    if (!hasNonBlank(line)) {
      if (group.size > 0) groups.push(group);
      group = new Map();
      last = null;
    } else if ((line.startsWith(" ") || line.startsWith("\t")) && last) {
      let fold = folded.get(last);
      if (!fold) {
        fold = { pieces: last.value === "" ? [] : [last.value], chars: last.value.length };
        folded.set(last, fold);
        foldedFields.push(last);
      }
      if (fold.chars < MAX_FIELD_VALUE_CHARS) {
        const piece = line.trim();
        fold.pieces.push(piece);
        fold.chars += piece.length + 1;
      }
      last.span = { start: last.span.start, end: end };
    } else {
      const m = FIELD.exec(line.length > 4000 ? line.slice(0, 4000) : line);
      if (m) {
        const name = m[1]!.toLowerCase();
        // A second Final-Recipient in one group starts the next recipient: some MTAs (AOL's
        // relays) leave out the blank line between per-recipient groups.
        if ((name === "final-recipient" || name === "original-recipient") && group.has(name)) {
          groups.push(group);
          group = new Map();
        }
        const valueStart = pos + line.indexOf(m[2]!, m[1]!.length);
        last = {
          name,
          value: m[2]!.trim(),
          span: { start: valueStart, end: valueStart + m[2]!.length },
        };
        // The first occurrence wins: some MTAs repeat a field in one group.
        if (!group.has(name)) group.set(name, last);
      } else {
        last = null;
      }
    }
    pos = end + 1;
  }
  if (group.size > 0) groups.push(group);
  for (let k = 0; k < foldedFields.length; k++) {
    const field = foldedFields[k]!;
    field.value = folded.get(field)!.pieces.join(" ").slice(0, MAX_FIELD_VALUE_CHARS);
  }
  // Per-message fields come first; a group is a recipient's when it names one.
  const isRecipient = (g: DsnGroup) =>
    g.has("final-recipient") || g.has("original-recipient") || g.has("action");
  const perMessage: DsnGroup = new Map();
  const perRecipient: DsnGroup[] = [];
  // Index loops and Map.forEach: no iterator or [key, value] array per entry.
  const addToPerMessage = (v: DsnField, k: string) => {
    if (!perMessage.has(k)) perMessage.set(k, v);
  };
  for (let k = 0; k < groups.length; k++) {
    const g = groups[k]!;
    if (isRecipient(g)) {
      readSupplementaryInfo(g);
      perRecipient.push(g);
    } else g.forEach(addToPerMessage);
  }
  return { perMessage, perRecipient };
}

/**
 * A Diagnostic-Code of type x400: X.400 reason and diagnostic codes, no server's words. Also
 * without its type, as BT's X.400 gateway writes it ("Diagnostic-Code: Reason 1
 * (Unable-To-Transfer); Diagnostic -1 (Unknown)" beside X400-Supplementary-Info: "MTA '...'
 * gives error message 5.7.1 Unable to relay for ...", flufl.bounce tests/data/dsn_09.txt):
 * RFC 2156's "Reason <number> (<name>)" is that shape whatever the type says.
 */
const X400_DIAGNOSTIC = /^(?:x400[ \t]*;|[ \t]*Reason[ \t]{1,4}-?\d{1,3}[ \t]{0,4}\()/i;
/** Exchange's "<remote-mta #status": what comes before the diagnostic in X-Supplementary-Info. */
const EXCHANGE_SUPPLEMENTARY_HEAD = /^<[^#<>]{0,255}#[245]\.\d{1,3}\.\d{1,3}[ \t]*/;

/**
 * The words an X.400 gateway or Exchange puts beside a Diagnostic-Code that has none, read as the
 * group's diagnostic. RFC 2156 (MIXER) section 5.3.8 writes an X.400 non-delivery's reason and
 * diagnostic codes as "Diagnostic-Code: x400; Reason 1 (Unable-To-Transfer); Diagnostic 0
 * (Unrecognised-ORName)" and the MTA's own text as X400-Supplementary-Info: "<text>" (its
 * example report 2: "DG 21187: (CEO POA) Unknown addressee."). Exchange (MS-OXCMAIL 2.1.3.6.1)
 * writes no Diagnostic-Code at all: its X-Supplementary-Info holds "<remote-mta #status
 * diagnostic>" (MS-OXCMAIL 2.2.3.7.1.2), the remote server's reply after the status. Replaces the
 * group's diagnostic-code only where it is missing or of type x400, and only with words.
 */
function readSupplementaryInfo(g: DsnGroup): void {
  const diag = g.get("diagnostic-code");
  if (diag && !X400_DIAGNOSTIC.test(diag.value)) return;
  let field = g.get("x400-supplementary-info");
  let words: string | null = null;
  if (field) {
    // printablestring in double quotes, then ";" (RFC 2156's dr-per-recipient-fields).
    const v = field.value.trim();
    const end = v.endsWith(";") ? v.length - 1 : v.length;
    const inner = v.slice(0, end).trim();
    words = inner.startsWith('"') && inner.endsWith('"') ? inner.slice(1, -1).trim() : inner;
  } else if (!diag) {
    field = g.get("x-supplementary-info");
    const head = field ? EXCHANGE_SUPPLEMENTARY_HEAD.exec(field.value) : null;
    if (field && head) {
      const rest = field.value.slice(head[0].length).trim();
      words = rest.endsWith(">") ? rest.slice(0, -1).trim() : rest;
    }
  }
  if (!field || words === null || !/[A-Za-z]{2}/.test(words)) return;
  g.set("diagnostic-code", { name: "diagnostic-code", value: words, span: field.span });
}

/**
 * "rfc822; user@example.com" → "user@example.com": the type before the value of RFC 3464's
 * address, MTA-name and diagnostic fields. The type is an atom, and a writer's own may be long or
 * carry an underscore: "X-Outbound-Mail-Relay;" (AOL, sisimai/set-of-emails rhost-aol-05.eml),
 * "X-mPOP-Fallback_MX;" (Mail.Ru, lhost-postfix-08.eml), "X-BorderWare-Quarantine-Server;"
 * (Mail-DeliveryStatus-BounceParser t/corpus/warning-8.msg). No blank or dot inside, so a reply's own
 * words ("550 5.1.1 user unknown; ...", "RESOLVER.ADR.RecipNotFound; not found") are never
 * taken for one.
 */
export function stripTypePrefix(value: string): { value: string; offset: number } {
  const m = /^([A-Za-z][A-Za-z0-9_-]{0,63})[ \t]*;[ \t]*/.exec(value);
  if (!m) return { value: value.trim(), offset: 0 };
  return { value: value.slice(m[0].length).trim(), offset: m[0].length };
}

/** A recipient field's address, where it sits in the field's value, and whether mail can go to it. */
export interface DsnAddress {
  /** The address without its type prefix, angle brackets or source route; "" when empty. */
  address: string;
  /** Offset of `address` in the field's value. */
  offset: number;
  /**
   * An Internet address a sender could have written: type rfc822 or utf-8 (or none given), a local part,
   * "@" and a domain with a dot or an address literal. Not: "x400; /S=user/O=.../", "system;<>",
   * "rfc822;user@sims-ms-daemon" (a server's internal route name for the mailbox).
   */
  usable: boolean;
}

const USABLE_ADDRESS =
  /^[^\s@<>]{1,256}@(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,62}[A-Za-z0-9])?)+\.?|\[[0-9A-Fa-f:.]{2,45}\])$/;

/**
 * Reads a Final-Recipient / Original-Recipient value (RFC 3464 section 2.3.1-2.3.2: an
 * address-type, ";", the address). An RFC 5321 source route ("@relay.example:user@host", section
 * 4.1.2 A-d-l, which some gateways still write) is not part of the mailbox and is dropped.
 */
export function dsnAddress(value: string): DsnAddress {
  // The type is an atom (RFC 3464 section 2.3.2); Mimecast writes "rfc/822;" (sisimai/set-of-emails
  // maildir/bsd/lhost-mimecast-02.eml): a type is compared by its letters and digits.
  const typed = /^([A-Za-z0-9][A-Za-z0-9/.-]{0,19})[ \t]*;[ \t]*/.exec(value);
  const type = typed ? typed[1]!.toLowerCase().replace(/[^a-z0-9]/g, "") : null;
  let offset = typed ? typed[0].length : 0;
  let rest = value.slice(offset);
  const lead = rest.length - rest.trimStart().length;
  offset += lead;
  rest = rest.trim();
  if (rest.startsWith("<")) {
    offset += 1;
    rest = rest.slice(1).replace(/>$/, "");
  }
  const route = /^@[^\s:<>]{1,255}:/.exec(rest);
  if (route) {
    offset += route[0].length;
    rest = rest.slice(route[0].length);
  }
  // "utf-8" is the type of message/global-delivery-status (RFC 6533 section 3), which chasquid
  // and other servers write for every recipient: an Internet address too.
  const usable =
    (type === null || type === "rfc822" || type === "utf8") && USABLE_ADDRESS.test(rest);
  return { address: rest, offset, usable };
}
