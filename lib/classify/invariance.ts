// Invariance: the cause of a server reply must not depend on how it was pasted. Each reply is
// pasted in the ways people paste it (the bare line; with "<address>:" before it; inside a
// Postfix RFC 3464 bounce, an Exim bounce, a Sendmail bounce, an Exchange Online NDR, a Gmail
// bounce; Microsoft 365's NDR as displayed; a Gmail or Exchange bounce forwarded from a mail
// client; quoted with "> " and wrapped at 72 columns; with CRLF; and, for a refusal with a code,
// a Postfix log line, Sendmail's transcript of it over several lines, a Python smtplib
// exception and Go's net/smtp error) and every paste must give the cause of the bare line. Used by scripts/eval-invariance.ts and its Vitest test.
import { collapseWhitespace } from "@/lib/bounce/blank";
import { parseBounce } from "@/lib/bounce/parse";
import { PROVIDER_TABLES } from "@/lib/knowledge/providers";
import { CONCEPTS } from "@/lib/knowledge/scoring/concepts";
import { POSSIBILITY_WORDINGS } from "@/lib/knowledge/scoring/possibility-wordings";
import { ALL_SIGNATURES } from "@/lib/knowledge/signatures";
import { classify } from "./classify";

export interface Paste {
  name: string;
  text: string;
}

const RCPT = "someone@example.com";
const HOST = "mx.example.com";
const IP = "192.0.2.1";

/** Words wrapped at `width` columns, each line with `prefix`. */
function wrap(text: string, width: number, prefix: string): string {
  const out: string[] = [];
  for (const para of text.split("\n")) {
    let line = "";
    for (const word of para.split(" ")) {
      if (line !== "" && prefix.length + line.length + 1 + word.length > width) {
        out.push(prefix + line);
        line = word;
      } else line = line === "" ? word : `${line} ${word}`;
    }
    out.push(prefix + line);
  }
  return out.join("\n");
}

function postfixDsn(reply: string): string {
  return [
    "From: MAILER-DAEMON@mail.example.net (Mail Delivery System)",
    "To: sender@example.net",
    "Subject: Undelivered Mail Returned to Sender",
    "MIME-Version: 1.0",
    'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
    "",
    "--B1",
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "This is the mail system at host mail.example.net.",
    "",
    "I'm sorry to have to inform you that your message could not",
    "be delivered to one or more recipients. It's attached below.",
    "",
    "                   The mail system",
    "",
    wrap(
      `<${RCPT}>: host ${HOST}[${IP}] said: ${reply} (in reply to RCPT TO command)`,
      78,
      "    ",
    ).replace(/^ {4}/, ""),
    "",
    "--B1",
    "Content-Type: message/delivery-status",
    "",
    "Reporting-MTA: dns; mail.example.net",
    "",
    `Final-Recipient: rfc822; ${RCPT}`,
    `Original-Recipient: rfc822;${RCPT}`,
    "Action: failed",
    "Status: 5.0.0",
    `Remote-MTA: dns; ${HOST}`,
    wrap(`Diagnostic-Code: smtp; ${reply}`, 78, "    ").replace(/^ {4}/, ""),
    "",
    "--B1--",
    "",
  ].join("\n");
}

function eximBounce(reply: string): string {
  return [
    "From: Mail Delivery System <Mailer-Daemon@mail.example.net>",
    "To: sender@example.net",
    "Subject: Mail delivery failed: returning message to sender",
    "",
    "This message was created automatically by mail delivery software.",
    "",
    "A message that you sent could not be delivered to one or more of its",
    "recipients. This is a permanent error. The following address(es) failed:",
    "",
    `  ${RCPT}`,
    `    host ${HOST} [${IP}]`,
    `    SMTP error from remote mail server after RCPT TO:<${RCPT}>:`,
    `    ${reply}`,
    "",
    "------ This is a copy of the message, including all the headers. ------",
    "",
    "Subject: hello",
    "",
  ].join("\n");
}

function sendmailBounce(reply: string): string {
  return [
    "From: Mail Delivery Subsystem <MAILER-DAEMON@mail.example.net>",
    "To: <sender@example.net>",
    "Subject: Returned mail: see transcript for details",
    "",
    "The original message was received at Fri, 4 Dec 2026 10:00:00 GMT",
    "from localhost [127.0.0.1]",
    "",
    "   ----- The following addresses had permanent fatal errors -----",
    `<${RCPT}>`,
    `    (reason: ${reply})`,
    "",
    "   ----- Transcript of session follows -----",
    `... while talking to ${HOST}.:`,
    `>>> RCPT To:<${RCPT}>`,
    `<<< ${reply}`,
    "554 5.0.0 Service unavailable",
    "",
  ].join("\n");
}

