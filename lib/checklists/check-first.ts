// When the bounce does not say why, the first steps are the ones that tell its possible causes
// apart: per cause, the one step that checks it. Each says where it comes from: the cause's own
// checklist step that verifies it (data.ts), a lookup the wizard runs (lib/rules check
// builders, whose findings the evidence model reads), or something only the user can find out
// (the wizard asks it, or nobody can look it up for them). None suggests a change to working
// mail: they look, ask or test; the fixes come once the cause is known.
// Text placeholders as in data.ts: {ip} {domain} {recipientDomain} {recipient} {provider};
// {samePerson} is "the same person", or the addresses of a section for one recipient group.
import type { CauseId } from "@/lib/causes/causes";
import type { CheckBuilderName, QuestionId } from "@/lib/rules";
import type { ChecklistItem } from "./types";

type StepText = Pick<ChecklistItem, "title" | "detail" | "kind" | "link">;

/**
 * `noReply`: the step's words where no server answered the mail at all (a delay notice or a
 * connection that timed out, with no SMTP reply): there is then no refusal for the step to
 * speak of. Absent: its words hold either way.
 */
type NoReply = { noReply?: Pick<ChecklistItem, "detail"> };

export type CheckFirst =
  /** The cause's own step in CAUSE_CHECKLISTS, by id, as it stands there. */
  | ({ from: "item"; itemId: string } & NoReply)
  /** A lookup the wizard runs: offered as a button (`label`) once its input is known. */
  | ({ from: "check"; check: CheckBuilderName; label: string } & StepText & NoReply)
  /** Only the user can find it out; `question` when the wizard asks it too. */
  | ({ from: "user"; question?: QuestionId } & StepText & NoReply);

/** Steps shown per unknown diagnosis: one for each of this many ranked causes. */
export const CHECK_FIRST_CAUSES = 3;

/**
 * Whose the check-first steps are, whatever the causes they tell apart: they look, ask or test
 * from the sender's side. The not-settled group shows this, not the `unknown` cause's label.
 */
export const CHECK_FIRST_ACTOR = "you, or your mail administrator";

/** Id of the check-first step of a cause: "unknown.first.<cause>". */
export const CHECK_FIRST_PREFIX = "unknown.first.";

