// WildDuck's MX: the Haraka plugin that answers for WildDuck mailboxes (zone-eu/
// haraka-plugin-wildduck at the commit read). Its refusals are haraka-dsn objects: the reply code
// and enhanced code come from the DSN (DSN.no_such_user() is "550 5.1.1 No such user"; a DSN
// without text takes the enhanced code's RFC 3463 name), and Haraka writes each line of a
// multi-line text as its own reply line. Texts its config names (config/wildduck.yaml's Rspamd
// responses) go out as "550 5.7.1" through dsnSpamResponse, with {host} the From domain; a
// softlisted symbol's text goes out under DENYSOFT, so with 450 but the DSN's 5.7.1.
import { sourceFile, type SourceReply } from "./types";

const REPO = "zone-eu/haraka-plugin-wildduck/blob/dd0fc64fb6c7657a14e19000579ec8102ae09296";

const file = sourceFile("wildduck", REPO, "");
const plugin = file("index.js");
const config = file("config/wildduck.yaml");
// WildDuck's own LMTP server (zone-eu/wildduck, nodemailer's smtp-server underneath: an error
// without a responseCode goes out as 550 at RCPT), for MTAs that deliver to WildDuck by LMTP.
const wildduck = sourceFile(
  "wildduck",
  "zone-eu/wildduck/blob/603ee5bfa6129986668143ba6d8c4be4eecc3d30",
  "",
);
const lmtp = wildduck("lmtp.js");
// The texts of haraka-dsn's DSN helpers the plugin calls without a text of its own.
const dsn = sourceFile(
  "wildduck",
  "haraka/haraka-dsn/blob/07eb73f2ddd694691d061ed71912395a28afc715",
  "",
)("index.js");

export const WILDDUCK_SOURCE_REPLIES: readonly SourceReply[] = [
  dsn(
    "no-such-user",
    133,
    "haraka-dsn's DSN.no_such_user, returned by the plugin's exports.real_rcpt_handler (index.js line 907)",
    "static no_such_user (msg, code) { return new DSN(code, msg || 'No such user', 550, 1, 1); }",
    "550 5.1.1 No such user",
    "no WildDuck user or address matches the recipient",
    "recipient-unknown",
  ),
  dsn(
    "mbox-disabled",
    25,
    "haraka-dsn's name of X.2.1, the text of DSN.mbox_disabled() (line 144) that the plugin's exports.real_rcpt_handler returns (index.js line 918)",
    '"Mailbox disabled, not accepting messages", // X.2.1',
    "550 5.2.1 Mailbox disabled, not accepting messages",
    "the recipient's WildDuck account is disabled",
    "mailbox-disabled",
  ),
  plugin(
    "over-quota",
    38,
    "DSN.mbox_full_554, returned by exports.real_rcpt_handler (line 935)",
    "DSN.mbox_full_554 = () => DSN.create(554, 'Mailbox full', 2, 2);",
    "554 5.2.2 Mailbox full",
    "the recipient's stored mail has reached its quota (or the default storage limit)",
    "mailbox-full",
  ),
  plugin(
    "rcpt-too-fast",
    29,
    "DSN.rcpt_too_fast (line 29), returned by exports.real_rcpt_handler (line 967) when the recipient's rate limit is hit",
    "'The user you are trying to contact is receiving mail at a rate that\\nprevents additional messages from being delivered. Please resend your\\nmessage at a later time. If the user is able to receive mail at that\\ntime, your message will be delivered.'",
    "450-4.2.1 The user you are trying to contact is receiving mail at a rate that\n450-prevents additional messages from being delivered. Please resend your\n450-message at a later time. If the user is able to receive mail at that\n450 time, your message will be delivered.",
    "the recipient has received more messages in the rate window than its limit ('rcpt' selector)",
    "rate-limited",
  ),
  plugin(
    "spam-default",
    40,
    "defaultSpamRejectMessage, sent by exports.hook_queue (line 1047) through dsnSpamResponse when a blacklisted Rspamd symbol has no response of its own",
    "'Our system has detected that this message is likely unsolicited mail.\\nTo reduce the amount of spam this message has been blocked.'",
    "550-5.7.1 Our system has detected that this message is likely unsolicited mail.\n550 To reduce the amount of spam this message has been blocked.",
    "a Rspamd symbol on the plugin's blacklist scored the message positive",
    "content-spam",
  ),
  config(
    "dmarc-reject",
    92,
    "rspamd.responses.DMARC_POLICY_REJECT, sent by exports.hook_queue (index.js line 1047) for the blacklisted symbol",
    'DMARC_POLICY_REJECT: "Unauthenticated email from {host} is not accepted due to domain\'s DMARC policy"',
    "550 5.7.1 Unauthenticated email from example.net is not accepted due to domain's DMARC policy",
    "Rspamd's DMARC module found the message failing a p=reject DMARC policy of its From domain",
    "authentication-failure",
  ),
  plugin(
    "rcpt-error",
    589,
    "exports.hook_rcpt: the recipient lookup failed (a database or internal error)",
    "return next(DENYSOFT, 'Failed to process recipient, try again [ERRC01]');",
    "450 Failed to process recipient, try again [ERRC01]",
    "looking the recipient up failed inside WildDuck (database or handler error)",
    "remote-server-error",
  ),
  plugin(
    "queue-error",
    1719,
    "exports.hook_queue's storeMessage: storing the message in the recipient's mailbox failed",
    "return [DENYSOFT, 'Failed to queue message [ERRQ05]'];",
    "450 Failed to queue message [ERRQ05]",
    "WildDuck could not store the message (a database error other than too deep nesting)",
    "remote-server-error",
  ),
  lmtp(
    "lmtp-unknown-recipient",
    102,
    "the LMTP server's onRcptTo",
    "return callback(new Error('Unknown recipient'));",
    "550 Unknown recipient",
    "no WildDuck user has the recipient address",
    "recipient-unknown",
  ),
  lmtp(
    "lmtp-database-error",
    98,
    "the LMTP server's onRcptTo, when the user lookup fails",
    "return callback(new Error('Database error'));",
    "550 Database error",
    "looking the recipient up in WildDuck's database failed (smtp-server gives the error 550, though the failure is WildDuck's own)",
    "remote-server-error",
  ),
];
