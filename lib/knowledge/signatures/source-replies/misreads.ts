// The source replies Bounce Doctor still reads wrong, and why: each fix lies outside the MTAs'
// signature files this sweep owns (a status-code reading in lib/knowledge/scoring or
// enhanced-status-codes.ts, a generic or provider wording, a stage shift, the engine in
// lib/classify). The test expects these rows to fail; a fix elsewhere turns one green, and then
// its line here goes.

const X71 =
  "The registry reading of X.7.1 (rfc3463.X.7.1, with the X.7 stage shift) names sender-policy by the status code alone; the words give no reason, so the honest verdict is unknown.";
const DATA_AFTER_REFUSALS =
  'OpenSMTPD puts its X.5.4 description ("Invalid command arguments") before the words, and the generic protocol-syntax wording for it outweighs the possibility wording smtp.data-after-refused-recipients (lib/knowledge/scoring/possibility-wordings.ts) that reads the other four servers\' texts.';
const X32 =
  "The registry reading of X.3.2 (system not accepting messages) names remote-server-error; the server uses the code for a site rule whose reason it does not give.";

export const KNOWN_MISREADS: Readonly<Record<string, string>> = {
  "postfix.smtpd_check.access-denied-client": X71,
  "postfix.smtpd_check.access-denied-sender": X71,
  "postfix.smtpd_check.access-denied-recipient": X71,
  "postfix.smtpd_check.reject-access-denied": X71,
  "postfix.smtpd_check.access-defer": X71,
  "postfix.smtpd_check.defer-try-again": X32,
  "postfix.postscreen.denylisted": `${X32} The generic "service currently unavailable" wording (generic.ts) adds to it.`,
  "sendmail.srvrsmtp.milter-tempfail": X32,
  "opensmtpd.smtp_session.no-recipient": DATA_AFTER_REFUSALS,
  "postfix.cleanup_strerror.content-rejected":
    'The generic content-filter wording "message content rejected" (generic.ts) names content-spam; Postfix writes it for any header_checks or body_checks REJECT without text, attachments and viruses included.',
  "sendmail.srvrsmtp.too-many-bad-recipients":
    "The X.7 stage shift (rfc3463.X.7-unknown-user, lib/knowledge/scoring) moves the wording's recipient-unknown to sender-policy because Sendmail answers with 4.7.0; the condition is a list full of unknown addresses.",
  "opensmtpd.lka_session.invalid-recipient":
    "opensmtpd.invalid-recipient-no-rule names relay-denied, as the lab's real run (opensmtpd/relay-denied) has it; lka_session.c sends the same text for an unknown system user (lka_expand, userbase lookup 0, line 415). Changing the entry would fail that lab fixture: left for the lead.",
  "opensmtpd.mta.reject-all":
    "The text has no reply code, so nothing ranks possible causes; a hint on an MTA entry is not read as a hint (phrase-rules.ts isHint holds for generic entries only), so the causes it could mean cannot be ranked from the MTA's file.",
  "qmail.qmail-local.maildir-temporary":
    "Only remote-server-error is ranked (from status 4.3.0); mailbox-full, the usual reason a maildir write fails, would need a hint, and a hint on an MTA entry decides instead of ranking (phrase-rules.ts isHint holds for generic entries only).",
  "qmail.qmail-remote.sender-rejected":
    "Pasted alone, qmail-remote's stated MAIL FROM stage (smtp.rejected-at-mail-from, lib/classify) outweighs the remote's badmailfrom words and names sender-address-invalid; inside a bounce that states RCPT it reads right.",
};
