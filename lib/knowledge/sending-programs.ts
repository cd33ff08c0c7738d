// Programs whose own words say they could not hand a message to the outgoing (SMTP) server they
// are set to send through: mail clients (Thunderbird, signatures/thunderbird.ts; Outlook for
// Windows, signatures/outlook-desktop.ts), web sites' and applications' mail libraries
// (PHPMailer, Nodemailer, SwiftMailer, Python smtplib, .NET SmtpClient, Jakarta Mail, Symfony Mailer, Ruby
// Net::SMTP, Go net/smtp: signatures/<program>.ts, their possibility wordings listed in
// scoring/client-wordings.ts) and msmtp and sSMTP, the sendmails of scripts, containers and mutt. Their
// failures happen before any receiving server is involved: the fix is in the program's
// outgoing-server settings or the network it sends from, never at the recipient's side.

/** The knowledge providers (rule id prefixes) that are such programs. */
export const SENDING_PROGRAMS: readonly string[] = [
  "thunderbird",
  "phpmailer",
  "outlook-desktop",
  "nodemailer",
  "python-smtplib",
  "dotnet-smtpclient",
  "jakarta-mail",
  "symfony-mailer",
  "swiftmailer",
  "ruby-net-smtp",
  "go-net-smtp",
  "msmtp",
  "ssmtp",
];

/** Whether a rule is a sending program's own report about its outgoing server. */
export function isSendingProgramRule(ruleId: string): boolean {
  return SENDING_PROGRAMS.some((p) => ruleId.startsWith(`${p}.`));
}