function exchangeNdr(reply: string): string {
  return [
    "From: postmaster@example.onmicrosoft.com",
    "To: sender@example.net",
    "Subject: Undeliverable: hello",
    "",
    "Delivery has failed to these recipients or groups:",
    "",
    RCPT,
    "A problem occurred while delivering this message to this email address. Try sending this message again. If the problem continues, contact your helpdesk.",
    "",
    "Diagnostic information for administrators:",
    "",
    "Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com",
    "",
    RCPT,
    `Remote Server returned '${reply}'`,
    "",
    "Original message headers:",
    "",
    "Subject: hello",
    "",
  ].join("\n");
}

function gmailBounce(reply: string): string {
  return [
    "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
    "To: sender@gmail.com",
    "Subject: Delivery Status Notification (Failure)",
    "",
    "** Address not found **",
    "",
    `Your message wasn't delivered to ${RCPT} because the address couldn't be found, or is unable to receive mail.`,
    "",
    "The response from the remote server was:",
    reply,
    "",
  ].join("\n");
}

/** Microsoft 365's NDR as a mail client displays it and a person copies it (no DSN part). */
function office365Displayed(reply: string): string {
  return [
    `Your message to ${RCPT} couldn't be delivered.`,
    "",
    "Action Required                         Recipient",
    "",
    "More Info for Email Admins",
    "",
    "Original Message Details",
    "Created Date:    12/4/2026 10:00:00 AM",
    "Sender Address:    sender@example.net",
    `Recipient Address:    ${RCPT}`,
    "Subject:    hello",
    "",
    "Error Details",
    `Reported error:    ${reply}`,
    "DSN generated by:    AM0PR01MB1234.eurprd01.prod.exchangelabs.com",
    "",
  ].join("\n");
}

/** A bounce forwarded from a mail client: the client's divider and the bounce's own fields. */
/**
 * A refusal's code, status and words, when it opens with one: "550 5.7.1 words" (a 4xx or 5xx
 * code as RFC 5321 section 4.2 writes them, second digit 0-5).
 */
const CODED = /^([45][0-5]\d)[ -](?:([245]\.\d{1,3}\.\d{1,3}) )?(.*)$/;

/**
 * The reply as the server sent it over several lines (RFC 5321 section 4.2.1: "550-" on each
 * line but the last), its words wrapped at 60 columns, each line with its status; null for
 * words with no code.
 */
function replyLines(
  reply: string,
): { code: string; status: string | null; lines: string[] } | null {
  const m = CODED.exec(reply);
  if (!m) return null;
  const status = m[2] ? `${m[2]} ` : "";
  const chunks = wrap(m[3]!, 60, "").split("\n");
  return { code: m[1]!, status: m[2] ?? null, lines: chunks.map((c) => `${status}${c}`) };
}

/** Sendmail's transcript of a multi-line reply: each line marked "<<< " (usersmtp.c). */
function sendmailTranscript(reply: string): string | null {
  const r = replyLines(reply);
  if (!r) return null;
  return [
    "   ----- Transcript of session follows -----",
    `... while talking to ${HOST}.:`,
    `>>> RCPT To:<${RCPT}>`,
    ...r.lines.map((l, i) => `<<< ${r.code}${i < r.lines.length - 1 ? "-" : " "}${l}`),
    // Sendmail's own summary line after the transcript, as in sendmailBounce.
    "554 5.0.0 Service unavailable",
  ].join("\n");
}

/**
 * The exception Python's smtplib raises, as a program's log prints it: each line's code cut and
 * the rest joined by "\n" in a bytes literal (CPython Lib/smtplib.py getreply).
 */
