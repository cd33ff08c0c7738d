// qpsmtpd (smtpd/qpsmtpd at the commit read), the Perl SMTP daemon built of plugins (Haraka's
// forerunner): the replies of the plugins it ships and of its SMTP core (lib/Qpsmtpd/SMTP.pm),
// which gives a plugin's DENY at MAIL or RCPT 550 and its DENYSOFT 450, and at the end of DATA
// 552 and 452. Qpsmtpd::DSN helpers append the enhanced code in qmail's manner, "(#5.7.1)".
import { sourceFile, type SourceReply } from "./types";

const REPO = "smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f";

const file = sourceFile("qpsmtpd", REPO, "");
const dsn = file("lib/Qpsmtpd/DSN.pm");
const deliverable = file("plugins/qmail_deliverable");
const clamdscan = file("plugins/virus/clamdscan");
const spamassassin = file("plugins/spamassassin");
const headers = file("plugins/headers");
const greylisting = file("plugins/greylisting");
const dnsbl = file("plugins/dnsbl");

export const QPSMTPD_SOURCE_REPLIES: readonly SourceReply[] = [
  dsn(
    "relaying-denied",
    564,
    "Qpsmtpd::DSN->relaying_denied, returned by the rcpt_ok plugin (line 45) for a host not in rcpthosts",
    'shift->_dsn(shift, (shift || "Relaying denied"), DENY, 7, 1);',
    "550 Relaying denied (#5.7.1)",
    "the recipient's domain is not in rcpthosts or morercpthosts and the client may not relay",
    "relay-denied",
  ),
  deliverable(
    "no-mailbox",
    190,
    "the qmail_deliverable plugin's rcpt hook",
    'return $self->get_reject("Sorry, no mailbox by that name. qd (#5.1.1)");',
    "550 Sorry, no mailbox by that name. qd (#5.1.1)",
    "qmail-deliverabled says the local address has no mailbox",
    "recipient-unknown",
  ),
  clamdscan(
    "virus",
    199,
    "the clamdscan plugin's data_post hook (deny_viruses)",
    'return DENY, "Virus found: $found";',
    "552 Virus found: Eicar-Signature",
    "clamd found a virus in the message",
    "content-virus",
  ),
  clamdscan(
    "scan-failed",
    229,
    "the clamdscan plugin's data_post hook (defer_on_error)",
    'return DENYSOFT, "Unable to scan for viruses"',
    "452 Unable to scan for viruses",
    "clamd could not scan the message (not reachable or an error)",
    "remote-server-error",
  ),
  spamassassin(
    "spam",
    450,
    "the spamassassin plugin's data_post hook, past its reject score",
    'return $self->get_reject_type(), "spam score exceeded threshold";',
    "552 spam score exceeded threshold",
    "SpamAssassin's score for the message is over the plugin's reject threshold",
    "content-spam",
  ),
  headers(
    "missing",
    136,
    "the headers plugin's data_post hook",
    'return $self->get_reject("Headers are missing", "missing headers");',
    "552 Headers are missing",
    "the message has no header section",
    "protocol-syntax",
  ),
  dnsbl(
    "listed",
    210,
    "the dnsbl plugin, for a zone listed without a message of its own",
    'return $self->get_reject("Blocked by $dnsbl");',
    "550 Blocked by zen.spamhaus.org",
    "the client's IP is listed on the DNS blocklist zen.spamhaus.org",
    "ip-blocklisted",
  ),
  greylisting(
    "greylisted",
    183,
    "the greylisting plugin's default deny message ($DENYMSG), a DENYSOFT at MAIL (or RCPT)",
    'my $DENYMSG        = "This mail is temporarily denied";',
    "450 This mail is temporarily denied",
    "greylisting: the sender, recipient and client triplet is new, so the first attempt is deferred",
    "unknown",
    ["rate-limited"],
  ),
];
