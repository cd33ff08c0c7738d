// The sending programs' own words (Outlook for Windows, Nodemailer, Python smtplib, .NET
// SmtpClient, Jakarta Mail, Symfony Mailer, Ruby Net::SMTP, Go net/smtp, msmtp): each reads what
// its words say failed, a server's reply quoted inside the program's message still decides, the
// failed connection reads with the program's wording, and no needle meets the lab's real MTA
// output except the program's own.
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { CAUSES } from "@/lib/causes/causes";
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { CLIENT_WORDINGS } from "@/lib/knowledge/scoring/client-wordings";
import { SENDING_PROGRAMS } from "@/lib/knowledge/sending-programs";
import { foldLikeText } from "./fold";
import { ALL_SIGNATURES, type Needle } from "./index";

const PROGRAMS = [
  "outlook-desktop",
  "nodemailer",
  "python-smtplib",
  "dotnet-smtpclient",
  "jakarta-mail",
  "symfony-mailer",
  "ruby-net-smtp",
  "go-net-smtp",
  "msmtp",
  "swiftmailer",
  "ssmtp",
];

const ofProgram = (id: string) => PROGRAMS.some((p) => id.startsWith(`${p}.`));
const SIGNATURES = ALL_SIGNATURES.filter((s) => ofProgram(s.id));
const WORDINGS = CLIENT_WORDINGS.filter((w) => ofProgram(w.id));

async function read(text: string) {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { d, cause: r.cause, possible: (r.possible ?? []).map((p) => p.cause) };
}

const holds = (text: string, n: Needle) =>
  typeof n === "string" ? text.includes(n) : new RegExp(n.source, n.flags).test(text);

