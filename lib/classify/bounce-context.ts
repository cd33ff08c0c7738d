// Facts about a refusal besides its words, read from the bounce: who wrote the bounce, which
// host answered, and which SMTP command the reply answered. Per-MTA signatures ask for them
// (lib/knowledge/signatures/mta-context.ts), and an unknown-user reply means something else
// after DATA than at RCPT TO (RFC 5321 section 3.3).
import { collapseWhitespace } from "@/lib/bounce/blank";
import type { ParsedBounce, RecipientReport } from "@/lib/bounce/types";
import { normalizeHost } from "@/lib/bounce/human-recipients";
import { literalGrams } from "@/lib/bounce/gram-set";
import { textGramsOf } from "@/lib/bounce/parse";
import { BOUNCE_WRITERS, WRITER_PROBE_LENGTH } from "@/lib/knowledge/bounce-writers";
import { lowerCaseGate } from "./lower-case-gate";
import { hostUnder } from "./matcher";

/** Whether the text's start may hold a writer's phrase (lower-case-gate.ts), made on first use. */
let writerPhraseGate: RegExp | null | undefined;

/**
 * The writers' phrases as grams, made on first use; null when one is not lower-case ASCII (the
 * parser's grams can only rule out such literals: textGramsOf).
 */
let writerPhraseGrams: Int32Array[] | null | undefined;

/**
 * Whether the parser's grams of the text's start say that it holds none of the writers'
 * phrases: they were loaded for every message anyway (detectGenerator), and asking them saves
 * a case-insensitive scan of the text's first WRITER_PROBE_LENGTH characters. False when they
 * cannot say, or when a phrase's grams are all there.
 */
function gramsRuleOutPhrases(parsed: ParsedBounce): boolean {
  writerPhraseGrams ??= BOUNCE_WRITERS.every((w) =>
    w.phrases.every((p) => /^[\x00-\x7f]*$/.test(p) && p === p.toLowerCase()),
  )
    ? BOUNCE_WRITERS.flatMap((w) => w.phrases.map((p) => literalGrams(p)))
    : null;
  if (writerPhraseGrams === null) return false;
  const grams = textGramsOf(parsed, WRITER_PROBE_LENGTH);
  if (grams === null) return false;
  for (let k = 0; k < writerPhraseGrams.length; k++)
    if (grams.mayHold(writerPhraseGrams[k]!)) return false;
  return true;
}

/** Whether the host is one of the domains or a name under one. */
function underOneOf(host: string, domains: readonly string[]): boolean {
  for (let k = 0; k < domains.length; k++) if (hostUnder(host, domains[k]!)) return true;
  return false;
}

/** The parser's generator and any writer recognised by lib/knowledge/bounce-writers.ts. */
export function bounceWriters(parsed: ParsedBounce): Set<string> {
  const out = new Set<string>();
  if (parsed.generator) out.add(parsed.generator);
  const reporting = parsed.reportingMta?.toLowerCase() ?? null;
  let probe: string | null = null;
  // Most bounces hold no writer's phrase: one scan of the text says so, and then the
  // lower-cased copy of its first kilobytes is never made.
  let mayHoldPhrase: boolean | null = null;
  for (let k = 0; k < BOUNCE_WRITERS.length; k++) {
    const w = BOUNCE_WRITERS[k]!;
    if (reporting && underOneOf(reporting, w.reportingDomains)) {
      out.add(w.id);
      continue;
    }
    if (w.phrases.length === 0) continue;
    if (mayHoldPhrase === null) {
      writerPhraseGate ??= lowerCaseGate(BOUNCE_WRITERS.flatMap((x) => x.phrases));
      mayHoldPhrase =
        !gramsRuleOutPhrases(parsed) &&
        (writerPhraseGate === null ||
          writerPhraseGate.test(parsed.text.slice(0, WRITER_PROBE_LENGTH)));
    }
    if (!mayHoldPhrase) continue;
    probe ??= parsed.text.slice(0, WRITER_PROBE_LENGTH).toLowerCase();
    const text = probe;
    if (w.phrases.some((p) => text.includes(p))) out.add(w.id);
  }
  return out;
}

