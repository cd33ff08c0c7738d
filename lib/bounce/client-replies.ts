// Replies quoted by a program's SMTP client in its own notation, brought back to the lines the
// server sent. People paste these from application logs as often as bounces: a web app's
// "could not send" error is the only report a developer has.
//
// Python's smtplib (CPython Lib/smtplib.py, SMTP.getreply) keeps a reply as a (code, message)
// pair: it cuts each line's first four characters (the code and its "-" or " ") and joins what
// is left with b"\n". Its exceptions carry the pair (SMTPResponseException.args = (code, msg);
// SMTPSenderRefused adds the sender; SMTPRecipientsRefused a {recipient: (code, msg)} dict),
// and printing one writes the message as a bytes literal: "(550, b'5.7.1 ... is\n5.7.1 likely
// unsolicited mail ...')". Read as it is, only the first line's words follow a code and the
// "\n" escapes run through the server's sentences. Python 2 and aiosmtplib print the message
// as a str literal: "(550, '5.1.1 ...')".

import { restoreDotNetReplies } from "./dotnet-replies";
import { restoreQmailLogReports } from "./qmail-log";

/** "(550, b'" or "(550, '" (or with double quotes): group 1 the code, group 2 the quote. */
const PAIR_OPEN = /\(([2-5]\d\d), b?(['"])/g;

/** The bytes a literal spells with "\xHH", read as UTF-8 (invalid sequences become U+FFFD). */
const UTF8 = new TextDecoder("utf-8");

/** No reply printed by a client runs longer; a bound keeps a hostile paste linear. */
const MAX_LITERAL_CHARS = 8192;

/**
 * A literal's text with Python's escapes read ("\n", "\t", "\r", "\\", "\'", '\"', "\xHH"), and
 * where it ends; a null value where it does not close on its line, with where the reading
 * stopped (no pair opened before that point can close either: the scan moves on from there).
 */
function readLiteral(
  text: string,
  from: number,
  quote: string,
): { value: string | null; end: number } {
  const limit = Math.min(text.length, from + MAX_LITERAL_CHARS);
  const bytes: number[] = [];
  let out = "";
  const flush = () => {
    if (bytes.length === 0) return;
    out += UTF8.decode(Uint8Array.from(bytes));
    bytes.length = 0;
  };
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === quote) {
      flush();
      return { value: out, end: i + 1 };
    }
    if (c === "\n") return { value: null, end: i }; // a literal is printed on one line
    if (c !== "\\" || i + 1 >= limit) {
      flush();
      out += c;
      continue;
    }
    const next = text[++i]!;
    if (next === "x" && /^[0-9a-fA-F]{2}$/.test(text.slice(i + 1, i + 3))) {
      // A byte outside printable ASCII: the reply's UTF-8 (or Latin-1) bytes, in order.
      bytes.push(parseInt(text.slice(i + 1, i + 3), 16));
      i += 2;
      continue;
    }
    flush();
    out += next === "n" ? "\n" : next === "t" ? "\t" : next === "r" ? "" : next;
  }
  return { value: null, end: limit };
}

/**
 * The text with the replies a program's SMTP client quoted in its own notation brought back to
 * the server's lines: .NET's (./dotnet-replies.ts) and Python's (restorePythonReplies); and
 * qmail's delivery log lines brought back to the report they mangle (./qmail-log.ts).
 */
export function restoreClientReplies(text: string): string {
  return restorePythonReplies(restoreDotNetReplies(restoreQmailLogReports(text)));
}

/**
 * Whether the text holds ", b'", ', b"', ", '" or ', "' (a pair's opening has one): one search
 * for ", " and a look at what follows each, instead of a search of the whole text for each of
 * the four (0.6 us a message on the dev corpus, most of it for texts with none).
 */
function holdsPairOpening(text: string): boolean {
  for (let at = text.indexOf(", "); at !== -1; at = text.indexOf(", ", at + 2)) {
    let c = text.charCodeAt(at + 2);
    if (c === 0x62) c = text.charCodeAt(at + 3); // b
    if (c === 0x27 || c === 0x22) return true; // ' or "
  }
  return false;
}

/**
 * The text with each (code, message) pair a Python SMTP client printed rewritten as the reply's
 * lines ("550-5.7.1 first line" ... "550 5.7.1 last line"), the pair's other items after a blank
 * line. Text without such a pair is returned as it is.
 */
function restorePythonReplies(text: string): string {
  if (!holdsPairOpening(text)) return text;
  let out = "";
  let copied = 0;
  PAIR_OPEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = PAIR_OPEN.exec(text)) !== null) {
    const literal = readLiteral(text, PAIR_OPEN.lastIndex, m[2]!);
    if (literal.value === null) {
      PAIR_OPEN.lastIndex = Math.max(PAIR_OPEN.lastIndex, literal.end);
      continue;
    }
    const lines = literal.value.split("\n");
    const reply = lines
      .map((line, k) => `${m![1]}${k < lines.length - 1 ? "-" : " "}${line}`)
      .join("\n");
    out += text.slice(copied, m.index) + reply + "\n\n";
    // What closes the pair (")", ", 'sender@example.org')") stays, after a blank line: a reply
    // ends at one, so the pair's rest is not read as the reply's wrapped last line.
    copied = literal.end;
    PAIR_OPEN.lastIndex = literal.end;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