describe("sending programs' own words", () => {
  it("registers every program and names each entry after it", () => {
    for (const p of PROGRAMS) expect(SENDING_PROGRAMS).toContain(p);
    expect(SIGNATURES.length).toBeGreaterThan(0);
    for (const s of SIGNATURES) expect(s.id.startsWith(`${s.provider}.`), s.id).toBe(true);
    expect(WORDINGS.length).toBeGreaterThan(0);
  });

  it.each([
    // The program's words where no server said why.
    [
      "msmtp: cannot connect to smtp.example.com, port 587: Connection refused",
      "remote-unreachable",
    ],
    ["msmtp: the server does not support TLS via the STARTTLS command", "tls-required"],
    [
      "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 587; timeout -1",
      "remote-unreachable",
    ],
    ["jakarta.mail.MessagingException: Unknown SMTP host: smtp.example.com", "remote-unreachable"],
    ["javax.mail.MessagingException: Could not convert socket to TLS", "tls-required"],
    ["smtplib.SMTPNotSupportedError: STARTTLS extension not supported by server.", "tls-required"],
    // OpenSSL's reason inside the program's message: implicit TLS on a plain SMTP port.
    [
      "ssl.SSLError: [SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)",
      "tls-required",
    ],
    [
      "Error: 140736067958656:error:1408F10B:SSL routines:ssl3_get_record:wrong version number:../deps/openssl/openssl/ssl/record/ssl3_record.c:332:",
      "tls-required",
    ],
    ["System.Net.Mail.SmtpException: Server does not support secure connections.", "tls-required"],
    ["Net::SMTPUnsupportedCommand: STARTTLS is not supported on this server", "tls-required"],
    [
      "Symfony\\Component\\Mailer\\Exception\\TransportException: Unable to connect with STARTTLS.",
      "tls-required",
    ],
    ['Error: Missing credentials for "LOGIN"', "relay-denied"],
    [
      "jakarta.mail.AuthenticationFailedException: failed to connect, no password specified?",
      "relay-denied",
    ],
    [
      'Swift_TransportException: Failed to authenticate on SMTP server with username "me@example.com" using 2 possible authenticators',
      "relay-denied",
    ],
    [
      "Task 'mail.example.com - Sending' reported error (0x80042109) : 'Outlook cannot connect to your outgoing (SMTP) e-mail server. If you continue to receive this message, contact your server administrator or Internet service provider (ISP).'",
      "remote-unreachable",
    ],
    // The server's reply quoted inside the program's message decides.
    [
      "Error: Invalid login: 535 5.7.8 Error: authentication failed: authentication failure",
      "relay-denied",
    ],
    [
      "ssmtp: Authorization failed (535 5.7.8 Error: authentication failed: authentication failure)",
      "relay-denied",
    ],
    [
      "msmtp: recipient address nobody@example.com not accepted by the server\nmsmtp: server message: 550 5.1.1 <nobody@example.com>: Recipient address rejected: User unknown in local recipient table\nmsmtp: could not send mail (account default from /home/u/.msmtprc)",
      "recipient-unknown",
    ],
    [
      "System.Net.Mail.SmtpException: The SMTP server requires a secure connection or the client was not authenticated. The server response was: 5.7.0 Must issue a STARTTLS command first.",
      "tls-required",
    ],
    [
      "Sending reported error (0x800CCC78): Cannot send the message. Verify the e-mail address in your account properties. The server responded: 553 5.7.1 <me@example.com>: Sender address rejected: not owned by user other@example.com",
      "sender-address-invalid",
    ],
    [
      "javax.mail.MessagingException: Could not connect to SMTP host: smtp.example.com, port: 465;\n  nested exception is:\n\tjavax.net.ssl.SSLHandshakeException: PKIX path building failed: unable to find valid certification path to requested target",
      "tls-required",
    ],
  ])("%s reads %s", async (text, cause) => {
    expect((await read(text)).cause).toBe(cause);
  });

  it.each([
    ["Error: Greeting never received", ["tls-required", "remote-unreachable"]],
    [
      "smtplib.SMTPNotSupportedError: SMTP AUTH extension not supported by server.",
      ["tls-required", "relay-denied"],
    ],
    [
      "System.Net.Mail.SmtpException: Failure sending mail.",
      ["remote-unreachable", "tls-required", "relay-denied"],
    ],
    ['Expected response code "220" but got empty code.', ["tls-required", "remote-unreachable"]],
    [
      'Expected response code 220 but got code "", with message ""',
      ["tls-required", "remote-unreachable"],
    ],
    ["ssmtp: Cannot open smtp.example.com:465", ["remote-unreachable", "tls-required"]],
    // The inner exception says only that the connection closed: still the outer words' list.
    [
      "System.Net.Mail.SmtpException: Failure sending mail. ---> System.IO.IOException: Unable to read data from the transport connection: net_io_connectionclosed.",
      ["remote-unreachable", "tls-required", "relay-denied"],
    ],
    [
      "Sending reported error (0x800ccc78): Cannot send the message. Verify the e-mail address in your account properties. The server responded: 550 Access Denied",
      ["relay-denied", "sender-address-invalid"],
    ],
  ])("%s names no cause and ranks what its words leave", async (text, causes) => {
    const r = await read(text);
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, causes.length)).toEqual(causes);
  });

  it.each([
    "msmtp: cannot connect to smtp.example.com, port 25: Connection timed out",
    "com.sun.mail.util.MailConnectException: Couldn't connect to host, port: smtp.example.com, 25; timeout -1",
    "Outlook is unable to connect to your outgoing (SMTP) e-mail server.",
  ])("says the program could not reach its own outgoing server: %s", async (text) => {
    const { d, cause } = await read(text);
    expect(cause).toBe("remote-unreachable");
    const info = causeInfoFor(cause, await parseBounce(text), evidenceRuleIds(d));
    expect(info.title).not.toBe(CAUSES["remote-unreachable"].title);
  });
});

describe("the programs' needles and the lab's real MTA output", () => {
  const LAB = fileURLToPath(new URL("../lab/fixtures", import.meta.url));
  const files = readdirSync(LAB).flatMap((dir) =>
    statSync(join(LAB, dir)).isDirectory()
      ? readdirSync(join(LAB, dir)).map((f) => `${dir}/${f}`)
      : [],
  );

  it("meet none of it but msmtp's own refused connection", () => {
    const met: string[] = [];
    for (const f of files) {
      const text = foldLikeText(readFileSync(join(LAB, f), "utf8"));
      for (const s of SIGNATURES)
        if ([...s.match].some((n) => holds(text, n))) met.push(`${f} ${s.id}`);
      for (const w of WORDINGS) if (w.match.some((n) => holds(text, n))) met.push(`${f} ${w.id}`);
    }
    // The lab's msmtp run against a closed port (real output): the program's own report.
    expect(met).toEqual(["msmtp/connection-refused.txt msmtp.cannot-connect.en"]);
  });
});