/** The host that answered, lower case: Remote-MTA, or "host X[ip] said:" in the diagnostic. */
export function remoteHost(r: RecipientReport): string | null {
  if (r.remoteMta) {
    // "lsean.ezweb.ne.jp. (192.0.2.1, the server for ...)": the name is the first word.
    const name = /^(?:dns;\s*)?\[?([a-z0-9][a-z0-9.-]{0,252})/i.exec(r.remoteMta.trim());
    return name?.[1] ? normalizeHost(name[1]) : null;
  }
  const m = /\bhost ([a-z0-9][a-z0-9.-]{0,252})\[/i.exec((r.diagnostic ?? "").slice(0, 400));
  return m?.[1] ? m[1].toLowerCase() : null;
}

const COMMAND_NAMES: Readonly<Record<string, string>> = {
  "rcpt to": "RCPT",
  rcpt: "RCPT",
  "mail from": "MAIL",
  mail: "MAIL",
  data: "DATA",
  "end of data": "DATA",
  helo: "HELO",
  ehlo: "HELO",
  "initial connection": "CONN",
  // qmail-remote: "Connected to 192.0.2.1 but my name was rejected." / "... but sender was rejected."
  "my name": "HELO",
  sender: "MAIL",
  // Postfix's smtp client: "host X[ip] refused to talk to me: REPLY" (older releases: "connect to
  // X[ip]: server refused to talk to me: REPLY") is its report of a greeting
  // that was no 220, or of a refused HELO/EHLO/LHLO (smtp_proto.c, smtp_helo): either way no
  // sender, recipient or content had been sent, and the stages' readings are the same
  // (stage-shifts.ts smtp.refused-at-connection and smtp.refused-at-helo).
  "refused to talk to me": "CONN",
};

/** After the reply: Postfix's "(in reply to RCPT TO command)". */
const AFTER_REPLY = /\(in reply to (rcpt to|mail from|end of data|data|helo|ehlo) command\)/i;
/**
 * Before the reply: DragonFly's "did not like our RCPT TO:", Exim's "SMTP error from remote
 * mail server after RCPT TO:<...>:" / "after end of data:", a Sendmail transcript's ">>> RCPT",
 * Postfix's "host X[ip] refused to talk to me:" (https://github.com/vdukhovni/postfix/blob/
 * b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtp/smtp_proto.c#L375).
 */
const BEFORE_REPLY =
  /(?:did not like our (rcpt to|mail from|data)|smtp error from remote (?:mail )?server after (rcpt to|mail from|end of data|data|initial connection|helo|ehlo)|^>>> (rcpt|mail|data|helo|ehlo)\b|but (my name|sender) was rejected|\](?::\d{1,5})?:? (?:server )?(refused to talk to me):)/gim;

/** How far around the diagnostic the command is looked for. */
const AFTER_WINDOW = 200;
const BEFORE_WINDOW = 400;

/**
 * The SMTP command a recipient's reply answered, when the parser left it unset but the text
 * around the reply names it (the nearest mention before the reply, or Postfix's note after it).
 */
export function commandFromText(text: string, r: RecipientReport): string | null {
  const span = r.spans.diagnostic;
  if (!span) return null;
  const after = AFTER_REPLY.exec(
    text.slice(span.start, Math.min(text.length, span.end + AFTER_WINDOW)),
  );
  if (after?.[1]) return COMMAND_NAMES[after[1].toLowerCase()] ?? null;
  const before = text.slice(Math.max(0, span.start - BEFORE_WINDOW), span.start);
  let last: string | null = null;
  BEFORE_REPLY.lastIndex = 0;
  for (let m = BEFORE_REPLY.exec(before); m; m = BEFORE_REPLY.exec(before)) {
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "").toLowerCase();
    last = COMMAND_NAMES[name] ?? last;
  }
  return last;
}

/** Sendmail's local mailers report in the transcript under their own name (mail.local(8), procmail). */
export const LOCAL_MAILER_LINE = /^(?:mail\.local|procmail|local|deliver|cyrus|lmtp|maildrop): /i;

