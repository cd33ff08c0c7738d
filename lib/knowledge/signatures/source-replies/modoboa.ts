// Modoboa (modoboa/modoboa at the commit read), the mail hosting and administration suite on
// Postfix and Dovecot: its policy daemon (modoboa/policyd) answers Postfix's
// check_policy_service at RCPT, and Postfix sends its defer_if_permit as "450 4.7.1 <rcpt>:
// Recipient address rejected: text". Placeholder filled: recipient bob@example.com.
import { sourceFile, type SourceReply } from "./types";

const REPO = "modoboa/modoboa/blob/9ec749703cde97636ea5a9db95f4accea63b8a87";

const core = sourceFile("modoboa", REPO, "modoboa/")("policyd/core.py");

export const MODOBOA_SOURCE_REPLIES: readonly SourceReply[] = [
  core(
    "daily-limit",
    31,
    "apply_policies (returns FAILURE_ACTION, lines 166 and 172, when the account's or its domain's daily sending counter is spent)",
    'FAILURE_ACTION = b"defer_if_permit Daily limit reached, retry later"',
    "450 4.7.1 <bob@example.com>: Recipient address rejected: Daily limit reached, retry later",
    "the sending account or its domain has used up its daily message allowance (message_limit); the counter resets at midnight",
    "rate-limited",
  ),
];
