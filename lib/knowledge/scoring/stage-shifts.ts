// Stage shifts: how the SMTP stage a reply answered (or the status code beside it) changes
// what a general wording means. Data, read by the classifier before ranking: a shift moves
// the general part of one cause's score (generic wordings, mail servers' default texts, the
// registry's code meanings: wordings any filter may reuse) to another cause. A provider's
// documented string keeps its meaning wherever it appears. Only a stage the bounce states
// shifts a reading: a reply pasted alone says nothing of its stage, and guessing one is not
// evidence.
import type { CauseId } from "@/lib/causes/causes";
import type { SmtpStage } from "@/lib/bounce/refusal";

export interface StageShift {
  id: string;
  /** The stated stage it applies to; absent: any stage, or none stated. */
  stage?: SmtpStage;
  /** The status codes it applies to (exact, or a prefix ending in a dot); absent: any. */
  status?: readonly string[];
  /** A stated stage that keeps the original reading (a refusal at RCPT TO judged the address). */
  keepStage?: SmtpStage;
  /** Status codes that keep the original reading (an address status X.1.x says the address). */
  keepStatus?: readonly string[];
  /** The causes whose general evidence moves. "codes": the reply and status code readings of any cause. */
  from: readonly CauseId[];
  /** Also move the evidence of a bare reply or status code, whatever cause it names. */
  codes?: boolean;
  /**
   * Applies only where the refusal's words hold this possibility wording (its id in
   * possibility-wordings.ts): words that explain the codes beside them.
   */
  wording?: string;
  /**
   * Where the evidence moves. Absent: nowhere, the words explain it away (the codes name how
   * the server reports a refusal whose reason lies elsewhere, and the wording ranks that).
   */
  to?: CauseId;
  /** What the stated stage says on its own, added to `to` (weights.ts scale). */
  stageWeight?: number;
  /**
   * The share of the general evidence that moves (absent: all of it). A half leaves the two
   * causes level: where the codes and the words disagree and neither says more than the other,
   * the shift ranks the causes instead of choosing one, and the decision says "not enough to
   * tell" with both.
   */
  share?: number;
  /**
   * Causes among `from` that keep their reading where the words name the reason: a cause led by
   * a wording of its own that is no hint ("rejected for policy reasons", "blacklisted sender")
   * does not move; only its restatements ("Access denied": hints) and the codes' readings do.
   * The stage says whose address the words are about, not why a rule refused it.
   */
  keepReasons?: readonly CauseId[];
  /** Providers or MTAs whose own wordings keep their reading under this shift. */
  keepProviders?: readonly string[];
  note: string;
  source: string;
  /** Real output the shift exists for. */
  example: string;
}

