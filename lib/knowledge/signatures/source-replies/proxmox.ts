// Proxmox Mail Gateway (proxmox/pmg-api at the commit read), a filtering gateway in front of
// a mail server: the reply its SMTP filter (pmg-smtp-filter, src/PMG/SMTP.pm) gives Postfix
// when its rules block a message, and what its policy service (src/bin/pmgpolicy) answers
// Postfix at RCPT, which Postfix sends as "<rcpt>: Recipient address rejected: text".
// Placeholders filled: queue id 5F3A1B2C4D, client 192.0.2.25, sender alice@example.net,
// host mx.example.com.
import { sourceFile, type SourceReply } from "./types";

const REPO = "proxmox/pmg-api/blob/09158948b9568e8123f4319f47ddb10b9a292a78";

const file = sourceFile("proxmox", REPO, "src/");

const smtp = file("PMG/SMTP.pm");
const policy = file("bin/pmgpolicy");

export const PROXMOX_SOURCE_REPLIES: readonly SourceReply[] = [
  smtp(
    "blocked",
    184,
    "PMG::SMTP::loop (every recipient blocked by the rule system)",
    '$self->reply("554 5.7.1 Rejected for policy reasons ($queueid)")',
    "554 5.7.1 Rejected for policy reasons (5F3A1B2C4D)",
    "a rule of the gateway's rule system blocked the message: a spam score over the block level most often, or a virus, an attachment type or a blacklist: the words do not say which",
    "unknown",
    ["content-spam", "sender-policy"],
  ),
  policy(
    "spf",
    387,
    "Mail::SPF::Server default_authority_explanation, answered as 'reject ${auth_expl}' (line 620)",
    "'Rejected by SPF: %{C} is not a designated mailserver for %{S} (context %{_scope}, on %{R})'",
    "554 5.7.1 <bob@example.com>: Recipient address rejected: Rejected by SPF: 192.0.2.25 is not a designated mailserver for alice@example.net (context mfrom, on mx.example.com)",
    "the sender domain's SPF record does not permit the client's IP (SPF result fail)",
    "authentication-failure",
  ),
  policy(
    "greylist",
    687,
    "PMG::Policy greylist (defer_if_permit)",
    'my $defer_res = "defer_if_permit Service is unavailable (try later)";',
    "450 4.7.1 <bob@example.com>: Recipient address rejected: Service is unavailable (try later)",
    "greylisting: the first attempt of this client, sender and recipient waits 3 minutes. The words say nothing of it and fit a passing problem of the server as well (possibility-wordings.ts greylist.unavailable-try-later); greylisting reads as a rate limit",
    "unknown",
    ["remote-server-error", "rate-limited"],
  ),
];