/**
 * Sendmail's summary line of one recipient, after the transcript: "554 <a@b>... Remote protocol
 * error" (the address, "...", then the reason). A host's summary line ("421 example.edu
 * (smtp)... Deferred: ...") is not one: it reports the same session as the recipient under it.
 */
const SUMMARY_LINE = /^[245]\d\d <([^<>\s]{1,256})>\.\.\. ?(.{0,1000})/;

/** The address and reason of a recipient's summary line, blanks folded; null when the line is not one. */
function summaryOf(line: string): { address: string; words: string } | null {
  const m = SUMMARY_LINE.exec(line.trim());
  if (!m) return null;
  return {
    address: (m[1] ?? "").toLowerCase(),
    words: collapseWhitespace(m[2] ?? "")
      .trim()
      .toLowerCase(),
  };
}

/**
 * A line of the window after its first that LOCAL_MAILER_LINE reads (the same names, after a
 * line feed); the first line is asked of LOCAL_MAILER_LINE itself. Two patterns, not one with
 * "(?:^|\n)": a pattern that starts with a line feed is looked for at line feeds only, while
 * "^|" made irregexp try every position of the window.
 */
const LOCAL_MAILER_AFTER_LF = /\n(?:mail\.local|procmail|local|deliver|cyrus|lmtp|maildrop): /i;

/** How far before a diagnostic a Sendmail transcript's "<<<" reply line is looked for. */
const TRANSCRIPT_WINDOW = 600;

/**
 * The remote server's own reply in a Sendmail session transcript ("<<< 550 ..."), or a local
 * delivery agent's line ("mail.local: unknown user: bob"), when it sits
 * right before the recipient's summary line ("554 <a@b>... Remote protocol error"): the
 * server's words, which the summary replaces with Sendmail's own. Only the nearest such line,
 * and only when no other command (">>>") or summary line for another address lies between.
 */
export function transcriptReply(text: string, r: RecipientReport): string | null {
  const span = r.spans.diagnostic;
  if (!span) return null;
  const before = text.slice(Math.max(0, span.start - TRANSCRIPT_WINDOW), span.start);
  // Only a "<<<" reply line or a local delivery agent's line is ever returned: without one in
  // the window (most bounces have no transcript) the lines are not split and read.
  if (
    !before.includes("<<< ") &&
    !LOCAL_MAILER_LINE.test(before) &&
    !LOCAL_MAILER_AFTER_LF.test(before)
  )
    return null;
  const lines = before.split("\n");
  const lineEnd = text.indexOf("\n", span.start);
  const own = summaryOf(
    (lines[lines.length - 1] ?? "") + text.slice(span.start, lineEnd === -1 ? undefined : lineEnd),
  );
  // The last element is the start of the diagnostic's own line.
  for (let i = lines.length - 2, seen = 0; i >= 0 && seen < 3; i--, seen++) {
    const line = lines[i] ?? "";
    // Another recipient's summary line sits between: the transcript above explains that one,
    // unless it gives the very same words (one refusal of the session, as for a MAIL FROM
    // every recipient shares, summarised once per recipient).
    const other = summaryOf(line);
    if (other && other.address !== own?.address && other.words !== own?.words) return null;
    if (line.startsWith("<<< ")) {
      // A multi-line reply ("<<< 550-5.7.1 ...", "<<< 550 5.7.1 ..."): all its lines, in order.
      const reply: string[] = [line.slice(4, 4 + 1000)];
      let j = i - 1;
      for (; j >= 0 && reply.length < 20 && (lines[j] ?? "").startsWith("<<< "); j--)
        reply.unshift((lines[j] ?? "").slice(4, 4 + 1000));
      // The command it answered: a "RCPT To:" for another address makes it another recipient's.
      const command = (lines[j] ?? "").toLowerCase();
      const address = r.address?.toLowerCase();
      if (address && command.startsWith(">>> rcpt to:") && !command.includes(address)) return null;
      return reply.join(" ");
    }
    if (line.startsWith(">>> ") || line.trim() === "") return null;
    // A local delivery agent's own line in the transcript: "mail.local: unknown user: bob".
    if (LOCAL_MAILER_LINE.test(line)) return line.slice(0, 1000);
  }
  return null;
}