export const STAGE_SHIFTS: readonly StageShift[] = [
  {
    id: "smtp.refused-at-connection",
    stage: "CONN",
    from: ["sender-policy", "recipient-unknown"],
    codes: true,
    to: "ip-blocklisted",
    stageWeight: 0.6,
    note: "The server refused the connection itself, before the sender or any recipient was named: all it knew was the sending server's IP address, so it refused that address, most often because a blocklist or its own list names it.",
    source:
      "RFC 5321 sections 3.1 and 4.2 (a 554 in place of the 220 greeting); https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/Blocked.pm",
    example:
      "SMTP error from remote mail server after initial connection:\n    554 mx.example.net ESMTP not accepting messages",
  },
  {
    // The same at HELO/EHLO: the client has named itself, still no sender, recipient or
    // content. A HELO check that fails says so in its own words ("Helo command rejected: Host
    // not found", a reverse-DNS reading that no shift moves); a refusal at HELO that gives no
    // reason refused what the server knew: the client's address.
    id: "smtp.refused-at-helo",
    stage: "HELO",
    from: ["sender-policy", "recipient-unknown"],
    codes: true,
    to: "ip-blocklisted",
    stageWeight: 0.6,
    note: "The server refused the sending server at HELO/EHLO, before the sender or any recipient was named: it knew only the sending server's IP address and the name it greeted with, and gave no reason about the name, so it most often refused the address (a blocklist or its own list).",
    source:
      "RFC 5321 section 4.1.1.1 (EHLO opens the session; MAIL FROM and RCPT TO come after); https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/Blocked.pm",
    example: "SMTP error from remote mail server after EHLO mail.example.net:\n    550 Rejected",
  },
  {
    id: "smtp.unknown-user-after-data",
    stage: "DATA",
    from: ["recipient-unknown"],
    keepStatus: ["5.1.", "4.1.", "5.5.", "4.5."],
    to: "sender-policy",
    note: "The address was accepted at RCPT TO and refused only after the message was sent (DATA): a filter at the recipient's side, not a missing mailbox.",
    source: "RFC 5321 section 3.3 (recipients are accepted or refused at RCPT TO)",
    example:
      "host mx.example.com[192.0.2.1] said: 550 5.7.1 User unknown (in reply to end of DATA command)",
  },
  {
    id: "rfc3463.X.2.0-unknown-user",
    status: ["5.2.0", "4.2.0"],
    from: ["recipient-unknown"],
    to: "sender-policy",
    note: "Status X.2.0 says the mailbox exists: the refusal is a filter at the recipient's side that reuses the wording.",
    source:
      "RFC 3463 section 3.3 (X.2.0 Other or undefined mailbox status); https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml",
    example: "550 5.2.0 <user@example.jp>... User unknown",
  },
  {
    // Servers do answer a missing mailbox with X.7.1 ("550 5.7.1 Recipient address rejected:
    // Invalid recipient", a documented string of probe 4), and filters do reuse "User unknown"
    // under an X.7 status: the status and the words disagree, neither outweighs the other
    // where no stage is stated, so half of the words' reading moves and the two causes rank
    // level. A refusal stated at DATA moves whole (smtp.unknown-user-after-data, first in this
    // list); one stated at RCPT TO keeps its reading.
    id: "rfc3463.X.7-unknown-user",
    status: ["5.7.", "4.7."],
    from: ["recipient-unknown"],
    keepStage: "RCPT",
    keepProviders: ["qmail"],
    to: "sender-policy",
    share: 0.5,
    note: 'The status is a security or policy refusal (RFC 3463 X.7.x), not an address status: "unknown user" may be a filter\'s wording, or a server that answers every refusal with X.7.',
    source:
      "RFC 3463 section 3.8; https://www.iana.org/assignments/smtp-enhanced-status-codes/smtp-enhanced-status-codes.xhtml",
    example: "550 5.7.1 <kijitora@example.org>... User unknown",
  },
  {
    // A refusal "for policy reasons" with no reason (possibility-wordings.ts) answered to MAIL
    // FROM: only the sender (and the client) are known there, no content yet, so the site's
    // rule refused this sender, which is sender-policy's own definition (PRODUCT.md: the
    // recipient's organisation blocks this sender by policy). At DATA or with no stage stated
    // the words keep ranking the rules they may stand for.
    id: "policy.rejected-at-mail-from",
    stage: "MAIL",
    wording: "policy.rejected-without-reason",
    from: [],
    to: "sender-policy",
    stageWeight: 1.2,
    note: "The server refused the sender at MAIL FROM, before any recipient or content, for its policy: a rule of the site against this sender.",
    source: "RFC 5321 section 3.3 (MAIL FROM names the sender, before RCPT TO and DATA)",
    example:
      "host mx.example.com[192.0.2.1] said: 554 Mail from bounce@example.net rejected for policy reasons. (in reply to MAIL FROM command)",
  },
  {
    id: "smtp.rejected-at-mail-from",
    stage: "MAIL",
    from: ["sender-policy", "recipient-domain-invalid"],
    to: "sender-address-invalid",
    stageWeight: 0.4,
    // qmail-smtpd checks its badmailfrom list at MAIL FROM only (qmail-smtpd.c, smtp_mail:
    // "553 sorry, your envelope sender is in my badmailfrom list (#5.7.1)"): its words already
    // are the MAIL-stage reading, the site's own list of refused senders, and stay so when
    // qmail-remote's bounce says "Connected to ... but sender was rejected".
    keepProviders: ["qmail"],
    // A policy the words name is the reason at any stage: "554 Mail from <sender> rejected for
    // policy reasons. (in reply to MAIL FROM command)" (a real RFC 3464 bounce, sisimai's
    // set-of-emails maildir/bsd/rfc3464-03.eml) is the site's rule against this sender
    // (sender-policy), not a sender address that fails its checks. A domain the words name
    // ("Domain not found") is still the sender's at MAIL FROM: recipient-domain-invalid moves.
    keepReasons: ["sender-policy"],
    note: "The server refused the message at MAIL FROM, before any recipient: it refused the sender address or its domain.",
    source: "RFC 5321 section 3.3",
    example:
      "host mx.example.com[192.0.2.1] said: 553 5.1.8 <sender@example.net>: Sender address rejected: Domain not found (in reply to MAIL FROM command)",
  },
  {
    // Exchange Online's 5.7.57 refuses MAIL FROM from a client that did not log in. Its words
    // and Microsoft's reading of the code name the login (relay-denied); Microsoft's page for the
    // code gives a second fix after the credentials: the program or device must be able to
    // negotiate TLS, since Microsoft 365 takes SMTP AUTH only over TLS. So the code ranks
    // tls-required after the login, decides nothing, and moves nothing away from the login.
    id: "microsoft.5.7.57-tls-before-login",
    status: ["5.7.57"],
    from: [],
    to: "tls-required",
    stageWeight: 0.5,
    note: "Microsoft 365 takes a login (SMTP AUTH) only over TLS: a program or device that cannot negotiate TLS never logs in, and is refused as one that did not authenticate. Its page for 5.7.57 gives this as the second thing to check, after the credentials.",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-57-in-exchange-online (Fix email delivery issues for error code 5.7.57 in Exchange Online, read in x13-me/OfficeDocs-Exchange at 22636261: 'Verify that the application or device is able to negotiate TLS, as TLS is required in order to authenticate'); RFC 4954 section 4 (a server may require TLS before AUTH)",
    example: "5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
  },
  {
    // Every server answers DATA after refusing every RCPT TO with a command-order or argument
    // code (503, 5.5.1, 5.5.4) and, for OpenSMTPD, the registry's own text for it: the codes
    // say how the server reports it, not why the message failed; the wording ranks the causes
    // the earlier refusals may have had.
    id: "smtp.data-after-refused-recipients.codes",
    wording: "smtp.data-after-refused-recipients",
    from: ["protocol-syntax"],
    // Gmail's page documents its own "503 5.5.1 RCPT first." as a command out of sequence
    // (google-smtp-errors.ts, 5.5.1-rcpt-first): its reading, codes included, stays.
    keepProviders: ["google"],
    note: "The server refused the message because it had refused every recipient before: the command-order code it answers DATA with says how it reports that, not why the recipients were refused.",
    source:
      "RFC 2920 section 3.1 (a pipelining client sends DATA before it reads the RCPT replies); https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/smtp_session.c#L1639",
    example: "503 5.5.4 Invalid command arguments: No recipient specified",
  },
  {
    // Postal answers RCPT TO with "535 Mail server has been suspended" for a suspended server,
    // the sender's or the recipient's: 535 is SMTP AUTH's "credentials invalid" (RFC 4954), whose
    // reading (relay-denied) would decide alone, though no login failed. The wording ranks the
    // two causes the suspension may mean.
    id: "postal.server-suspended.codes",
    wording: "postal.server-suspended",
    from: [],
    codes: true,
    note: "The server's words say why it refused: the mail server the message belongs to is suspended. The code it answers with is borrowed from a login refusal and says nothing more.",
    source:
      "https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2/app/lib/smtp_server/client.rb#L369; RFC 4954 section 6 (535)",
    example: "535 Mail server has been suspended",
  },
  {
    // Zoho Mail answers any refusal by the recipient organisation's Email Policy with 554 5.2.3
    // (possibility-wordings.ts zoho.mail-policy-violation): the registry's "message length exceeds
    // administrative limit" would decide alone, though the policy may as well block the sender or
    // an attachment type. The wording ranks what the policy may have refused.
    id: "zoho.mail-policy-violation.codes",
    wording: "zoho.mail-policy-violation",
    from: [],
    codes: true,
    note: "The server's words say an email policy of the recipient's organisation refused the message; the status it answers with is the one it uses for every such refusal and does not say which rule.",
    source:
      "https://www.zoho.com/mail/email-policy-management.html (Zoho Mail, Email policy management); RFC 3463 section 3.3 (X.2.3)",
    example: "554 5.2.3 MailPolicy violation Error delivering to mailboxes",
  },
  {
    // Exchange's 5.2.2 either/or ("This message is larger than the current system limit or the
    // recipient's mailbox is full"): the status is the one it gives both, and RFC 3463's X.2.2
    // ("mailbox full") would decide alone what the words leave open. The wording
    // (possibility-wordings.ts exchange.size-or-storage-limit) ranks the two.
    id: "exchange.size-or-storage-limit.codes",
    wording: "exchange.size-or-storage-limit",
    from: [],
    codes: true,
    note: "The server's words name two causes, an over-size message or a full mailbox; the status it answers with is the one it gives both and does not choose.",
    source:
      "https://github.com/cfortune/PHP-Bounce-Handler/blob/956e65b0d502b1904546c3c46480409ded41d755/eml/51.eml (an Exchange DSN, real output); RFC 3463 section 3.3 (X.2.2)",
    example:
      "552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.",
  },
  {
    // Trend Micro DDEI's "521 Block permanently (Sender Filtering/Authentication)": its 521 is the
    // permanent form of its block, not RFC 7504's host that accepts no mail; the wording
    // (possibility-wordings.ts trend-micro.ddei-sender-filtering-block) ranks what it may be.
    id: "trend-micro.ddei-sender-filtering-block.codes",
    wording: "trend-micro.ddei-sender-filtering-block",
    from: [],
    codes: true,
    note: "The gateway's words say its sender filtering blocked the sender; the reply code it answers with marks the block as temporary or permanent and says nothing more.",
    source:
      "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (Deep Discovery Email Inspector 5.1 Online Help: SMTP Error Codes); RFC 7504 section 3 (521)",
    example: "521 Block permanently (Sender Filtering/Authentication)",
  },
];

