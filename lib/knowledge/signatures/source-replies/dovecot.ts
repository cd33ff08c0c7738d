// Dovecot 2.3.19.1 (tag 2.3.19.1 of dovecot/core, the release Debian 12 packages): the replies
// its LMTP server gives the MTA that hands it a message (which the MTA then writes into its
// bounce, "host ...[private/dovecot-lmtp] said: ..."), and the quota-status policy service's
// answer to Postfix. The quota texts come from src/plugins/quota/quota.c
// (DEFAULT_QUOTA_EXCEEDED_MSG, quota_alloc_result_errstr) and src/lib-storage/mail-error.h.
// Placeholders filled: user bob@example.com.
import { sourceFile, type SourceReply } from "./types";

const REPO = "dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22";

const file = sourceFile("dovecot", REPO, "src/");

const local = file("lmtp/lmtp-local.c");
const proxy = file("lmtp/lmtp-proxy.c");
const quota = file("plugins/quota/quota.c");
const quotaStatus = file("plugins/quota/quota-status.c");
const mailError = file("lib-storage/mail-error.h");
const ldaSettings = file("lib-lda/lda-settings.c");
const lda = file("lda/main.c");

export const DOVECOT_SOURCE_REPLIES: readonly SourceReply[] = [
  local(
    "user-doesnt-exist",
    323,
    "lmtp_local_rcpt",
    '550, "5.1.1", "User doesn\'t exist: %s"',
    "550 5.1.1 User doesn't exist: bob@example.com",
    "the userdb lookup finds no such user (mail_storage_service_lookup returns 0)",
    "recipient-unknown",
  ),
  local(
    "over-quota",
    128,
    "lmtp_local_rcpt_reply_overquota",
    '552, "5.2.2", "%s" with quota_exceeded_message (quota.c line 23: "Quota exceeded (mailbox for user is full)")',
    "552 5.2.2 Quota exceeded (mailbox for user is full)",
    "saving the message (or the RCPT-time quota check) would take the mailbox over its quota",
    "mailbox-full",
  ),
  local(
    "over-quota-tempfail",
    126,
    "lmtp_local_rcpt_reply_overquota",
    '452, "4.2.2", "%s" with quota_exceeded_message (quota.c line 23: "Quota exceeded (mailbox for user is full)")',
    "452 4.2.2 Quota exceeded (mailbox for user is full)",
    "the mailbox is over its quota and quota_full_tempfail=yes makes the refusal temporary",
    "mailbox-full",
  ),
  mailError(
    "disk-quota",
    10,
    "MAIL_ERRSTR_NO_QUOTA, sent by lmtp_local_rcpt_reply_overquota (lmtp-local.c line 128)",
    '#define MAIL_ERRSTR_NO_QUOTA "Not enough disk quota"',
    "552 5.2.2 Not enough disk quota",
    "writing the mailbox failed with EDQUOT: the recipient's file-system quota is used up",
    "mailbox-full",
  ),
  quota(
    "over-maxsize",
    289,
    "quota_alloc_result_errstr (QUOTA_ALLOC_RESULT_OVER_MAXSIZE), sent by lmtp-local.c line 128",
    '"Mail size is larger than the maximum size allowed by " "server configuration"',
    "552 5.2.2 Mail size is larger than the maximum size allowed by server configuration",
    "the message is larger than quota_max_mail_size, whatever room the mailbox has",
    "message-too-large",
  ),
  quotaStatus(
    "policy-overquota",
    187,
    "quota-status client_handle_request (Postfix check_policy_service)",
    '"554 5.2.2 %s" with quota_exceeded_message (quota.c line 23)',
    "554 5.2.2 <bob@example.com>: Recipient address rejected: Quota exceeded (mailbox for user is full)",
    "Postfix asked the quota-status service at RCPT and the mailbox would go over its quota (Postfix adds the address and 'Recipient address rejected')",
    "mailbox-full",
  ),
  local(
    "concurrency",
    274,
    "lmtp_local_rcpt_anvil_cb",
    '451, "4.3.0", "Too many concurrent deliveries for user"',
    "451 4.3.0 Too many concurrent deliveries for user",
    "lmtp_user_concurrency_limit deliveries to this user are already running",
    "rate-limited",
  ),
  local(
    "internal-error",
    318,
    "lmtp_local_rcpt",
    '451, "4.3.0", "Temporary internal error"',
    "451 4.3.0 Temporary internal error",
    "the userdb lookup failed (the database did not answer)",
    "remote-server-error",
  ),
  proxy(
    "proxy-loop",
    679,
    "lmtp_proxy_rcpt",
    '554, "5.4.6", "Proxying loops to itself"',
    "554 5.4.6 Proxying loops to itself",
    "the passdb says to proxy the user to this same server: a configuration loop at the receiver",
    "remote-server-error",
  ),
  proxy(
    "proxy-ttl",
    690,
    "lmtp_proxy_rcpt",
    '554, "5.4.6", "Proxying appears to be looping " "(TTL=0)"',
    "554 5.4.6 Proxying appears to be looping (TTL=0)",
    "the proxy hop count ran out between the receiver's own LMTP servers",
    "remote-server-error",
  ),
  ldaSettings(
    "lda-rejection-quota",
    40,
    "lda_do_deliver (MAIL_DELIVER_ERROR_NOQUOTA) -> mail_send_rejection",
    '.rejection_reason = "Your message to <%t> was automatically rejected:%n%r" with the quota\'s text',
    "Your message to <bob@example.com> was automatically rejected: Quota exceeded (mailbox for user is full)",
    "dovecot-lda (without -e) could not save the message for a full mailbox and mailed the sender this rejection",
    "mailbox-full",
  ),
  ldaSettings(
    "lda-rejection-sieve",
    40,
    "Pigeonhole's reject action (lda_sieve_reject_mail) -> mail_send_rejection",
    '.rejection_reason = "Your message to <%t> was automatically rejected:%n%r" with the Sieve script\'s reason',
    "Your message to <bob@example.com> was automatically rejected: I am not accepting mail from this address.",
    "the recipient's own Sieve script rejected the message with words of its own: a rule of the recipient, whose words may say anything",
    "unknown",
    ["sender-policy"],
  ),
  lda(
    "lda-stderr-quota",
    272,
    "lda_do_deliver (-e: the error on stderr, exit EX_NOPERM), written by Postfix pipe(8) as sysexits' text and the command output (postfix/src/global/pipe_command.c line 651)",
    'fprintf(stderr, "%s\\n", error) (line 244); return EX_NOPERM; Postfix: "%s%s%s", "permission denied", ". Command output: ", output',
    "permission denied. Command output: Quota exceeded (mailbox for user is full)",
    "dovecot-lda -e could not save the message for a full mailbox: Postfix's pipe transport reports the exit status (EX_NOPERM, 5.7.0) with the LDA's words",
    "mailbox-full",
  ),
  lda(
    "lda-stderr-quota-tempfail",
    256,
    "lda_do_deliver (-e, quota_full_tempfail: exit EX_TEMPFAIL), written by Postfix pipe(8)",
    'fprintf(stderr, "%s\\n", error) (line 244); return EX_TEMPFAIL; Postfix: "%s%s%s", "temporary failure", ". Command output: ", output',
    "temporary failure. Command output: Quota exceeded (mailbox for user is full)",
    "the mailbox is full and quota_full_tempfail=yes makes dovecot-lda defer: Postfix keeps retrying until the message expires",
    "mailbox-full",
  ),
];
