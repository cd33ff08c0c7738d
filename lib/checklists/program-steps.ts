// Steps for a failure between the sender and its own outgoing server, where the words are a
// sending program's (lib/knowledge/sending-programs.ts) or name a submission port: a failed TLS
// set-up (review 25, finding 8), and the check-first steps that tell a program's possible causes
// apart (it could not connect, its login was refused, or its encryption failed). The receiving
// side was never reached, so none of them looks at the recipient's domain or a receiver's
// demands. Sources: RFC 8314 §3.3 (port 465 starts with TLS; 587 with STARTTLS, RFC 3207 and
// RFC 6409), RFC 7817 (a submission client checks the certificate against the host name it was
// set to use), PHPMailer's troubleshooting guide (a current CA bundle, configured for PHP).
import {
  evidenceRuleIds,
  isProgramReport,
  isSubmissionTls,
  PROGRAM_FAILURE_CAUSES,
  senderSideCauses,
} from "@/lib/causes/connection-variants";
import type { CauseId } from "@/lib/causes/causes";
import type { Facts } from "@/lib/rules";
import type { CheckFirst } from "./check-first";
import type { EvidenceStep, ItemTemplate } from "./types";

const RFC8314 = {
  label: "RFC 8314 §3.3: submission over TLS (465) and STARTTLS (587)",
  url: "https://www.rfc-editor.org/rfc/rfc8314#section-3.3",
};

/** tls-required's steps where the TLS that failed was the program's with its own server. */
export const SUBMISSION_TLS_STEPS: ItemTemplate[] = [
  {
    id: "submission-tls.port-and-encryption",
    title: "Match the encryption setting to the port",
    detail:
      "Port 465 starts encrypted at once (often called SSL or SMTPS), port 587 starts plain and switches to encryption with STARTTLS (often called TLS). The program's encryption setting must be the one its port expects: STARTTLS on 465, or SSL on 587, fails before any mail is sent. Use the port and setting your mail provider documents.",
    kind: "verify",
    actor: "sender",
    link: RFC8314,
  },
  {
    id: "submission-tls.host-name",
    title: "Use the server name your provider documents",
    detail:
      "The program checks the server's certificate against the host name it is set to connect to. An IP address, or a name of your own that points at the provider's server (mail.yourdomain), is not on the provider's certificate and fails that check: set the outgoing server to the exact name your provider gives.",
    kind: "verify",
    actor: "sender",
    link: {
      label: "RFC 7817: server identity check for mail submission",
      url: "https://www.rfc-editor.org/rfc/rfc7817",
    },
  },
  {
    id: "submission-tls.trust-store",
    title: "Update the trusted certificates where the program runs",
    detail:
      '"unable to get local issuer certificate" and "certificate verify failed" mean the machine the program runs on does not know the authority that signed the server\'s certificate: its list of trusted certificates (CA bundle) is out of date, or the program does not read it (PHP: openssl.cafile in php.ini). Update the system\'s CA certificates and point the program at them; leave certificate checking on. If the server is your own with a self-signed certificate, give it a certificate from a public authority.',
    kind: "fix",
    actor: "sender",
    link: {
      label: "PHPMailer troubleshooting: certificate verification failure",
      url: "https://github.com/PHPMailer/PHPMailer/wiki/Troubleshooting#certificate-verification-failure",
    },
  },
];

/** Whether tls-required's steps are the program's own (see isSubmissionTls). */
export function submissionTls(facts: Facts): boolean {
  const d = facts.diagnosis;
  return !!d && isSubmissionTls(d.parsed, evidenceRuleIds(d));
}

/**
 * The check-first steps where a sending program's own report leaves several of its failures
 * possible (PROGRAM_FAILURE_CAUSES): each looks at the program's settings, never at the
 * recipient's domain or a receiver's TLS demand.
 */
export const PROGRAM_CHECK_FIRST: Partial<Record<CauseId, CheckFirst>> = {
  "remote-unreachable": {
    from: "user",
    title: "Check that the program can reach its outgoing server",
    detail:
      "Compare the outgoing (SMTP) server name and port in the program's settings with what your mail provider documents, and check that the network, a firewall or a security program lets that port out. If the program cannot open a connection at all, this is the cause.",
    kind: "verify",
  },
  "relay-denied": {
    from: "user",
    title: "Check the login in the program's outgoing server settings",
    detail:
      "The outgoing server must be your mail provider's, and the program must log in to it with a user name and password (or app password) it accepts, for the same account as your sender address. If the program connects but its login or its sender is refused, this is the cause; the program's log or debug output shows the server's reply.",
    kind: "verify",
  },
  "tls-required": {
    from: "user",
    title: "Check the program's encryption setting against its port",
    detail:
      "Port 465 starts encrypted at once, port 587 starts plain and switches with STARTTLS; the program's setting must match its port, and it must trust the server's certificate. If the connection fails as encryption starts, this is the cause.",
    kind: "verify",
    link: RFC8314,
  },
};

/** The check-first entry for a program's own failure, where the words are one (else null). */
export function programCheckFirst(cause: CauseId, facts: Facts): CheckFirst | null {
  const d = facts.diagnosis;
  if (!d || senderSideCauses(d, evidenceRuleIds(d)) !== PROGRAM_FAILURE_CAUSES) return null;
  return PROGRAM_CHECK_FIRST[cause] ?? null;
}

/**
 * The steps that help whatever the cause, for a program's own error (isProgramReport): there is
 * no bounce to paste, and a test message's SPF and DKIM say nothing of a failure that happened
 * before any mail left. The program's full error, with the server's reply, does say.
 */
export const PROGRAM_UNKNOWN_STEPS: ItemTemplate[] = [
  {
    id: "unknown.program-error",
    title: "Get the program's full error",
    detail:
      "The short message names no cause; the program's log or debug output shows the outgoing server's own reply, which does (PHPMailer: SMTPDebug set to 2; a mail client: its error details or log). Paste that here, with the outgoing server, port and encryption the program is set to use.",
    kind: "verify",
    actor: "sender",
  },
];

/** Whether the text is a program's own error, not a bounce (isProgramReport). */
export function programReport(facts: Facts): boolean {
  const d = facts.diagnosis;
  return !!d && isProgramReport(d, evidenceRuleIds(d));
}

/**
 * The login step where Postfix's login at its relay host was refused ("SASL authentication
 * failed; server ... said: 535", src/smtp/smtp_sasl_glue.c): the user name and password are in
 * Postfix's SASL password table, not in a program's settings. Postfix SASL Howto, "Enabling SASL
 * authentication in the Postfix SMTP/LMTP client".
 */
export const POSTFIX_LOGIN_STEP: EvidenceStep["item"] = {
  id: "login-refused.postfix-sasl",
  title: "Fix the login Postfix uses at its relay host",
  detail:
    "Postfix logged in to the relay host it sends through, and the relay refused the user name and password. They are in the table smtp_sasl_password_maps names (often /etc/postfix/sasl_passwd), on the line for the relay exactly as relayhost writes it ([host]:587): check the user name and the password (or app password) there, run postmap on the file after any change, and reload Postfix. smtp_sasl_auth_enable must be yes, and smtp_sasl_security_options must allow the login method the relay offers.",
  kind: "fix",
  actor: "sender-admin",
  link: {
    label: "Postfix SASL Howto: SASL in the Postfix SMTP client",
    url: "https://www.postfix.org/SASL_README.html#client_sasl",
  },
};