/**
 * What a stated stage rules out of the causes that words or codes only leave possible: a reply
 * given before the recipient was named cannot be about that recipient's mailbox, one given before
 * the message was sent cannot be about its content, one given before the sender was named cannot
 * be about the sender's address. It limits a bare code's usual causes (reply-possibilities.ts) and
 * words that hedge between causes (possibility-wordings.ts, a list of examples, advice to the
 * sender): "reject due to policy restrictions" at the greeting cannot be the malformed header it
 * may mean after DATA. Words that name one cause keep their reading (a phrase or a concept: a
 * server may refuse at RCPT TO a sender whose earlier mail it found to be spam, and its words
 * are its own). Only a stage the bounce states limits anything: a stage guessed from the words
 * would rule causes out on a guess.
 */
export interface StageLimit {
  id: string;
  stage: SmtpStage;
  /** The causes the stage rules out of what codes and hedged words leave possible. */
  rulesOut: readonly CauseId[];
  note: string;
  source: string;
}

// Each list says why, cause by cause: what the client has not sent yet at that stage.
const RECIPIENT_CAUSES: readonly CauseId[] = [
  "recipient-unknown",
  "mailbox-full",
  "mailbox-disabled",
  "recipient-domain-invalid",
];
const CONTENT_CAUSES: readonly CauseId[] = ["content-spam", "content-virus"];
/**
 * Before MAIL FROM: no sender address to fail its checks, no SIZE declared (RFC 1870 section 6:
 * the size comes as a MAIL FROM parameter) and no content, no recipient to relay to (RFC 5321
 * section 3.6: relaying is about the domain of a recipient the client names at RCPT TO).
 */
