// The source replies Bounce Doctor still reads wrong, and why: each fix lies outside the MTAs'
// signature files this sweep owns (a status-code reading in lib/knowledge/scoring or
// enhanced-status-codes.ts, a generic or provider wording, a stage shift, the engine in
// lib/classify). The test expects these rows to fail; a fix elsewhere turns one green, and then
// its line here goes.

const DATA_AFTER_REFUSALS =
  'OpenSMTPD puts its X.5.4 description ("Invalid command arguments") before the words, and the generic protocol-syntax wording for it outweighs the possibility wording smtp.data-after-refused-recipients (lib/knowledge/scoring/possibility-wordings.ts) that reads the other four servers\' texts.';

export const KNOWN_MISREADS: Readonly<Record<string, string>> = {
  "opensmtpd.smtp_session.no-recipient": DATA_AFTER_REFUSALS,
  "sendmail.srvrsmtp.too-many-bad-recipients":
    "The X.7 stage shift (rfc3463.X.7-unknown-user, lib/knowledge/scoring) moves the wording's recipient-unknown to sender-policy because Sendmail answers with 4.7.0; the condition is a list full of unknown addresses.",
  "opensmtpd.lka_session.invalid-recipient":
    "opensmtpd.invalid-recipient-no-rule names relay-denied, as the lab's real run (opensmtpd/relay-denied) has it; lka_session.c sends the same text for an unknown system user (lka_expand, userbase lookup 0, line 415). Changing the entry would fail that lab fixture: left for the lead.",
};