export const CHECK_FIRST: Partial<Record<CauseId, CheckFirst>> = {
  "recipient-unknown": { from: "item", itemId: "recipient-unknown.compare" },
  "recipient-domain-invalid": {
    from: "check",
    check: "recipient-domain",
    label: "Check {recipientDomain}",
    title: "Check that {recipientDomain} exists and takes mail",
    detail:
      "The wizard's recipient check looks up the domain and its mail servers (MX records). A domain that does not exist, has no mail server or publishes a null MX (RFC 7505) takes no mail.",
    kind: "verify",
  },
  "mailbox-full": {
    from: "user",
    title: "Ask the recipient whether their mailbox is full",
    detail:
      "Through another channel (phone, chat, a colleague's address). A full mailbox refuses every message until space is freed; if theirs has room, this cause is ruled out.",
    kind: "contact",
  },
  "mailbox-disabled": {
    from: "user",
    title: "Ask the recipient whether {recipient} is still in use",
    detail:
      "Through another channel: accounts of people who left, or that were suspended, refuse all mail.",
    kind: "contact",
  },
  "ip-blocklisted": {
    from: "check",
    check: "sending-ip",
    label: "Check {ip}",
    title: "Look up {ip} on the public blocklists",
    detail:
      "The wizard's IP check asks the public blocklists (Spamhaus, SpamCop, Barracuda and others) about the address your mail leaves from, and says what each answer means. A listing explains the refusal; none makes this cause less likely, though a receiver may keep a list of its own.",
    kind: "verify",
    noReply: {
      detail:
        "The wizard's IP check asks the public blocklists (Spamhaus, SpamCop, Barracuda and others) about the address your mail leaves from. No server has answered your mail yet, so nothing was refused: a listing matters only if the delay ends in a refusal that names a list.",
    },
  },
  "reverse-dns": {
    from: "check",
    check: "sending-ip",
    label: "Check {ip}",
    title: "Check the reverse DNS (PTR) of {ip}",
    detail:
      "The same IP check looks up the name the address points back to, and whether that name points to the address again. Many receivers refuse mail from an address without one.",
    kind: "verify",
  },
  "domain-blocklisted": {
    from: "check",
    check: "sending-domain",
    label: "Check {domain}",
    title: "Look up {domain} on the domain blocklists",
    detail:
      "The wizard's domain check asks the domain blocklists (Spamhaus DBL, SURBL, URIBL) about your sending domain. Domains linked in the message count too: a content review of the message looks those up.",
    kind: "verify",
  },
  "bad-reputation": {
    from: "user",
    title: "Look at your reputation with the receiver",
    detail:
      "Large receivers show senders how they see them: Google Postmaster Tools for Gmail (for a domain that sends enough mail), Microsoft SNDS for Outlook.com (for IPs you run). A low or falling reputation there points to this cause.",
    kind: "verify",
    link: { label: "Google Postmaster Tools", url: "https://postmaster.google.com/" },
  },
  "authentication-failure": {
    from: "check",
    check: "sending-domain",
    label: "Check {domain}",
    title: "Look up the SPF, DKIM and DMARC records of {domain}",
    detail:
      "The wizard's domain check reads them and says whether any is missing or broken. The headers of a test message (below) show what a receiver made of them.",
    kind: "verify",
  },
  "content-spam": {
    from: "user",
    question: "plain-test",
    title: "Send {samePerson} a short plain message",
    detail:
      "Two lines of plain text: no links, no pictures, no attachments, no signature logo. If it arrives while the original bounces, the content is the likely cause.",
    kind: "verify",
  },
  "content-virus": {
    from: "user",
    title: "Send the message again without its attachments",
    detail:
      "If it arrives without them, an attachment (its type, or what a virus scanner found in it) was the cause.",
    kind: "verify",
  },
  "message-too-large": {
    from: "user",
    title: "Look at the size of the message you sent",
    detail:
      "Your Sent folder shows it. Attachments grow by about a third when encoded for mail; many receivers refuse messages over 10 to 25 MB.",
    kind: "verify",
  },
  "relay-denied": {
    from: "user",
    title: "Check your mail program's outgoing server settings",
    detail:
      // Not "with authentication turned on": where the login itself was refused, it was on
      // (review 25, finding 7); the step holds either way.
      "A relay refusal usually comes from your own outgoing server: it must be the one of {provider}, reached on its submission port (usually 587), and your program must log in to it with a login it accepts, for the same account as your address.",
    kind: "verify",
  },
  "sender-policy": {
    from: "item",
    itemId: "sender-policy.other-recipients",
    noReply: {
      detail:
        "No server has answered your mail yet, so no policy has refused it. If mail to other organisations goes through while this one's server never answers, the problem lies with the way to its server, not with a rule of theirs.",
    },
  },
  "sender-address-invalid": {
    from: "check",
    check: "sending-domain",
    label: "Check {domain}",
    title: "Check that {domain} exists and has mail servers",
    detail:
      "Receivers refuse senders whose domain has no DNS or takes no mail. The wizard's domain check looks up its mail servers (MX records) with its other records.",
    kind: "verify",
  },
  "rate-limited": {
    from: "user",
    title: "Look at how much you sent to this receiver",
    detail:
      "Rate limits count messages, recipients and connections over a period: a large batch, or many recipients in one message, sent at once points to this cause.",
    kind: "verify",
  },
  "tls-required": {
    from: "user",
    title: "Ask your mail administrator whether outgoing mail uses TLS",
    detail:
      "Some receivers refuse mail that does not arrive over TLS (STARTTLS); your server's settings or logs show whether it was used.",
    kind: "verify",
  },
  "protocol-syntax": {
    from: "user",
    title: "Look at the headers of a message you sent",
    detail:
      "Your mail program's “show original” or “view source” shows them. Receivers like Gmail refuse messages that break RFC 5322: several From headers, a missing Date or Message-ID, invalid characters in addresses.",
    kind: "verify",
  },
  "remote-unreachable": {
    from: "check",
    check: "recipient-domain",
    label: "Check {recipientDomain}",
    title: "Check that {recipientDomain} publishes mail servers",
    detail:
      "The wizard's recipient check looks up its mail servers (MX records). If it has them, their server was down or unreachable from yours when the message was sent.",
    kind: "verify",
  },
  "remote-server-error": { from: "item", itemId: "remote-server-error.retry" },
};

/**
 * rate-limited's check-first step where its words are greylisting's (lib/knowledge/greylisting.ts):
 * the volume sent says nothing about a greylisting, which turns away a sender it has not seen
 * before however little it sent; the retry tells it apart (RFC 6647 section 2.1). Review 31,
 * finding 7.
 */
export const GREYLISTING_CHECK_FIRST: CheckFirst = {
  from: "user",
  title: "See whether your mail server's retry got through",
  detail:
    "A greylisting server turns away the first attempt from a sender it has not seen before and accepts the retry a normal mail server makes minutes later. Your server's log, or the recipient, can tell you whether the message arrived on a later attempt: if it did, nothing needs fixing.",
  kind: "verify",
  link: { label: "RFC 6647: Email Greylisting", url: "https://www.rfc-editor.org/rfc/rfc6647" },
};