const BEFORE_MAIL_CAUSES: readonly CauseId[] = [
  "sender-address-invalid",
  "message-too-large",
  "relay-denied",
];
const STAGE_ORDER_SOURCE =
  "RFC 5321 section 3.3 (MAIL FROM names the sender, RCPT TO each recipient, DATA then sends the content) and section 4.1.1.1 (EHLO opens the session)";

// No limit at RCPT TO yet, though the content is not sent there either: the invariance and
// source-reply suites paste every reply "in reply to RCPT TO command", the DATA-stage replies of
// content filters included, and a limit there would judge those pastes by a stage the servers
// never gave them. It waits for the suites to paste each reply at its own stage.
export const STAGE_LIMITS: readonly StageLimit[] = [
  {
    // At the greeting the client has sent nothing: no name, no identity SPF could check (RFC 7208
    // checks the HELO or MAIL FROM identity, section 2.3 and 2.4; DKIM and DMARC read the
    // content), and no command whose syntax could be wrong. A client that talks before the
    // greeting is refused in words of its own ("554 SMTP synchronization error"), a concept
    // that keeps its reading.
    id: "smtp.stage-limit.conn",
    stage: "CONN",
    rulesOut: [
      ...RECIPIENT_CAUSES,
      ...CONTENT_CAUSES,
      ...BEFORE_MAIL_CAUSES,
      "authentication-failure",
      "protocol-syntax",
    ],
    note: "At the greeting the client has sent nothing: no command, sender, recipient or content. The refusal cannot be about them, nor about a sender authentication that has nothing to check yet.",
    source: `${STAGE_ORDER_SOURCE}; RFC 5321 section 4.3.1 (the client waits for the greeting before its first command); RFC 7208 sections 2.3 and 2.4 (the identities SPF checks)`,
  },
  {
    // At HELO the name it gives may be malformed (protocol-syntax) or fail SPF's HELO check
    // (RFC 7208 section 2.3): both stay possible.
    id: "smtp.stage-limit.helo",
    stage: "HELO",
    rulesOut: [...RECIPIENT_CAUSES, ...CONTENT_CAUSES, ...BEFORE_MAIL_CAUSES],
    note: "At HELO/EHLO the client has named only itself: no sender, recipient, message size or content has been sent, so the refusal cannot be about them.",
    source: `${STAGE_ORDER_SOURCE}; RFC 1870 section 6 (SIZE is a MAIL FROM parameter); RFC 5321 section 3.6 (relaying concerns a recipient's domain)`,
  },
  {
    // At MAIL FROM the sender's address, its SPF, a declared SIZE and the server's demand for
    // authentication before it relays (Microsoft's 5.7.57) all stay possible.
    id: "smtp.stage-limit.mail",
    stage: "MAIL",
    rulesOut: [...RECIPIENT_CAUSES, ...CONTENT_CAUSES],
    note: "At MAIL FROM no recipient or content has been sent: the refusal cannot be about them.",
    source: STAGE_ORDER_SOURCE,
  },
];
