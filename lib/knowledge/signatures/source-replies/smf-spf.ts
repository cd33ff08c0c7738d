// smf-spf (jcbf/smf-spf at the commit read), the SPF milter for Sendmail and Postfix: its
// smfi_setreply replies (smf-spf.c). The default RejectReason is REJECT_REASON (line 71),
// filled with the sender and the client's IP; SoftFail mode sends the same words as 450 4.x.
import { sourceFile, type SourceReply } from "./types";

const REPO = "jcbf/smf-spf/blob/f8a673664032456f4303b3b980e549ea64ed3d84";

const milter = sourceFile("smf-spf", REPO, "")("smf-spf.c");

export const SMF_SPF_SOURCE_REPLIES: readonly SourceReply[] = [
  milter(
    "fail",
    71,
    "REJECT_REASON, the default RejectReason, sent by smf_envfrom (line 583) for an SPF fail",
    '#define REJECT_REASON\t"Message was rejected during SPF policy evaluation. sender:%1$s client-ip:%2$s"',
    "550 5.7.23 Message was rejected during SPF policy evaluation. sender:alice@example.net client-ip:192.0.2.25",
    "the sender domain's SPF record gives fail for the client's IP (RefuseFail on)",
    "authentication-failure",
  ),
  milter(
    "none",
    517,
    "smf_envfrom with RefuseSPFNone: the sender's domain publishes no SPF record",
    'snprintf(reject, sizeof(reject), "Sorry %s, we only accept mail from SPF enabled domains.", context->sender);',
    "550 5.7.1 Sorry alice@example.net, we only accept mail from SPF enabled domains.",
    "the sender's domain has no SPF record and the site refuses such domains",
    "authentication-failure",
  ),
  milter(
    "sender-syntax",
    452,
    "smf_envfrom, when the MAIL FROM address cannot be parsed",
    'smfi_setreply(ctx, "550", "5.1.7", "Sender address does not conform to RFC-2821 syntax");',
    "550 5.1.7 Sender address does not conform to RFC-2821 syntax",
    "the envelope sender is no valid RFC 5321 address",
    "sender-address-invalid",
  ),
];