function pythonSmtplib(reply: string): string | null {
  const r = replyLines(reply);
  if (!r) return null;
  const literal = r.lines.map((l) => l.replace(/\\/g, "\\\\").replace(/'/g, "\\'")).join("\\n");
  return `smtplib.SMTPRecipientsRefused: {'${RCPT}': (${r.code}, b'${literal}')}`;
}

/**
 * The error Go's net/smtp returns, as a program's log prints it, for a reply with a status:
 * net/textproto's ReadResponse keeps the first line's words after the code and joins each next
 * line's words, status included, with "\n" (textproto.Error prints "%03d %s").
 */
function goTextproto(reply: string): string | null {
  const r = replyLines(reply);
  // Without a status, the lines after the first are bare words at the margin: nothing tells
  // them from the log's next line, for any reader. With one, each line opens with it.
  if (!r || r.status === null) return null;
  return `2026/12/04 10:00:00 smtp send failed: ${r.code} ${r.lines.join("\n")}`;
}

/**
 * Postfix's delivery log line for the refusal (smtp's "status=bounced (host X said: ...)"), for
 * a reply with a code: what follows "said:" is always the server's reply.
 */
function postfixLog(reply: string): string {
  return (
    `Dec  4 10:00:00 mail postfix/smtp[1234]: 4F2A1C0123: to=<${RCPT}>, relay=${HOST}[${IP}]:25, ` +
    `delay=1.2, delays=0.1/0/0.5/0.6, dsn=5.0.0, status=bounced (host ${HOST}[${IP}] said: ` +
    `${reply} (in reply to RCPT TO command))`
  );
}

function forwarded(divider: string, fields: string[], bounce: string): string {
  const body = bounce.slice(bounce.indexOf("\n\n") + 2);
  return ["Can you look at this?", "", divider, ...fields, "", body].join("\n");
}

/** The ways one reply line is pasted, the bare line first. */
export function pastes(reply: string): Paste[] {
  const line = collapseWhitespace(reply).trim();
  return [
    { name: "bare", text: line },
    { name: "address", text: `<${RCPT}>: ${line}` },
    { name: "postfix", text: postfixDsn(line) },
    { name: "exim", text: eximBounce(line) },
    { name: "sendmail", text: sendmailBounce(line) },
    { name: "exchange", text: exchangeNdr(line) },
    { name: "gmail", text: gmailBounce(line) },
    { name: "office365-displayed", text: office365Displayed(line) },
    {
      name: "gmail-forwarded",
      text: forwarded(
        "---------- Forwarded message ---------",
        [
          "From: Mail Delivery Subsystem <mailer-daemon@googlemail.com>",
          "Date: Fri, 4 Dec 2026 at 10:00",
          "Subject: Delivery Status Notification (Failure)",
          "To: <sender@gmail.com>",
        ],
        gmailBounce(line),
      ),
    },
    {
      name: "outlook-forwarded",
      text: forwarded(
        "-----Original Message-----",
        [
          "From: postmaster@example.onmicrosoft.com",
          "Sent: Friday, December 4, 2026 10:00 AM",
          "To: sender@example.net",
          "Subject: Undeliverable: hello",
        ],
        exchangeNdr(line),
      ),
    },
    { name: "quoted", text: wrap(line, 72, "> ") },
    { name: "crlf", text: `${line}\r\n` },
    ...optional("postfix-log", CODED.test(line) ? postfixLog(line) : null),
    ...optional("sendmail-transcript", sendmailTranscript(line)),
    ...optional("python-smtplib", pythonSmtplib(line)),
    ...optional("go-textproto", goTextproto(line)),
  ];
}

/** A paste that exists only for some replies (those with a code). */
function optional(name: string, text: string | null): Paste[] {
  return text === null ? [] : [{ name, text }];
}

export interface InvarianceCase {
  /** Where the reply comes from (a catalog id, a corpus file). */
  id: string;
  reply: string;
}

export interface InvarianceResult {
  id: string;
  reply: string;
  bare: string;
  /** Pastes whose cause differs from the bare line's. */
  changed: { name: string; cause: string }[];
}

/**
 * Every catalog example that is a server's reply on its own: signature examples and provider
 * table examples whose reading does not depend on who wrote the bounce, which host answered or
 * which stage it answered, or whose recipient domain is the reporting server's (those are bound to a context by design), and every concept and possibility-wording example.
 */
export function catalogCases(): InvarianceCase[] {
  const out: InvarianceCase[] = [];
  for (const s of ALL_SIGNATURES) {
    if (s.writers || s.rhosts || s.commands || s.recipientDomain || s.scope === "text") continue;
    out.push({ id: s.id, reply: s.example });
  }
  for (const t of PROVIDER_TABLES) {
    for (const e of t.phrases)
      if (e.scope === "any" && !e.commands && !e.recipientDomain)
        out.push({ id: e.id, reply: e.example });
  }
  for (const c of CONCEPTS)
    c.examples.forEach((e, i) => out.push({ id: `${c.id}.${i + 1}`, reply: e.text }));
  for (const w of POSSIBILITY_WORDINGS)
    w.examples.forEach((e, i) => out.push({ id: `${w.id}.${i + 1}`, reply: e.text }));
  return out;
}

/** Every recipient diagnostic (the server's words) of the messages in a corpus folder. */
export async function corpusCases(
  files: readonly { name: string; bytes: Uint8Array }[],
): Promise<InvarianceCase[]> {
  const out: InvarianceCase[] = [];
  for (const f of files) {
    const parsed = await parseBounce(f.bytes);
    parsed.recipients.forEach((r, i) => {
      const words = r.diagnostic?.trim();
      if (words) out.push({ id: `${f.name}#${i + 1}`, reply: words });
    });
  }
  return out;
}

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

export async function checkInvariance(c: InvarianceCase): Promise<InvarianceResult> {
  const [bare, ...rest] = pastes(c.reply);
  const bareCause = await causeOf(bare!.text);
  const changed: InvarianceResult["changed"] = [];
  for (const p of rest) {
    const cause = await causeOf(p.text);
    if (cause !== bareCause) changed.push({ name: p.name, cause });
  }
  return { id: c.id, reply: c.reply, bare: bareCause, changed };
}
