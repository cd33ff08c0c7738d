// Ruby's Net::SMTP (lib/net/smtp.rb; the SMTP client under Rails' Action Mailer and the mail gem)
// and Go's net/smtp (src/net/smtp/smtp.go). Their errors for a refused command are the server's
// reply itself (Net::SMTPAuthenticationError "535 5.7.8 ...", Net::SMTPFatalError "550 5.1.1
// ...", Go's textproto.Error "535 5.7.8 ..."), which reads as any reply does. These entries are
// their own words where the server offered no STARTTLS or no login.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const NET_SMTP =
  "https://github.com/ruby/net-smtp/blob/a0075eb8a74910bd05566f0a208589263bce7597/lib/net/smtp.rb";
const GO_SMTP =
  "https://github.com/golang/go/blob/07858f11a8fc8ae91c010664631a54e9379e6f26/src/net/smtp/smtp.go";

export const RUBY_GO_SMTP_SIGNATURES: Signature[] = [
  {
    // do_start(): raise SMTPUnsupportedCommand, "STARTTLS is not supported on this server" when
    // STARTTLS is required (enable_starttls, Action Mailer's enable_starttls: true) and the
    // server's EHLO does not offer it.
    id: "ruby-net-smtp.starttls-not-supported",
    provider: "ruby-net-smtp",
    match: ["starttls is not supported on this server"],
    replyCode: "none",
    cause: "tls-required",
    confidence: 0.8,
    source: NET_SMTP,
    example: "STARTTLS is not supported on this server",
    note: "The program requires STARTTLS but the server does not offer it on that port: port 465 wants TLS from the start (tls: true / ssl: true), and a server without TLS cannot give what the program asks for.",
  },
];

export const RUBY_GO_SMTP_WORDINGS: readonly PossibilityWording[] = [
  {
    // SendMail(): errors.New("smtp: server doesn't support AUTH") when a login is given and
    // the server's EHLO lists no AUTH. SendMail has already switched to STARTTLS where the
    // server offers it, so the usual reason is a relay port that takes no logins (25 in place of
    // the submission port 587); a program that dials and logs in itself may also have skipped
    // StartTLS, after which many servers first offer AUTH.
    id: "go-net-smtp.auth-not-supported",
    match: ["smtp: server doesn't support auth"],
    causes: ["relay-denied", "tls-required"],
    says: "the program's SMTP server offered no login (Go net/smtp): usually a relay port in place of the submission port, or a session that did not start TLS first",
    examples: [{ text: "smtp: server doesn't support AUTH", source: GO_SMTP }],
  },
];
