// Python's smtplib (Lib/smtplib.py) raises exceptions whose text people paste from a script's
// traceback: "smtplib.SMTPAuthenticationError: (535, b'5.7.8 ...')", SMTPRecipientsRefused with
// a dict of the server's replies, SMTPSenderRefused (code, reply, sender). Those carry the
// server's reply and read right through it. These entries are smtplib's own messages, raised
// where no server said why.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const SMTPLIB =
  "https://github.com/python/cpython/blob/37bfecd2bc71961cbb30b28af3982159ca04601c/Lib/smtplib.py";

export const PYTHON_SMTPLIB_SIGNATURES: Signature[] = [
  {
    // starttls(): raised when the server's EHLO reply does not list STARTTLS
    // (SMTPNotSupportedError since Python 3.5, SMTPException before; the same words).
    id: "python-smtplib.starttls-not-supported",
    provider: "python-smtplib",
    match: ["starttls extension not supported by server"],
    replyCode: "none",
    cause: "tls-required",
    confidence: 0.8,
    source: SMTPLIB,
    example: "STARTTLS extension not supported by server.",
    note: "The script calls starttls() but the server does not offer STARTTLS on that port: port 465 needs smtplib.SMTP_SSL (TLS from the start), and a server that offers no TLS at all cannot give the script the encryption it asks for.",
  },
];

export const PYTHON_SMTPLIB_WORDINGS: readonly PossibilityWording[] = [
  {
    // login(): raised when the server's EHLO reply lists no AUTH. Servers commonly offer AUTH
    // only after STARTTLS (Postfix's smtpd_tls_auth_only: "do not announce or accept SASL
    // authentication over unencrypted connections"), or the script talks to a relay port that
    // takes no logins: call starttls() before login(), or use the submission port.
    id: "python-smtplib.auth-not-supported",
    match: ["smtp auth extension not supported by server"],
    causes: ["tls-required", "relay-denied"],
    says: "the script's mail library (Python smtplib) found no login offered by its SMTP server: most servers offer it only after STARTTLS, or on the submission port",
    examples: [
      {
        text: "SMTP AUTH extension not supported by server.",
        source: `${SMTPLIB} (login); why a server offers no AUTH before STARTTLS: https://www.postfix.org/postconf.5.html#smtpd_tls_auth_only`,
      },
    ],
  },
  {
    // getreply(): SMTPServerDisconnected("Connection unexpectedly closed") when the server
    // closed the connection before it answered: a plain connection to an implicit-TLS port
    // (465 wants SMTP_SSL), a server that drops the client, or a network that cuts it.
    id: "python-smtplib.connection-unexpectedly-closed",
    match: ["smtpserverdisconnected: connection unexpectedly closed"],
    causes: ["remote-unreachable", "tls-required"],
    says: "the script's SMTP server closed the connection before answering (Python smtplib)",
    examples: [
      {
        text: "smtplib.SMTPServerDisconnected: Connection unexpectedly closed",
        source: `${SMTPLIB} (getreply)`,
      },
    ],
  },
];
