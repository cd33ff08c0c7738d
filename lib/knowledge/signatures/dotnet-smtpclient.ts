// .NET's System.Net.Mail.SmtpClient (the mail class of most C# and PowerShell programs,
// Send-MailMessage included) throws SmtpException with texts from System.Net.Mail's resource
// file (src/libraries/System.Net.Mail/src/Resources/Strings.resx). Where the server answered,
// the text ends with "The server response was: <reply>" (MailServerResponse) and the reply is
// read as any reply is: "Mailbox unavailable. The server response was: 5.7.1 Unable to relay" and
// "The SMTP server requires a secure connection or the client was not authenticated. The server
// response was: 5.7.0 Authentication Required" read right through it. These entries are the
// texts that come without a reply. SmtpMustIssueStartTlsFirst ("The SMTP server requires a
// secure connection or the client was not authenticated.") comes with the reply after it, which
// decides; copied without it, its wording below ranks both of its causes.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const STRINGS =
  "https://github.com/dotnet/runtime/blob/003e43b4e551874822af3c8f28188e0139a798f4/src/libraries/System.Net.Mail/src/Resources/Strings.resx";
const STATUS_CODES =
  "https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpstatuscode (SmtpStatusCode Enum)";

export const DOTNET_SMTPCLIENT_SIGNATURES: Signature[] = [
  {
    // MailServerDoesNotSupportStartTls: EnableSsl is set and the server's EHLO reply offers no
    // STARTTLS (SmtpClient speaks STARTTLS only; it has no implicit TLS for port 465).
    id: "dotnet-smtpclient.no-starttls",
    provider: "dotnet-smtpclient",
    match: ["server does not support secure connections"],
    replyCode: "none",
    cause: "tls-required",
    confidence: 0.8,
    source: `${STRINGS} (MailServerDoesNotSupportStartTls)`,
    example: "Server does not support secure connections.",
    note: "The program has EnableSsl on, but the server does not offer STARTTLS on that port: SmtpClient needs a port that offers STARTTLS (587, or 25 where the server offers it); it cannot speak implicit TLS (port 465).",
  },
];

export const DOTNET_SMTPCLIENT_WORDINGS: readonly PossibilityWording[] = [
  {
    // SmtpMustIssueStartTlsFirst: SmtpClient's text for any 530 reply (SmtpStatusCode
    // MustIssueStartTlsFirst = 530). RFC 3207 section 4 gives 530 for "Must issue a STARTTLS
    // command first" and RFC 4954 section 6 for "Authentication required", and the text names
    // both. The enum's own documentation puts the TLS reading first ("configured to accept only
    // TLS connections ... set EnableSsl=true"), so tls-required leads and the missing login
    // follows; Microsoft 365's 5.7.57 under it names the login first (providers/microsoft.ts).
    // Where the reply is printed after it ("The server response was: ..."), the reply decides.
    id: "dotnet-smtpclient.secure-connection-or-not-authenticated",
    match: ["requires a secure connection or the client was not authenticated"],
    causes: ["tls-required", "relay-denied"],
    says: "the program's mail class (.NET SmtpClient) got a 530 reply: its server wants STARTTLS (EnableSsl) or a login first; the server's reply printed after it says which",
    examples: [
      {
        text: "The SMTP server requires a secure connection or the client was not authenticated.",
        source: `${STRINGS} (SmtpMustIssueStartTlsFirst); ${STATUS_CODES} (MustIssueStartTlsFirst = 530: "configured to accept only TLS connections ... set EnableSsl=true"); https://www.rfc-editor.org/rfc/rfc3207#section-4 and https://www.rfc-editor.org/rfc/rfc4954#section-6 (530 for STARTTLS and for authentication)`,
      },
    ],
  },
  {
    // SmtpSendMailFailure: the outer text for any failure below SMTP (connection, TLS, a closed
    // socket); the inner exception printed after it ("---> System.Net...") says which, and a
    // reason there decides.
    id: "dotnet-smtpclient.failure-sending-mail",
    match: ["failure sending mail"],
    causes: ["remote-unreachable", "tls-required", "relay-denied"],
    says: "the program's mail class (.NET SmtpClient) could not send through its SMTP server; the inner exception printed after it says why (connecting, TLS or the login)",
    examples: [
      {
        text: "System.Net.Mail.SmtpException: Failure sending mail.",
        source: `${STRINGS} (SmtpSendMailFailure)`,
      },
    ],
  },
];
