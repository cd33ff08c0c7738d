// qmail's delivery log, brought back to the report qmail-remote (or qmail-local) wrote. People
// paste these lines from a server's log when no bounce came back to them, or copy them into a
// mail ("BTW, I still get errors from mails to you: ...").
//
// qmail-send logs a finished delivery as "delivery D: failure: REPORT" (or "deferral:",
// "success:"), and writes REPORT through logsafe() (qsutil.c): each newline becomes "/" and every
// character it deems unsafe (a space, "%", a control or non-ASCII byte) becomes "_":
//   delivery 5: failure: 130.57.1.11_does_not_like_recipient./Remote_host_said:_550_5.1.1_<a@b>_is_not_a_valid_mailbox./Giving_up_on_130.57.1.11./
// The recipient is not on that line but on the one that started the delivery:
//   starting delivery 5: msg 161214 to remote a@b
// (qmail-log(5), DELIVERIES). Read as it is, the report is one long word: no reply code stands
// alone and no phrase matches. Restored, it is the same text qmail-send puts in its own bounce
// ("<a@b>:" then the report's lines), which the parser already reads.
//
// Sources: notqmail qsutil.c logsafe() and qmail-send.c (the "delivery D: failure: " lines),
// https://github.com/notqmail/notqmail/blob/2bb6d4f90ec14a0af26d6aecd3546acf9478e78f/qsutil.c ;
// qmail-log(5), http://www.chiark.greenend.org.uk/ucgi/~mdw/git/qmail/blob_plain/2117e02ec495fdfd6e96b39778b701a5bcff8aa5:/qmail-log.5 .
// Real text: a report in this form quoted on the linux-kernel list in 2005 ("<petero2@telia.com>:
// 81.228.8.84_does_not_like_recipient./Remote_host_said:_553_RCPT_TO:<petero2@telia.com>_refused/G
// iving_up_on_81.228.8.84./", wrapped by the mail client), and multilog output with tai64n stamps
// ("@40000000419f13a508f3214c delivery 5: failure: 130.57.1.11_does_not_like_recipient./...").

import { holdsLiteral, literal, type Literal } from "./find-literal";

/** qmail-send's line for a delivery that ended in a failure or a deferral: group 1 its number, group 2 the report. */
const DELIVERY_RESULT = /\bdelivery (\d{1,10}): (?:failure|deferral): (\S{1,10000})/g;

/** The line that started a delivery: group 1 its number, group 2 the recipient. */
const DELIVERY_START =
  /\bstarting delivery (\d{1,10}): msg \d{1,20} to (?:local|remote) (\S{1,512})/g;

/**
 * qmail-remote's own sentences as logsafe() leaves them. A report copied without its "delivery
 * D:" prefix (a quote in a mail) is recognised by them (qmail-remote.c: "does not like
 * recipient.", "Remote host said: ", "Giving up on ").
 */
const MANGLED_REMOTE_WORDS = [
  "_does_not_like_recipient./",
  "/Remote_host_said:_",
  "/Giving_up_on_",
];

/** MANGLED_REMOTE_WORDS prepared for indexOfLiteral (find-literal.ts), and the log's two results. */
const MANGLED_LITERALS = MANGLED_REMOTE_WORDS.map(literal);
const FAILURE = literal(": failure: ");
const DEFERRAL = literal(": deferral: ");

/** No report is longer (qmail-send's REPORTMAX is 10,000); a bound keeps a hostile paste linear. */
const MAX_TOKEN_CHARS = 10000;

/**
 * A report as logsafe() wrote it, with its newlines and blanks back. A "/" inside a word that
 * starts as a web address ("http://example.net/unblock") stays: the address is one word.
 * What logsafe() turned into "_" besides blanks ("%", non-ASCII) cannot be told apart and reads
 * as a blank.
 */
export function unmangleQmailReport(token: string): string {
  let out = "";
  let wordStart = 0;
  for (let i = 0; i < token.length; i++) {
    const c = token[i]!;
    if (c === "_") {
      out += " ";
      wordStart = out.length;
    } else if (c === "/" && !isWebAddress(out.slice(wordStart, wordStart + 8))) {
      out += "\n";
      wordStart = out.length;
    } else out += c;
  }
  return out;
}

/** Whether a word starts as a web address (its first characters are enough: a bounded look). */
function isWebAddress(word: string): boolean {
  return /^(?:https?:|www\.)/i.test(word);
}

/**
 * The text with each qmail delivery failure or deferral written as qmail-send's bounce would
 * write it ("<recipient>:" when the log names it, then the report's lines), and qmail-remote
 * reports quoted without their log prefix unmangled in place. Text without them is returned as
 * it is.
 */
export function restoreQmailLogReports(text: string): string {
  // Searched for with indexOfLiteral, not includes: this runs over every paste, and V8's
  // search for a long string cost more than the rest of the function (find-literal.ts).
  const hasDelivery = holdsLiteral(text, FAILURE) || holdsLiteral(text, DEFERRAL);
  const hasMangled = text.indexOf("_") !== -1 && holdsOneOf(text, MANGLED_LITERALS);
  if (!hasDelivery && !hasMangled) return text;
  let restored = text;
  if (hasDelivery) restored = restoreDeliveryLines(restored);
  if (hasMangled) restored = restoreQuotedReports(restored);
  return restored;
}

/** Whether the text holds one of the literals. */
function holdsOneOf(text: string, literals: readonly Literal[]): boolean {
  for (let k = 0; k < literals.length; k++) if (holdsLiteral(text, literals[k]!)) return true;
  return false;
}

function restoreDeliveryLines(text: string): string {
  const recipients = new Map<string, string>();
  DELIVERY_START.lastIndex = 0;
  for (let m = DELIVERY_START.exec(text); m !== null; m = DELIVERY_START.exec(text))
    recipients.set(m[1]!, m[2]!);
  DELIVERY_RESULT.lastIndex = 0;
  return text.replace(DELIVERY_RESULT, (_all, number: string, report: string) => {
    const recipient = recipients.get(number);
    const lines = withoutTrailingNewlines(unmangleQmailReport(report));
    // The log line's own words stay (a reader knows it as a log line); the report follows on
    // its own lines, after the recipient the way qmail-send's bounce names it.
    return `delivery ${number}:\n${recipient ? `<${recipient}>:\n` : ""}${lines}\n`;
  });
}

/**
 * The text without the newlines it ends with. A loop, not /\n+$/: that pattern retries from
 * every newline of a long run that does not end the text ("////...x"), quadratic in the run.
 */
function withoutTrailingNewlines(text: string): string {
  let end = text.length;
  while (end > 0 && text[end - 1] === "\n") end--;
  return text.slice(0, end);
}

/**
 * Whitespace-free runs holding qmail-remote's mangled words, unmangled where they stand; not a
 * "success:" report (its "Remote host said: 250 ok" is no refusal, and stays one word).
 */
function restoreQuotedReports(text: string): string {
  return text.replace(/\S{1,10000}/g, (token: string, at: number) =>
    token.length < MAX_TOKEN_CHARS &&
    !text.startsWith("success: ", at - 9) &&
    token.includes("_") &&
    MANGLED_REMOTE_WORDS.some((w) => token.includes(w))
      ? unmangleQmailReport(token)
      : token,
  );
}
