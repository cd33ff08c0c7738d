// Concepts: named detectors for the reason a sentence gives, whatever its verb. Each is a pair
// of token sets that must both occur close together in the server's words (an SPF token and a
// failure token within WINDOW characters), so that paraphrases match: "didn't pass SPF",
// "SPF check ... did not pass", "SPF fail - not authorized", "is not allowed to send mail
// from" after "SPF:". The reason outweighs the verb ("rate limited because SPF didn't pass" is
// authentication) by its weight (weights.ts WEIGHTS.concept). Every concept cites real output.
import type { CauseId } from "@/lib/causes/causes";

export interface ConceptExample {
  /** The words as the server (or the provider's page) gave them. */
  text: string;
  /** Where they were read. */
  source: string;
}

export interface Concept {
  id: string;
  cause: CauseId;
  /** Plain words for the explanation: what the server's words say. */
  says: string;
  /** Any one of these (lower case) marks the subject. */
  subject: readonly string[];
  /** Any one of these within WINDOW characters of the subject marks the failure. */
  failure: readonly string[];
  /** Its weight when not the default WEIGHTS.concept (a concept that is only as sure as a collected wording). */
  weight?: number;
  /** When one of these occurs anywhere, the concept does not fire (a known misleading neighbour). */
  unless?: readonly string[];
  examples: readonly ConceptExample[];
}

/** How far apart (in characters of normalised words) the subject and the failure may be. */
export const CONCEPT_WINDOW = 90;

const FAILED = [
  "fail",
  "did not pass",
  "didn't pass",
  "does not pass",
  "doesn't pass",
  "not pass",
  "not authorized",
  "not authorised",
  "not permitted",
  "not allowed",
  "invalid",
  "rejected",
  "violation",
];

/** A real bounce kept in a public repository's test data: the server's words, cited there. */
const BOUNCE_PARSER = "rjbs/Mail-DeliveryStatus-BounceParser";
const CRISP = "crisp-oss/email-bounce-parser";
const FLUFL = "wRAR/flufl.bounce";
const RONBELTRAN = "ronbeltran/bounce_email";
const CFORTUNE = "cfortune/PHP-Bounce-Handler";
/** Mail servers read for issue 8's source sweep (lib/knowledge/signatures/source-replies). */
const HARAKA = "https://github.com/haraka";
const CYRUS =
  "https://github.com/cyrusimap/cyrus-imapd/blob/6309cd0f35e0875ebbcca7fe07ec032610d5dd24";
const DOVECOT = "https://github.com/dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22";
const MADDY = "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e";
const HMAILSERVER =
  "https://github.com/hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177/hmailserver/source";
const RSPAMD = "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089";
const IREDAPD = "https://github.com/iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221";
const STALWART =
  "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound";
/** Round 3 of the source sweep: list managers, Node, Go and Python servers, cPanel. */
const MAILMAN3 = "debian:mailman3=3.3.8-2~deb12u2:/usr/lib/python3/dist-packages/mailman";
const MAILMAN2 =
  "https://github.com/jurov/gnu-mailman/blob/255348a9654b8b5ee1930936cafb991f1dee85a7";
const MLMMJ = "debian:mlmmj=1.3.0-4:/usr/share/mlmmj/text.skel/en/deny-post";
const SYMPA =
  "https://github.com/sympa-community/sympa/blob/1d59e9a4998f72ee7bd84d0ee2aa30aee5f8f5de";
const ZONEMTA = "https://github.com/zone-eu/zone-mta/blob/cf94b992e3a5eb81f0bdf28455210227e68a44a9";
const POSTAL =
  "https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2";
const AIOSMTPD =
  "https://github.com/aio-libs/aiosmtpd/blob/44c0159d77719ffc38696f166b49c5edc013560a";
const MIMEDEFANG =
  "https://github.com/The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a";
/** Lavabit's mail server (magma): its SMTP replies, each saying which limit or lock refused. */
const MAGMA =
  "https://github.com/lavabit/magma/blob/7afb44ee0435079f6911232cd49ce3d2ba121d20/src/servers/smtp";
const MOX = "https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver";
/** qpsmtpd's plugins (its replies read for a probe of documented strings, session 13). */
const QPSMTPD = "https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f";
const COURIER_HEAD =
  "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier";
const POSTFIX_SMTPD_CHECK =
  "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c";

// Words that make a recipient's "does not exist" or "not found" about something else: the
// sender's address (sender-address-invalid), the recipient's domain (recipient-domain-invalid),
// an SMTP AUTH login (the sender's own account).
const NOT_THE_RECIPIENT = [
  "sender",
  "mail from",
  "from address",
  "envelope from",
  "return path",
  "return-path",
  "originator",
  "domain does not exist",
  "domain doesn't exist",
  "domain not found",
  "domain name not found",
  "no such domain",
  "unknown domain",
  "host not found",
  "host unknown",
  "unknown host",
  "nxdomain",
  // Elastic Email: "The domain part of the email address does not exist or could not be
  // resolved" is the domain's.
  "domain part",
  // A hedge over several causes (cPanel's "The account or domain may not exist, they may be
  // blacklisted, or missing the proper dns entries", crisp-oss 550_unkown_server.txt).
  "may not exist",
  "authentication",
  "login",
  "password",
  "credential",
  // The connecting client's address or name ("your IP address does not exist in our allow
  // list", "the PTR record for your address does not exist"): a policy on the sender's host.
  // An operating system's error text (strerror: ENOENT, ESRCH, ENODEV, ENXIO) from a local
  // delivery program: "Failed to read response template ...: No such file or directory" under
  // a piped recipient (Sisimai's lhost-exim-44) is the program's failure, not an unknown user.
  "no such file",
  "no such process",
  "no such device",
  // (Not "client": it is a common local part, "550 5.1.1 <client@mistas.com> User doesn't
  // exist", crisp-oss 550_5_1_1_no_such_recipient_variant_8.txt.)
  "ip address",
  "helo",
  "ehlo",
  "ptr",
  "reverse",
  "whitelist",
  "allowlist",
  "allow list",
];

export const CONCEPTS: readonly Concept[] = [
  {
    id: "concept.spf-failed",
    cause: "authentication-failure",
    says: "SPF did not pass for the sender",
    subject: ["spf", "sender policy framework"],
    // A permanent error is the sender domain's own broken record (RFC 7208 section 2.6.7: a
    // syntax error, too many DNS lookups): the sender's admin must fix it, as for a fail.
    // "we only accept mail from SPF enabled domains" (smf-spf's RefuseSPFNone): the sender's
    // domain publishes no SPF record, which the sender's admin must add.
    // MailChannels: "550 5.7.1 [BFD] Sender prohibited by SPF".
    failure: [...FAILED, "permanent error", "permerror", "blocked", "only accept", "prohibited"],
    examples: [
      {
        text: "550 5.7.1 [BFD] Sender prohibited by SPF",
        source:
          "https://docs.mailchannels.com/email-api/sending-policies (Sending policies (MailChannels Email API))",
      },
      {
        text: "550 5.7.1 Sorry alice@example.net, we only accept mail from SPF enabled domains.",
        source:
          "https://github.com/jcbf/smf-spf/blob/f8a673664032456f4303b3b980e549ea64ed3d84/smf-spf.c#L517 (smf-spf, RefuseSPFNone)",
      },
      {
        text: "550 5.7.27 This message was blocked because it didn't pass SPF authentication",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.27)",
      },
      {
        text: "550 5.7.1 <almacen@moyamaquinaria.com>: Recipient address rejected: Message rejected due to: SPF fail - not authorized.",
        source:
          "https://pastebin.com/JEF0NJwb (Exim bounce from a postfix-policyd-spf-python server)",
      },
      {
        text: "550 SPF: 111.118.215.71 is not allowed to send mail from webhugh.com",
        source: "https://pastebin.com/etXwiYvq (Exim bounce, the remote server's reply)",
      },
      {
        text: "550 Blocked by SPF.",
        source: `${HMAILSERVER}/Server/Common/AntiSpam/SpamTestSPF.cpp#L65 (hMailServer's SPF test)`,
      },
      {
        text: "550 sender <alice@example.net> SPF Permanent Error",
        source: `${HARAKA}/haraka-plugin-spf/blob/64acdc903d38032cfa0a8d4f08aad36cd65f4c37/index.js#L305 (Haraka's spf plugin, deny.mfrom_permerror)`,
      },
    ],
  },
  {
    id: "concept.dkim-failed",
    cause: "authentication-failure",
    says: "the DKIM signature did not verify",
    subject: ["dkim"],
    failure: [...FAILED, "no valid", "missing", "bad signature"],
    // "554 Transaction failed: Duplicate header 'DKIM-Signature'." (Amazon SES): a malformed
    // header, not a failed signature.
    unless: ["duplicate header"],
    examples: [
      {
        text: "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM. For this message, DKIM checks did not pass and SPF check for [example-domain.com.au] did not pass with ip: [192.0.2.1].",
        source:
          "https://support.webcentral.au/docs/delivering-emails-to-gmail (a Gmail reply quoted in full)",
      },
    ],
  },
  {
    id: "concept.dmarc-failed",
    cause: "authentication-failure",
    says: "the sender's DMARC policy refused the message",
    subject: ["dmarc"],
    failure: [...FAILED, "policy", "reject", "quarantine"],
    examples: [
      {
        text: "550-5.7.26 Unauthenticated email from example.com is not accepted due to domain's DMARC policy.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.26)",
      },
    ],
  },
  {
    id: "concept.judged-spam",
    cause: "content-spam",
    says: "the message was judged to be spam",
    // "Spam" also names sources and lists ("spam ips blocked"): no surer than a collected wording.
    weight: 1.5,
    // "spamming", "antispam", "unsolicited" and MailMarshal's "SpamProfiler" name the verdict
    // too (examples below); "spam list" does not (a list of senders: a block list).
    subject: [
      "spam",
      "spamming",
      "antispam",
      "unsolicited",
      "spamprofiler",
      // DSPAM is "Scalable, open-source statistical anti-spam filter"
      // (https://ports.macports.org/api/v1/ports/dspam, MacPorts "dspam"): a refusal naming it
      // is that filter's verdict on the content.
      "dspam",
      "bulk mail",
      "bulk email",
      "phishing",
      // magma's "THIS MESSAGE IS BEING BLOCKED ON SUSPICION OF BEING JUNK MAIL".
      "junk mail",
    ],
    failure: [
      "reject",
      "blocked",
      "refused",
      "detected",
      "identified",
      "classified",
      "consider",
      "suspected",
      "looks like",
      "scored",
      "score",
      "probable",
      "appears to be",
      "appears similar",
      "triggered",
      "matched",
      "matches",
      "impersonat",
      "spam-like",
      "not allowed",
      "classification",
      // qpsmtpd's dspam plugin gives the filter's verdict as "dspam says, no spam please" (and
      // "we agree, no spam please" when SpamAssassin concurs).
      "no spam please",
    ],
    // Gmail's closing sentences name spam as the reason for its policies, not as the verdict on
    // this message (https://support.google.com/a/answer/3726730 uses them after SPF, PTR and
    // rate-limit replies alike).
    // "Unsolicited mail originating from your IP" is a verdict on the sending address (generic.ts
    // content-spam unless). Sendmail's cf/README blocks a sender by name with "550 Spam not
    // accepted" (sender-policy, generic.ts): no failure token here reads "not accepted".
    unless: [
      "protect our users from spam",
      "reduce the amount of spam",
      "spamhaus",
      "spamcop",
      "spam list",
      "originating from your ip",
      "spam abuse detected from ip",
      // Gmail's pages name "bulk email senders" after an SPF, DKIM, TLS or PTR refusal
      // (providers/google-smtp-errors.ts): the sender's kind, not a verdict on this message.
      "bulk email senders",
      "bulk senders",
      "senders guidelines",
      // policyd-weight's "Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to
      // correct HELO and DNS MX settings or to get removed from DNSBLs" is a score of the
      // sending server's DNS and blocklist listings at RCPT, before any content
      // (possibility-wordings.ts policyd-weight.score).
      "removed from dnsbls",
      // iRedMail's helo_access table names the sending host, by its HELO name, as a known spam
      // source: "appears to come from a known spamming mail server" (a verdict on the server,
      // generic.ts bad-reputation; iredmail/iRedMail samples/postfix/helo_access.pcre).
      "spamming mail server",
      // A site's verdict on the sending network (concept.spam-from-sender-network).
      "spam from your",
      // Verdicts on how the sender behaves, not on this message (concept.spam-behaviour).
      "spam-like behavior",
      "spam-like behaviour",
      "characteristic of spam",
      "source of spam",
      "spam source",
      "spam rate",
      "sending spam",
      "too many messages containing",
      "may be compromised",
      // Outlook.com's SC-001 hedges: "content with spam-like characteristics or IP/domain
      // reputation" names two causes.
      "ip/domain reputation",
    ],
    examples: [
      {
        text: "550 5.6.1 dspam says, no spam please",
        source: `${QPSMTPD}/plugins/dspam#L492 (qpsmtpd's dspam plugin: DSPAM's spam verdict, sent with X.6.1 by Qpsmtpd::DSN->media_unsupported; the words outweigh that code)`,
      },
      {
        text: "550 DATA BLOCKED - THIS MESSAGE IS BEING BLOCKED ON SUSPICION OF BEING JUNK MAIL",
        source: `${MAGMA}/smtp.c (magma: its spam filter's verdict at the end of DATA)`,
      },
      {
        text: "554 5.7.0 Reject, id=20025-09 - SPAM",
        source:
          'https://gitlab.com/amavis/amavis/-/blob/master/amavisd (amavisd-new: "Reject, id=..., - SPAM" on a message whose spam score reached the kill level)',
      },
      {
        text: "550 Probable Spam",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection15.msg (Diagnostic-Code)`,
      },
      {
        text: "554 Sorry, this message appears to be spam (#5.6.0)",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection17.msg (Diagnostic-Code)`,
      },
      {
        text: "550 Spamming not allowed",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection31.msg (Diagnostic-Code)`,
      },
      {
        text: "550 Message refused by MailMarshal SpamProfiler",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection33.msg (Diagnostic-Code)`,
      },
      {
        text: "554 5.7.1 Your email appears similar to spam we have received before. We urge you to modify your message and resend it.",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection34.msg (Diagnostic-Code)`,
      },
      {
        text: "554 5.7.1 The message from (<automated-bounces@email.example.com>) with the subject of (foo) matches a profile the Internet community may consider spam. Please revise your message before resending.",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection19.msg (Diagnostic-Code; the envelope sender shortened)`,
      },
      {
        text: "550 5.7.1 Rejected - bulk email",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection37.msg (Diagnostic-Code)`,
      },
      {
        text: "553 5.7.3 CONTENT REJECT:192.168.95.162.2011101001.XXYIvtHf:dspam check:4:http://mail.test.com/info/policy/12",
        source: `${BOUNCE_PARSER} t/corpus/spam-rejection25.msg (Diagnostic-Code, unfolded)`,
      },
      {
        text: "550 Mail matches a known spam signature",
        source: `https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/data.signatures.js#L16 (Haraka: the body holds a string of the site's data.signatures list)`,
      },
      {
        text: "550 Phishing message appears to impersonate example.com",
        source: `${HARAKA}/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js#L471 (Haraka's headers plugin, from_phish)`,
      },
      {
        text: "550 5.7.1 Message rejected as spam by Content Filtering.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
      },
    ],
  },
  {
    // A spam verdict on a named part of the message (its subject, headers, body, keywords):
    // "Spam Header rejected", "Spam Body rejected" (Hornetsecurity's filter, EveryCloud's
    // codes), and an admin's header_checks text in the same shape ("Spam subject not
    // accepted"). Naming the part makes it a verdict on this message's content, where "spam"
    // alone also names senders and lists (concept.judged-spam weighs less for that). The subject
    // is "spam" as a whole word: "spamhaus" and "spamcop" are lists.
    id: "concept.spam-in-content",
    cause: "content-spam",
    says: "a part of the message (its subject, headers or body) was judged to be spam",
    subject: ["spam"],
    failure: ["subject", "header", "body", "content", "keyword", "phrase"],
    // A link or domain in the message is read against domain lists (domain-blocklisted); spam
    // from the sender's network or a list of sources is a verdict on the sender; Gmail's
    // closing sentence names spam as its policy's reason after any refusal.
    unless: [
      "url",
      "uri",
      "link",
      "domain",
      "from your",
      "spam list",
      "spam source",
      "protect our users from spam",
      "reduce the amount of spam",
      "bulk email senders",
      // A report's own Subject: header beside its words (MailScanner's "Subject: {Bounce}
      // Unsolicited commercial email rejected ... Our UCE (spam) detectors"): not the part
      // judged.
      "subject:",
      // GoDaddy's IB110: an IP blocked "for attempting to send too many messages containing
      // content judged to be spam" is a verdict on the sender's history (concept.spam-behaviour).
      "too many messages containing",
    ],
    examples: [
      {
        text: "554 5.6.1 Spam Header rejected",
        source:
          "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Workspace classification codes, EveryCloud support: Hornetsecurity's filter)",
      },
      {
        text: "554 5.6.3 Spam Body rejected",
        source:
          "https://support.everycloud.com/support/solutions/articles/4000007755-workspace-classification-codes (Workspace classification codes, EveryCloud support: Hornetsecurity's filter)",
      },
    ],
  },
  {
    id: "concept.recipient-does-not-exist",
    cause: "recipient-unknown",
    says: "the recipient's address (its user or mailbox) does not exist",
    subject: [
      "recipient",
      "rcpt",
      "user",
      "mailbox",
      "mail box",
      "address",
      "addressee",
      "account",
      "local part",
      "local-part",
      "username",
      // A mailing list's address: "List 'test@lists.example.com' does not exist." (Sympa).
      "list",
    ],
    // "dosn't" is a server's own misspelling (crisp-oss 554_does_not_exist.txt).
    failure: ["not exist", "n't exist", "dosn't exist", "nonexistent", "non-existent"],
    unless: NOT_THE_RECIPIENT,
    examples: [
      {
        text: "List 'test@lists.example.com' does not exist.",
        source: `${SYMPA}/default/mail_tt2/delivery_status_notification.tt2#L60 (Sympa, status 5.1.2)`,
      },
      {
        text: "550 Recipient does not exist",
        source: `${BOUNCE_PARSER} t/corpus/doesnotexist2.msg (eXpurgate's mxtls.expurgate.de, Diagnostic-Code)`,
      },
      {
        text: "550 Recipient does not exist on this system",
        source: `${BOUNCE_PARSER} t/corpus/user-unknown-dne.msg (Diagnostic-Code)`,
      },
      {
        text: "550 User [recipient@example.net] does not exist",
        source: `${BOUNCE_PARSER} t/corpus/doesnotexist.msg (Diagnostic-Code)`,
      },
      {
        text: "554 Rcpt <recipient@example.net> does not exist",
        source: `${BOUNCE_PARSER} t/corpus/rcpt-dne.msg (Diagnostic-Code)`,
      },
      {
        text: "553 5.3.0 <recipient@example.net>... Address does not exist",
        source: `${BOUNCE_PARSER} t/corpus/yahoo-user-unknown.msg (Postfix's quote of the remote reply)`,
      },
      {
        text: "554 5.7.1 <contact@monsson.com>: Recipient address rejected: user contact@monsson.com does not exist",
        source: `${CRISP} test/fixtures/554_5_7_1_no_such_recipient.txt`,
      },
      {
        text: "554 5.7.1 <aaaaagggrrriiiizz@inbox.lv>: Recipient address rejected: Nonexistent user",
        source: `${RONBELTRAN} tests/bounces/tt_1234177688.txt`,
      },
    ],
  },
  {
    id: "concept.no-such-recipient",
    cause: "recipient-unknown",
    says: "there is no such recipient (no user or mailbox by that name) at the receiving server",
    // No "address": "Address not found" is Gmail's heading for an unknown user and an unknown
    // domain alike. No "account": "account not found" is also an SMTP AUTH answer.
    subject: ["recipient", "rcpt", "user", "mailbox", "mail box", "addressee", "local part"],
    // "No account" only as the failure beside a recipient or user (never the subject: see above).
    failure: ["no such", "not found", "no mailbox", "no mail box", "no account"],
    unless: NOT_THE_RECIPIENT,
    examples: [
      {
        text: "550 No such recipient here",
        source: `${CRISP} test/fixtures/550_no_such_recipient_variant_11.txt`,
      },
      {
        text: "550 no mailbox by that name is currently available",
        source: `${CRISP} test/fixtures/550_mailbox_unavailable.txt`,
      },
      {
        text: "550 ** No mail box available for this user **",
        source: `${BOUNCE_PARSER} t/corpus/nomailbox.msg (Diagnostic-Code)`,
      },
      {
        text: "550 5.7.1 No mailbox found",
        source: `${BOUNCE_PARSER} t/corpus/mailbox-unknown.msg (Diagnostic-Code)`,
      },
      {
        text: "550 Recipient Rejected: No account by that name here",
        source: `${BOUNCE_PARSER} t/corpus/non-autoreply.msg (host sitemail.everyone.net)`,
      },
      {
        text: "552 1 Requested mail action aborted, mailbox not found",
        source: `${CRISP} test/fixtures/552_no_such_recipient.txt (Yahoo's mta7.am0.yahoodns.net, end of DATA)`,
      },
    ],
  },
  {
    id: "concept.mailbox-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox is full (over its storage quota)",
    // Quotas on storage: a quota on sending is concept.sending-quota (rate-limited).
    subject: [
      "mailbox",
      "mail box",
      "mailfolder",
      "mail folder",
      "inbox",
      "quota",
      "disk space",
      // "User has exhausted allowed storage space" (WEB.DE), "Account storage limit" (GoDaddy),
      // "The domain size limit has been exceeded" (SmarterMail).
      "storage space",
      "storage limit",
      "domain size limit",
      "account",
    ],
    // Not a bare "full": "Mailbox full" is generic.ts's own wording already (a concept on the
    // same words would count them twice, and outweigh another recipient's words run into these:
    // Sisimai's lhost-opensmtpd-17 "... User unknown mailboxfull@...: 552 5.2.2 ... Mailbox full").
    failure: [
      "is full",
      "a full",
      "full mailbox",
      "exceed",
      "over quota",
      "over the quota",
      "over its quota",
      "not enough",
      "enough space",
      "space limit",
      "allowed size",
      "violation",
      "used up",
      "exhausted",
      "storage limit",
    ],
    unless: [
      // A limit on sending, not on storage ("THIS ACCOUNT MAY ONLY SEND 250 MESSAGES", magma).
      "sending",
      "outbound",
      "only send",
      // An account locked or suspended for breaking a rule is closed, not full ("HAS BEEN
      // LOCKED FOR ABUSE POLICY VIOLATIONS", magma: concept.account-inactive).
      "policy violation",
      "relay quota",
      "queue quota",
      "submission quota",
      "transfer quota",
      "traffic quota",
      "throttl",
      "daily message quota",
      "per hour",
      "hourly quota",
      "daily quota",
      "per day",
      "per minute",
      "rate limit",
      "message rate",
      "inbound rate",
      "connection",
      "recipients",
      // One message's size against a limit on messages.
      "message size",
      "message is too",
      "message too",
      "message exceeds",
      "message length",
      "maximum message",
      "size of the message",
      // The server's own disk (RFC 3463 X.3.1), not the recipient's mailbox.
      "system storage",
      "fully qualified",
    ],
    examples: [
      {
        text: "550 Benutzer hat das Speichervolumen ueberschritten. / User has exhausted allowed storage space.",
        source:
          "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Typische Fehlermeldungen bei Unzustellbarkeit: WEB.DE's reply)",
      },
      {
        text: "Account storage limit",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (Fix rejected email with a bounce error (GoDaddy Help))",
      },
      {
        text: "User mailbox exceeds allowed size: a@b.c",
        source: `${BOUNCE_PARSER} t/corpus/quota.msg (an SMTP32 server's bounce text)`,
      },
      {
        text: "The recipient mailbox has exceeded its disk space limit.",
        source: `${BOUNCE_PARSER} t/corpus/quota-7.msg (Diagnostic-Code: x-unix)`,
      },
      {
        text: "has failed due to a full mailbox.",
        source: `${RONBELTRAN} tests/bounces/unknown_code_bounce_01.txt`,
      },
      {
        text: "552 Quota violation for dump@dachamp.com",
        source: `${FLUFL} flufl/bounce/tests/data/simple_14.txt (552 is RFC 5321's "exceeded storage allocation")`,
      },
      {
        text: "552 Message for <bbbsss@turbosport.com> would exceed mailbox quota",
        source: `${FLUFL} flufl/bounce/tests/data/simple_01.txt`,
      },
      {
        text: "Mailbox quota usage exceeded.",
        source: `${CFORTUNE} eml/26.eml`,
      },
      {
        text: "552 Account(s) <agrisa@one.lv> does not have enough space",
        source: `${RONBELTRAN} tests/bounces/tt_1234285668.txt`,
      },
      {
        text: "The e-mail message could not be delivered because the user's mailfolder is full.",
        source: `${FLUFL} flufl/bounce/tests/data/qmail_02.txt`,
      },
    ],
  },
  {
    id: "concept.no-mail-host",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain publishes no usable mail server (its MX records lead nowhere)",
    subject: [
      "mx host",
      "mx hosts",
      "mx record",
      "mx records",
      "mail exchanger",
      "mail exchangers",
    ],
    failure: ["no valid", "non-existent", "nonexistent", "not found"],
    // The sender's domain (Apache James's "sender <addr> contains a domain with no valid MX
    // records", ValidSenderDomainHandler.java), a lookup that failed for now (Postfix's "Host not
    // found, try again": remote-unreachable), or the receiving host's own setup (Exim's "lowest
    // numbered MX record points to local host").
    unless: [
      "sender",
      "mail from",
      "from domain",
      "your domain",
      "helo",
      "try again",
      "timed out",
      "timeout",
      "servfail",
      "temporar",
      "local host",
    ],
    examples: [
      {
        text: "all relevant MX records point to non-existent hosts",
        source:
          "https://github.com/Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205/src/src/routers/dnslookup.c (Exim's dnslookup router when no MX host has an address)",
      },
      {
        text: "no valid MX hosts found",
        source:
          "osandum/bounce-parser src/test/resources/kundenserver_de.eml (1&1's mout-bounce.kundenserver.de, for an onmicrosoft.com recipient)",
      },
    ],
  },
  {
    id: "concept.message-too-large",
    cause: "message-too-large",
    says: "the message is larger than the receiving server accepts",
    subject: [
      "message size",
      "size of the message",
      "size of this message",
      "message length",
      "mail size",
      "header size",
      // A list's or a library's limit, without the word "message" beside "size": "larger than
      // the 40 KB maximum size" (Mailman 3), "over the maximum size (5120 kB) allowed on this
      // list" (Sympa), "Too much mail data" (aiosmtpd), "Your message was too big" (Mailman 2).
      "maximum size",
      "mail data",
      "message was too big",
      "message was too large",
      // The SIZE a client declares at MAIL FROM (RFC 1870) over the server's limit: magma's
      // "552 MAIL FROM ERROR - SIZE EXCEEDS SYSTEM LIMIT".
      "size exceeds",
      // Providers' own wordings (examples below): "Maximum email size exceeded", "exceeded
      // mailsize limit", "Maximum size of the message reached", "Message is too long", "The
      // length of DATA content is achieved the maximum threshold", "Your e-mail message is
      // larger than the destination mail system is able to accept".
      "email size",
      "mailsize",
      "maximum allowed size",
      "allowed size",
      "size of the message",
      "message is too long",
      "length of data",
      "message is larger",
    ],
    failure: [
      "exceed",
      "too large",
      "too big",
      "larger than",
      "over the maximum",
      "too much",
      // "550.5.7.0 Message Size Violation" (The Access Group's list of bounce reasons).
      "violation",
      "reached",
      "threshold",
      "too long",
    ],
    // Against the recipient's remaining storage it is a full mailbox (concept.mailbox-full).
    unless: ["quota", "mailbox", "storage", "disk space", "remaining"],
    examples: [
      {
        text: "554 Maximum email size exceeded",
        source:
          "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 (Mimecast SMTP Error Codes)",
      },
      {
        text: "552 Requested mail action aborted: exceeded mailsize limit",
        source:
          "http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html (NetEase help centre: bounce codes)",
      },
      {
        text: "5.2.0 Taille limite du message atteinte. Maximum size of the message reached. OFR_514 [514].",
        source: "https://github.com/sisimai/p5-sisimai/issues/240 (SMTP Error codes in orange.fr)",
      },
      {
        text: "501 5.7.1 Message is too long",
        source:
          "https://docs.icewarp.com/Content/IceWarp-Server/Administration-Nodes/Status/Logs/Interpretation%20of%205xx%20Errors%20in%20Icewarp%20SMTP.htm (Interpretation of 5xx Errors in IceWarp SMTP)",
      },
      {
        text: "510 The length of DATA content is achieved the maximum threshold",
        source:
          "https://help.aliyun.com/document_detail/36612.html (Alibaba Mail: common bounce errors)",
      },
      {
        text: "net 006: Your e-mail message is larger than the destination mail system is able to accept.",
        source:
          "http://www.postmaster.bellsouth.net/error.htm (E-mail Error List, AT&T Postmaster, BellSouth)",
      },
      {
        text: "552 MAIL FROM ERROR - SIZE EXCEEDS SYSTEM LIMIT",
        source: `${MAGMA}/smtp.c#L81 (magma: the SIZE declared at MAIL FROM over its limit)`,
      },
      {
        text: "552 Error: Too much mail data",
        source: `${AIOSMTPD}/aiosmtpd/smtp.py#L1485 (aiosmtpd, past data_size_limit)`,
      },
      {
        text: "The message is larger than the 40 KB maximum size",
        source: `${MAILMAN3}/rules/max_size.py#L68 (Mailman 3's reason in its rejection notice)`,
      },
      {
        text: "Your message could not be sent because its size (12000 kB) was over the maximum size (5120 kB) allowed on this list.",
        source: `${SYMPA}/default/mail_tt2/delivery_status_notification.tt2#L63 (Sympa, status 5.2.3)`,
      },
      {
        text: "This mail message has exceeded the maximum incoming message size.",
        source: `${FLUFL} flufl/bounce/tests/data/dsn_03.txt (an NTMail server's bounce text)`,
      },
      {
        text: "552 5.2.2 Mail size is larger than the maximum size allowed by server configuration",
        source: `${DOVECOT}/src/plugins/quota/quota.c#L289 (Dovecot's quota_max_mail_size, sent with the quota's 5.2.2 by its LMTP server)`,
      },
      {
        text: "534 Message header size exceeds policy limit.",
        source:
          "https://github.com/svarshavchik/courier/blob/858a557f97f059e509c1fef9901d23b131ca1c6f/courier/courier/submit.C#L2197 (Courier 1.0.16: its 534 echoes RFC 3463's 5.3.4, not RFC 4954's 534)",
      },
      {
        text: "550.5.7.0 Message Size Violation",
        source:
          "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-email (The Access Group: reasons for client email bounces)",
      },
      {
        text: "552 5.3.4 Message size exceeds fixed limit",
        source:
          "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c (Postfix smtpd: a MAIL FROM SIZE over message_size_limit)",
      },
    ],
  },
  {
    id: "concept.ptr-missing",
    cause: "reverse-dns",
    says: "the sending IP address has no valid reverse DNS (PTR) name",
    subject: [
      "reverse dns",
      "ptr record",
      "ptr resource record",
      "rdns",
      "reverse lookup",
      "reverse-dns",
      "ptr-record",
      // Forward-confirmed reverse DNS: OpenSMTPD's filter keyword (smtpd.conf(5) "fcrdns").
      "fcrdns",
      // AT&T: "does not have a valid revers DNS entry"; Spectrum: "requires a full circle DNS".
      "revers dns",
      "full circle dns",
    ],
    failure: [
      "missing",
      "no ",
      "not ",
      "fix",
      "fail",
      "invalid",
      "bad ",
      "without",
      "does not",
      "doesn't",
      "unable",
      "cannot",
      "can't",
      "required",
      // iRedAPD's list of refused reverse names (generic and dynamic hosts' PTR names).
      "blacklisted",
      // St Dominic's: "Rejected due to reverse DNS mismatch" (the name does not lead back).
      "mismatch",
    ],
    // Sendmail's Relay_ok refuses a client that asks to relay when its PTR lookup fails for
    // now: a relay refusal, as its "IP name lookup failed" is (generic.ts relay-denied).
    unless: ["relaying temporarily denied"],
    examples: [
      {
        text: "net 008: The IP you are sending from does not have a valid revers DNS entry.",
        source:
          "http://www.postmaster.bellsouth.net/error.htm (E-mail Error List (AT&T Postmaster Information Website, BellSouth))",
      },
      {
        text: "554 5.7.1 <bob@example.com>: Recipient address rejected: Blacklisted reverse DNS name of server IP address",
        source: `${IREDAPD}/libs/__init__.py#L20 (iRedAPD's wblist_rdns plugin, through Postfix's check_policy_service)`,
      },
      {
        text: "550-5.7.25 [192.0.2.1] The IP address sending this message does not have a PTR record setup, or the corresponding forward DNS entry does not point to the sending IP. As a policy, Gmail does not accept messages from IPs with missing PTR records. - gsmtp",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.25)",
      },
      {
        text: "550 no FCrDNS is so 80s",
        source:
          "https://man.openbsd.org/smtpd.conf.5 (the filter example: match !fcrdns disconnect)",
      },
    ],
  },
  {
    id: "concept.low-reputation",
    cause: "bad-reputation",
    says: "the receiver judges the sending IP address or domain by a low reputation",
    // Karma is Haraka's reputation of a client (its history with the server and the other
    // checks' findings), in its own word.
    subject: ["reputation", "karma"],
    // "IP sender address with a negative reputation" (Hornetsecurity), "sending IP has
    // insufficient reputation" (Titan).
    failure: [
      "low",
      "poor",
      "bad",
      "negative",
      "insufficient",
      "rate limited due to",
      "deferred due to",
    ],
    examples: [
      {
        text: "421 4.7.0 This message is suspicious due to the very low reputation of the sending IP address. To protect our users from spam, email sent from your IP address has been temporarily rate limited.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.7.0)",
      },
      {
        text: "451 4.7.650 The mail server [192.0.2.5] has been temporarily rate limited due to IP reputation. For e-mail delivery information, see https://postmaster.live.com (S775)",
        source:
          "lib/knowledge/providers/microsoft.ts olc.4.7.650-ip-reputation (Outlook.com postmaster codes; line as that table reconstructs it)",
      },
      {
        text: "550 very bad karma score: -6",
        source: `${HARAKA}/haraka-plugin-karma/blob/ec2020f9f1579bfd57f106f8312d39594fd80f4a/index.js#L460 (Haraka's karma plugin, a score below thresholds.negative)`,
      },
    ],
  },
  {
    // The site's own verdict that the sending host or network sends spam (an admin's access
    // rule text, as admins write it): a verdict on the sender's reputation, not on this
    // message's content, as "originating from your ip" and "known spamming mail server" read.
    id: "concept.spam-from-sender-network",
    cause: "bad-reputation",
    says: "the receiver refuses the sending host or network because spam has come from it",
    subject: ["spam"],
    failure: [
      "from your network",
      "from your ip",
      "from your server",
      "from your host",
      "from your mail server",
    ],
    // A public blocklist's listing is its own refusal (ip-blocklisted). Gmail closes its PTR,
    // SPF, reputation and rate-limit replies alike with "To protect our users from spam, email
    // sent from your IP address has been temporarily rate limited"
    // (https://support.google.com/a/answer/3726730, "SMTP errors and codes"): boilerplate naming
    // why the policy exists, not a verdict that spam came from this network; the sentence before
    // it gives the reason.
    unless: [
      "spamhaus",
      "spamcop",
      "blocklist",
      "blacklist",
      "dnsbl",
      "listed",
      "protect our users from spam",
    ],
    examples: [
      {
        text: "554 5.7.1 <client3.example.net[192.0.2.164]>: Client host rejected: Too much spam from your network; contact postmaster@example.com",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/client-access-custom.txt (Postfix 3.7.11, check_client_access entry 'REJECT Too much spam from your network; ...')",
      },
      {
        text: "550 5.0.0 <user@example.com>... Too much spam from your network",
        source:
          "lib/knowledge/lab/fixtures/sendmail-access/connect-error.txt (Sendmail 8.17.1.9, access map entry 'Connect:192.0.2.164 ERROR:\"550 Too much spam from your network\"')",
      },
    ],
  },
  {
    // The site's own rule against this sender, in the admin's words: "we don't accept mail
    // from ...", "mail from this sender is not accepted" (an access-map entry with its text, as
    // Sendmail's cf/README "550 Spam not accepted" is in generic.ts): sender-policy.
    id: "concept.sender-refused-by-site",
    cause: "sender-policy",
    says: "the receiving site refuses mail from this sender by its own rule",
    subject: ["this sender", "mail from spammers", "from you", "sender rejected"],
    failure: ["not accepted", "don't accept", "do not accept", "not welcome", "by local policy"],
    // A sender refused for its authentication or DNS is another refusal.
    unless: ["spf", "dkim", "dmarc", "reverse", "ptr", "dns", "tls", "authenticat"],
    examples: [
      {
        text: "554 5.7.1 <bulk@example.net>: Sender address rejected: Mail from this sender is not accepted here",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/sender-access-custom.txt (Postfix 3.7.11, check_sender_access entry 'REJECT Mail from this sender is not accepted here')",
      },
      {
        text: "550 5.0.0 <user@example.com>... We don't accept mail from spammers",
        source:
          "lib/knowledge/lab/fixtures/sendmail-access/from-error.txt (Sendmail 8.17.1.9, access map entry 'From:bulk@... ERROR:\"550 We don't accept mail from spammers\"')",
      },
      {
        text: "550 5.7.1 Sender rejected by local policy",
        source:
          "lib/knowledge/lab/fixtures/opensmtpd-filters/sender-rejected.txt (OpenSMTPD 6.8, filter phase mail-from match mail-from <badsenders> reject '550 5.7.1 Sender rejected by local policy')",
      },
    ],
  },
  {
    // The receiving site's own list of refused senders (addresses or domains), in its words: "on
    // our sender block list", "Blocked Senders", "your email address has been blacklisted"
    // (a recipient organisation's anti-spam settings), "Blocked by this recipient". A sender the
    // site (or the recipient) chose to refuse: sender-policy, lifted by the recipient's side. A
    // list of sending hosts or networks, or a public list, is another refusal (ip-blocklisted,
    // domain-blocklisted: concept.host-blacklisted, the DNSBL tables).
    id: "concept.sender-on-site-block-list",
    cause: "sender-policy",
    says: "the receiving site (or the recipient) keeps the sender on its own list of refused senders",
    subject: [
      "sender",
      "senders",
      "envelope sender",
      "sender address",
      "from address",
      "email address",
    ],
    failure: [
      "block list",
      "blocklist",
      "blacklist",
      "black list",
      "blocked list",
      "deny list",
      "denylist",
      "blocked senders",
      "blocked by this recipient",
      "blocked by the recipient",
    ],
    // The sending host, its network or a public list (a DNSBL, a domain list): ip-blocklisted or
    // domain-blocklisted. Hotmail's "part of their network is on our block list" names the
    // sender's network. A check of the sender's authentication or reputation is its own cause.
    unless: [
      "ip address",
      "ip-address",
      "sender ip",
      "your ip",
      "client",
      "network",
      "host",
      "public",
      "dnsbl",
      "rbl",
      "spamhaus",
      "spamcop",
      "sorbs",
      "barracuda",
      "uribl",
      "surbl",
      "dbl",
      "reputation",
      "spf",
      "dkim",
      "dmarc",
    ],
    examples: [
      {
        text: "553-Sorry, your email address has been blacklisted",
        source:
          "https://knowledge.broadcom.com/external/article/173082 (Emails blocked: sender in your company's blacklist, Broadcom KB 173082: Email Security.cloud's reply for a sender on the recipient company's blocked senders)",
      },
      {
        text: "554 5.7.1 user@example.com: Sender address rejected: Blocked by this recipient (GE)",
        source:
          "https://docs.rackspace.com/docs/common-email-bounces (Rackspace: Common email bounces, code GE: the recipient put the sender on their own block list)",
      },
      {
        text: "smtp;550 Rejected by header based manually Blocked Senders: email@example.com - https://community.mimecast.com/docs/DOC-1369#550 [#]",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (SMTP Field Manual: 550 replies, Mimecast; Mimecast's Blocked Senders policy)",
      },
    ],
  },
  {
    // The receiving site's own list of refused client hosts, in its words: "your host is
    // blacklisted here", "sender IP address ... is locally blacklisted" (Debian exim4-config).
    // A list of sending addresses, whoever keeps it: ip-blocklisted, as a public DNSBL's is.
    id: "concept.host-blacklisted",
    cause: "ip-blocklisted",
    says: "the receiver keeps the sending host's address on a list of refused hosts",
    subject: [
      "your host",
      "your ip",
      "sender ip",
      "client ip",
      "your server",
      "your address",
      // Kropf's refusal page: "Your mail server is Blacklisted."
      "your mail server",
      // I.UA: "550 IP-address of the sender is blacklisted."
      "ip-address of the sender",
      "ip address of the sender",
    ],
    failure: [
      "is blacklisted",
      "is blocklisted",
      "is locally blacklisted",
      "is blocked",
      "is banned",
    ],
    // A domain list (the host's name or a link, Spamhaus DBL) is domain-blocklisted.
    unless: ["dbl", "uribl", "surbl", "domain", "host name", "hostname"],
    examples: [
      {
        text: "554 5.7.1 Your host is blacklisted here",
        source:
          "lib/knowledge/lab/fixtures/opensmtpd-filters/host-blacklisted.txt (OpenSMTPD 6.8, filter phase connect match src <badhosts> disconnect '554 5.7.1 Your host is blacklisted here')",
      },
      {
        text: "550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
        source:
          "lib/knowledge/lab/fixtures/exim-debian/host-blacklist.txt (Debian exim4-config 4.96, 30_exim4-config_check_rcpt, CONFDIR/local_host_blacklist)",
      },
    ],
  },
  {
    id: "concept.sending-quota",
    cause: "rate-limited",
    says: "the sender reached a limit on how much it may send (a sending or relay quota)",
    // Quotas on sending, never on storage: "mailbox quota" and "disk quota" are a full mailbox.
    subject: [
      "relay quota",
      "sending quota",
      "submission quota",
      "relay sending limit",
      "sending limit",
      // Stalwart's limits on one SMTP session: bytes (session.transfer-limit) and messages.
      "transfer quota",
      "messages per session",
      // iRedAPD's throttle plugin (messages or bytes per period, per sender or client).
      "throttling quota",
      // mtpolicyd's Quota plugin (bytes or messages a sender, client or recipient may pass in
      // a period, a month by default).
      "traffic quota",
      // magma's daily limit on what one account sends, and mox's per-account daily count.
      "outbound mail quota",
      "outbound quota",
      // Microsoft 365: "450 4.7.3 Organization queue quota exceeded." (messages queued for one
      // organisation past its limit: the sender waits).
      "queue quota",
      "max number of messages",
      // An allowance stated as such: magma's "THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250
      // MESSAGES IN A TWENTY-FOUR HOUR PERIOD".
      "only allowed to send",
    ],
    failure: ["reached", "exceeded", "exceeds", "over ", "hour period", "per hour", "per day"],
    examples: [
      {
        text: "554 5.7.1 <bob@example.com>: Recipient address rejected: Throttling quota exceeded",
        source: `${IREDAPD}/libs/__init__.py#L22 (iRedAPD's throttle plugin)`,
      },
      {
        text: "450 4.7.1 <bob@example.com>: Recipient address rejected: smtp traffic quota has been exceeded",
        source:
          "https://packages.debian.org/bookworm/mtpolicyd (mtpolicyd 2.05-1.1, Mail/MtPolicyd/Plugin/Quota.pm line 27, the default action)",
      },
      {
        text: "452 4.7.28 mx.example.com Session exceeded transfer quota.",
        source: `${STALWART}/spawn.rs#L173 (Stalwart, session.transfer-limit)`,
      },
      {
        text: "452 4.4.5 Maximum number of messages per session exceeded.",
        source: `${STALWART}/data.rs#L854 (Stalwart, session.data.limits.messages)`,
      },
      {
        text: "550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1)",
      },
      {
        text: "5.2.2 Submission quota exceeded",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Exchange Online 5.2.2)",
      },
      {
        text: "451 DATA BLOCKED - THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER",
        source: `${MAGMA}/smtp.c#L1022 (magma: an account past its daily sending allowance)`,
      },
      {
        text: "451 OUTBOUND MAIL QUOTA EXCEEDED - THIS ACCOUNT MAY ONLY SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD, PLEASE TRY AGAIN AT A LATER TIME",
        source: `${MAGMA}/smtp.c (magma's daily sending limit per account)`,
      },
      {
        text: "451 4.7.1 max number of messages (1000) over past 24h reached, try increasing per-account setting MaxOutgoingMessagesPerDay",
        source: `${MOX}/server.go (mox's per-account limit on messages sent a day)`,
      },
    ],
  },
  {
    id: "concept.virus-found",
    cause: "content-virus",
    says: "a virus (or other malware) was found in the message",
    // "Infected: <signature>" (rmilter, after ClamAV) names the verdict without the word virus.
    // "Message is infected with <name>" (Haraka's clamd plugin) likewise; not "is infected
    // with" alone, which a blocklist writes of the sending host ("infected with a spambot").
    // Mailu's Rspamd verdicts name the code, not a virus: "Rejected (dangerous/malicious code
    // detected)", "Rejected (dangerous macro detected)".
    subject: [
      "virus",
      "malware",
      "infected:",
      "message is infected",
      "malicious code",
      "dangerous macro",
      "malicious macro",
      // Broadcom Email Security.cloud: "Rejected due to banned content", "Message contained
      // unsafe content", "MS-Office file containing VBA macros found"; Proton: "We do not accept
      // viral traffic".
      "banned content",
      "unsafe content",
      "vba macros",
      "viral traffic",
    ],
    // "contain" for "contains" and magma's "APPEARS TO CONTAIN A COMPUTER VIRUS OR INTERNET WORM".
    // "rejected": Mailu's "Rejected (malicious macro)" names the verdict in the refusal itself.
    failure: ["detected", "found", "infected", "contain", "rejected", "not accept"],
    // A sender's "virus infected server" is about the sending host (a reputation), and
    // "spam or virus content" does not say which.
    unless: ["infected server", "spam or virus"],
    examples: [
      {
        text: "554 Rejected due to banned content",
        source:
          "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html (Common external Spam Filtering Error Codes (Broadcom, Email Security.cloud))",
      },
      {
        text: "552 MS-Office file containing VBA macros found inside of the email",
        source:
          "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (Outbound Mail returned by MAILER-DAEMON@messagelabs.com (Broadcom KB 162445))",
      },
      {
        text: "554 5.7.1 We do not accept viral traffic",
        source: "https://smtp.codes/protonmail (Proton Mail (smtp.codes))",
      },
      {
        text: "550 DATA BLOCKED - THIS MESSAGE IS BEING BLOCKED BECAUSE IT APPEARS TO CONTAIN A COMPUTER VIRUS OR INTERNET WORM",
        source: `${MAGMA}/smtp.c (magma: its virus scanner's verdict at the end of DATA)`,
      },
      {
        text: "554 5.7.1 Rejected (dangerous/malicious code detected)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L20 (Mailu, ClamAV's verdict through Rspamd)",
      },
      {
        text: "554 5.7.1 Rejected (malicious macro)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/composites.conf#L10 (Mailu: an Office attachment with a malicious macro, through Rspamd)",
      },
      {
        text: "550 Message is infected with Eicar-Signature",
        source:
          "https://github.com/haraka/haraka-plugin-clamd/blob/c66b60b5f0dc15670866a6ffcc0da82cf98a9f03/index.js#L295 (Haraka's clamd plugin)",
      },
      {
        text: "554 5.7.1 Infected: Eicar-Signature",
        source:
          "https://github.com/vstakhov/rmilter/blob/6be0ffd1b7cfb446e3edadccddf6a53b26bfaa45/src/rmilter.c#L1426 (rmilter, ClamAV's verdict)",
      },
      {
        text: "552 Virus infected message rejected. IB705",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy IB705)",
      },
      {
        text: "Message infected by virus",
        source:
          "lib/knowledge/providers/yandex.ts yandex.virus (Yandex Mail Help, bounces to Yandex)",
      },
    ],
  },
  {
    id: "concept.attachment-refused",
    cause: "content-virus",
    says: "an attachment (its file type or name) is refused",
    // As sure as a collected wording: the cause is the attachment's kind, not a verdict on it.
    weight: 1.5,
    subject: [
      "attachment",
      "attachments",
      "file extension",
      "file extensions",
      "file type",
      "file types",
      // MailCleaner: "Detected forbidden filetype (Security reasons)."
      "filetype",
      "filetypes",
      // qpsmtpd's uvscan plugin refuses archives it cannot scan: "We do not accept
      // password-protected zip files!".
      "password-protected",
      "zip file",
    ],
    failure: [
      "do not accept",
      // Facebook: "The message contains an attachment type that Facebook does not accept."
      "does not accept",
      "not allowed",
      "not permitted",
      "may not",
      "forbidden",
      "prohibited",
      "banned",
      "blocked",
      "blacklisted",
      "illegal",
      "dangerous",
      "unsafe",
      "rejected",
      "refused",
      // MailScanner: "are on the list of unacceptable attachments for this site".
      "unacceptable",
      // Haraka's attachment plugin: "Message contains disallowed file extension (exe)".
      "disallowed",
    ],
    // An attachment's size or number is a size limit (Gmail's 5.3.4 "The number of
    // attachments ... exceeds Google's limit"), not its kind.
    // Gmail ends its header refusals with a link titled "File types blocked in Gmail": a page's
    // name, not what was refused.
    unless: [
      "too large",
      "too big",
      "size",
      "exceed",
      "number of attachments",
      "limit",
      "file types blocked in gmail",
    ],
    examples: [
      {
        text: "550 MSG-P2 The message contains an attachment type that Facebook does not accept.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
      {
        text: "550 Message contains disallowed file extension (exe)",
        source:
          "https://github.com/haraka/haraka-plugin-attachment/blob/7700dd048433c4d9f6f9d24ad1dbbc5312f68e52/index.js#L661 (Haraka's attachment plugin)",
      },
      {
        text: "550 Detected forbidden filetype (Security reasons).",
        source:
          "https://github.com/MailCleaner/MailCleaner/blob/da47da22f4f8dfe85e3ab1b13ea163cf9c291daf/etc/exim/exim_stage1.conf_template#L847 (MailCleaner's MIME ACL)",
      },
      {
        text: "One or more of the attachments (setup.exe) are on the list of unacceptable attachments for this site and will not have been delivered.",
        source:
          "https://github.com/MailScanner/v5/blob/76589ee4b82cb24e9aeceafe798b99536ce33178/common/usr/share/MailScanner/reports/en/sender.filename.report.txt#L11 (MailScanner's sender notice)",
      },
      {
        text: "552-5.7.0 Our system detected an illegal attachment on your message.",
        source:
          "lib/knowledge/providers/google.ts earlier.5.7.0-illegal-attachment (Gmail's earlier 5.7.0 wording, SMTP Field Manual)",
      },
      {
        text: '550 5.7.1 Attachment name "invoice.exe" may not end with ".exe"',
        source:
          "lib/knowledge/lab/fixtures/postfix/attachment-check.txt (Postfix 3.7 with header_checks(5)'s own example rule, recorded by the lab)",
      },
      {
        text: "552 We do not accept password-protected zip files!",
        source: `${QPSMTPD}/plugins/virus/uvscan#L95 (qpsmtpd's uvscan plugin: an archive it cannot scan)`,
      },
      {
        text: "550 Blacklisted file extension detected",
        source:
          "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-content_scanning_at_acl_time.html (the Exim specification's MIME ACL example)",
      },
    ],
  },
  {
    id: "concept.tls-required",
    cause: "tls-required",
    says: "the receiving server requires an encrypted (TLS) connection",
    subject: [
      "starttls",
      "tls",
      "encryption",
      "encrypted connection",
      // VIPRE: "Your sender domain is required to send via an encrypted SMTP session".
      "encrypted smtp session",
      // Spelled out: magma's "TRANSPORT LAYER SECURITY REQUIRED - THIS ACCOUNT CAN ONLY BE
      // ACCESSED USING A SECURE NETWORK CONNECTION".
      "transport layer security",
      "secure network connection",
      // qpsmtpd's tls plugin: "Command refused due to lack of security" (no STARTTLS yet).
      "lack of security",
      // DANE (RFC 7672): the recipient's MX publishes TLSA records its certificate must match;
      // maddy's "No matching TLSA records" when none fits.
      "tlsa records",
    ],
    failure: [
      "must",
      "required",
      "requires",
      "need",
      "mandatory",
      "not available",
      "failed",
      // "accepts messages only on TLS connection" (Zimbra's LMTP server).
      "only on",
      "only over",
      "only via",
      "refused due to",
      "no matching",
    ],
    // "no commands allowed to pipeline after STARTTLS" (Gmail 5.7.10) is a protocol breach.
    unless: ["pipeline"],
    examples: [
      {
        text: "451 4.2.2 Server accepts messages only on TLS connection",
        source:
          "https://github.com/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java#L39 (Zimbra's LMTP server, with 4.2.2, RFC 3463's full-mailbox code)",
      },
      {
        text: "530 Must issue a STARTTLS command first",
        source:
          "https://www.rfc-editor.org/rfc/rfc3207#section-4 (RFC 3207, the server's reply when it requires TLS)",
      },
      {
        text: "530 TRANSPORT LAYER SECURITY REQUIRED - THIS ACCOUNT CAN ONLY BE ACCESSED USING A SECURE NETWORK CONNECTION, PLEASE ENABLE SSL OR TLS AND TRY AGAIN",
        source: `${MAGMA}/smtp.c (magma: an account that takes mail over TLS only)`,
      },
      {
        text: "550 5.7.0 No matching TLSA records",
        source:
          "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/target/remote/dane.go#L112 (maddy's outbound DANE check: the MX's certificate matches none of its TLSA records)",
      },
      {
        text: "530 Command refused due to lack of security",
        source: `${QPSMTPD}/plugins/tls#L146 (qpsmtpd's tls plugin: a command before STARTTLS where TLS is required)`,
      },
      {
        text: "523 5.7.10 Encryption Needed",
        source: "https://www.rfc-editor.org/rfc/rfc5248 (X.7.10; the IANA registry's sample text)",
      },
    ],
  },
  {
    id: "concept.malformed-header",
    cause: "protocol-syntax",
    says: "a header of the message is malformed, missing or repeated (RFC 5322)",
    subject: ["header", "headers"],
    failure: [
      "invalid",
      "malformed",
      "missing",
      "non-ascii",
      "only one",
      "too far in the future",
      "too old",
      // A header field repeated where RFC 5322 section 3.6 allows it once, or more often than
      // the receiving filter takes (Gmail's "duplicate headers"; zxcs.nl's spam relay below).
      "duplicate",
      "too many equal",
      // qpsmtpd's headers plugin, "We require a valid $h header" (a required header missing or
      // invalid), and its dmarc plugin, "unparseable from header" (no From domain to check).
      "require a valid",
      "unparseable",
      "unparsable",
      // Courier's submit -t, reading recipients from headers that name none: "511 Headers
      // specify no receipients." (its spelling).
      "specify no",
      // Gmail: "The message contains a unicode character in a disallowed header."
      "disallowed",
    ],
    // An authentication header (DKIM-Signature, ARC) that does not verify is an authentication
    // failure; a header naming a recipient that does not exist is about the recipient; "too
    // many Received headers" is a mail loop.
    unless: ["dkim", "dmarc", "arc-", "spf", "recipient", "mailbox", "received"],
    examples: [
      {
        text: "554 5.6.0 Message contains invalid header",
        source: `${CYRUS}/imap/lmtpengine.c#L196 (Cyrus lmtpd, IMAP_MESSAGE_BADHEADER)`,
      },
      {
        text: "554 5.6.0 Message contains non-ASCII characters in headers",
        source: `${CYRUS}/imap/lmtpengine.c#L194 (Cyrus lmtpd, IMAP_MESSAGE_CONTAINS8BIT)`,
      },
      {
        text: "550 Required header 'Date' missing",
        source: `${HARAKA}/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js#L132 (Haraka's headers plugin, missing_required)`,
      },
      {
        text: "554 5.7.7 too many equal X-headers (X-Original-Authentication-Results:)",
        source: `${CRISP} test/fixtures/554_5_7_7_equal_headers.txt (a real Postfix bounce: a filtering relay's answer at end of DATA)`,
      },
      {
        text: "550 We require a valid Date header",
        source: `${QPSMTPD}/plugins/headers#L167 (qpsmtpd's headers plugin: a required header missing or invalid)`,
      },
      {
        text: "511 Headers specify no receipients.",
        source: `${COURIER_HEAD}/submit.C#L2052 (Courier's submit: headers that name no recipient)`,
      },
      {
        text: "550 unparseable from header",
        source: `${QPSMTPD}/plugins/dmarc#L127 (qpsmtpd's dmarc plugin: a From header it cannot parse)`,
      },
      {
        text: "550 The Date header is too far in the future",
        source: `${HARAKA}/haraka-plugin-headers/blob/946e7d2f217929f7a63c701aa05dd71baf490da1/index.js#L198 (Haraka's headers plugin, invalid_date)`,
      },
    ],
  },
  {
    id: "concept.bare-line-feed",
    cause: "protocol-syntax",
    says: "a line of the message ends in a bare line feed (LF without CR), which SMTP forbids",
    // chasquid names the fault as the line ending: "Error reading DATA: invalid line ending".
    subject: ["bare", "line ending", "line endings"],
    failure: [" lf", "newline", "line feed", "line-feed", "linefeed", "invalid"],
    examples: [
      {
        text: "554 5.6.0 Message contains bare newlines",
        source: `${CYRUS}/imap/lmtpengine.c#L194 (Cyrus lmtpd, IMAP_MESSAGE_CONTAINSNL)`,
      },
      {
        text: "521 5.5.2 Error reading DATA: invalid line ending",
        source:
          "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go#L678 (chasquid: a lone CR or LF in DATA)",
      },
      {
        text: "451 Bare line-feed; see http://haraka.github.io/barelf/",
        source:
          "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/connection.js#L1536 (Haraka, end of DATA)",
      },
    ],
  },
  {
    id: "concept.sender-domain-takes-no-mail",
    cause: "sender-address-invalid",
    says: "the sender address's domain has no usable mail exchanger (no MX, or a null MX)",
    subject: [
      "mail from",
      "from address",
      "sender domain",
      "sender's domain",
      "sender address",
      "envelope sender",
      "sender",
    ],
    failure: ["no mx", "any mx", "no valid mx", "null mx", "nullmx"],
    examples: [
      {
        text: "501 5.1.7 sender MaybeSender{mailAddress=Optional[alice@example.net]} contains a domain with no valid MX records",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ValidSenderDomainHandler.java#L38 (Apache James; Java prints the sender object as it is)",
      },
      {
        text: "501 5.7.27 Domain in MAIL FROM does not have any MX records",
        source: `${MADDY}/internal/check/dns/dns.go#L134 (maddy, check.require_mx_record)`,
      },
      {
        text: "501 5.7.27 Domain in MAIL FROM has null MX record",
        source: `${MADDY}/internal/check/dns/dns.go#L146 (maddy, check.require_mx_record)`,
      },
      {
        text: "550 No MX for your FROM address",
        source: `${HARAKA}/haraka-plugin-mail_from.is_resolvable/blob/e00bb30ee6d6cfc49255c66156a2c58b748719a1/index.js#L82 (Haraka's mail_from.is_resolvable plugin)`,
      },
    ],
  },
  {
    // A sender address whose domain cannot be real: its top-level domain is unknown, or it lies in
    // a name RFC 2606 reserves for testing and documentation (example.com, .test, .invalid).
    // Barricade MX's smtpf refuses such senders by its reject-unknown-tld and
    // rfc2606-special-domains options; a client host named so is another refusal (its name).
    id: "concept.sender-domain-unreal",
    cause: "sender-address-invalid",
    says: "the sender address's domain cannot exist (an unknown top-level domain, or a name reserved for testing)",
    subject: ["sender", "mail from", "from address"],
    failure: ["unknown tld", "unknown top-level domain", "reserved domain"],
    unless: ["host", "helo", "client"],
    examples: [
      {
        text: "550 5.7.1 sender <alice@example.zz> from unknown TLD #129",
        source:
          "http://www.snertsoft.com/smtp/smtpf/reply.html (Barricade MX smtpf: SMTP Replies, #129, reject-unknown-tld)",
      },
      {
        text: "550 5.7.1 sender <alice@example.test> from RFC2606 reserved domain #128",
        source:
          "http://www.snertsoft.com/smtp/smtpf/reply.html (Barricade MX smtpf: SMTP Replies, #128, rfc2606-special-domains)",
      },
    ],
  },
  {
    // The receiver will not take mail straight from this IP address and sends the sender to
    // its provider's relay: it takes the address for an end user's (dynamically assigned, a
    // residential range), as a policy block list would (Spamhaus's PBL). Gmail's page gives
    // its 5.7.1 "Use the SMTP relay at your service provider instead" as an IP not authorised
    // (providers/google-smtp-errors.ts reads it ip-blocklisted); Hotmail's words for a
    // dynamically assigned IP are "Please smarthost your mail through your ISP's mail server".
    id: "concept.use-provider-relay",
    cause: "ip-blocklisted",
    says: "the receiver refuses mail sent straight from this IP address and wants it sent through the provider's own mail server",
    subject: [
      "your isp",
      "your isp's",
      "your service provider",
      "your internet service provider",
      "your provider",
    ],
    // Not "mail server" alone: "contact your ISP or mail server operator" (MagicMail's refusal
    // for a missing reverse DNS) is advice on whom to ask, not a relay to use.
    failure: ["smtp relay", "smtp server", "smarthost", "relay server"],
    // A relay refusal of the receiving server itself, or a login it wants, is another cause.
    unless: ["relay access", "relaying denied", "relay denied", "authenticat", "login"],
    examples: [
      {
        text: "550 5.7.1 The IP you're using to send email is not authorized to send email directly to our servers. Use the SMTP relay at your service provider instead.",
        source:
          "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1: providers/google-smtp-errors.ts)",
      },
      {
        text: "550 5.7.1 Your IP address 192.0.2.1 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server.",
        source:
          "https://www.eseutil.net/2007/09/19 (Hotmail's non-delivery report for a dynamically assigned sending IP, as quoted whole)",
      },
    ],
  },
  {
    id: "concept.sender-not-theirs",
    cause: "sender-address-invalid",
    says: "the logged-in client may not use this sender address: it belongs to another account",
    // Not "not logged in": Postfix's reject_unauth_sender_login_mismatch asks the client to
    // authenticate, a relay denial (source-replies/postfix.ts, as the lab's real run reads it).
    // mox's "message from address must belong to authenticated user": the From address.
    // Haraka's auth_base "Envelope domain 'x' doesn't match AUTH domain 'y'" and Apache James's
    // "Incorrect Authentication for Specified Email Address" say the same of the MAIL FROM: the
    // lab's sender-login-mismatch case, which reads sender-address-invalid.
    subject: [
      "sender address",
      "this address",
      "sender",
      "from address",
      "envelope domain",
      "specified email address",
      "send as",
    ],
    failure: [
      "unauthorized use",
      "not owned by",
      "not allowed to send from",
      "not same as",
      "must belong to",
      "doesn't match auth",
      "does not match auth",
      "incorrect authentication for",
      // Spectrum: "rejected for attempting to send as a different email address than you
      // signed in under". (Not "not authorized to send from": MailChannels' "This sender is not
      // authorized to send from example.com" is its domain lockdown, the domain's own
      // authorisation; Fastmail's header address is concept.header-address-not-theirs.)
      "different email address than",
    ],
    // SPF's "is not allowed to send mail from" is about the client's IP, not the login.
    unless: ["spf"],
    examples: [
      {
        text: "554 Your email was rejected for attempting to send as a different email address than you signed in under. AUP#I-1500",
        source:
          "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (Understanding Email Error Codes (Spectrum))",
      },
      {
        text: "550 5.7.1 message from address must belong to authenticated user",
        source: `${MOX}/server.go (mox: the message From address is not one of the logged-in account's)`,
      },
      {
        text: "554 5.7.1 <bob@example.com>: Recipient address rejected: Sender is not same as SMTP authenticate username",
        source: `${IREDAPD}/libs/__init__.py#L16 (iRedAPD, reject_sender_login_mismatch)`,
      },
      {
        text: "501 5.5.4 You are not allowed to send from this address.",
        source: `${STALWART}/mail.rs#L268 (Stalwart, session.auth.must-match-sender)`,
      },
      {
        text: "553 5.7.0 Unauthorized use of sender address",
        source: `${MADDY}/internal/check/authorize_sender/authorize_sender.go#L197 (maddy, check.authorize_sender)`,
      },
      {
        text: "550 Envelope domain 'example.org' doesn't match AUTH domain 'example.com'",
        source:
          "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/auth/auth_base.js#L254 (Haraka's auth plugins, constrain_sender: MAIL FROM's domain is not the login's)",
      },
      {
        text: "503 5.7.1 Incorrect Authentication for Specified Email Address",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/AbstractSenderAuthIdentifyVerificationHook.java#L45 (Apache James: the logged-in user may not send as this MAIL FROM)",
      },
      {
        text: "553 5.7.1 <bounce@example.net>: Sender address rejected: not owned by user alice",
        source: `${POSTFIX_SMTPD_CHECK} (Postfix, reject_sender_login_mismatch)`,
      },
    ],
  },
  {
    id: "concept.helo-malformed",
    cause: "protocol-syntax",
    says: "the name the sending server gave in HELO/EHLO is not a valid host name or address literal",
    subject: ["helo", "ehlo"],
    failure: [
      "invalid",
      "fqdn",
      "fully qualified",
      "fully-qualified",
      "malformed",
      "syntax",
      "address literal",
      // Open Mail's 3strikes: "... because localhost is not a valid HELO name".
      "not a valid",
      // "HELO command rejected Your server's HELO/EHLO string is unacceptable" (EarthLink),
      // "Wrong value if command HELO/EHLO parameter" (I.UA).
      "unacceptable",
      "wrong value",
    ],
    // A HELO name that does not resolve, or a listed one, is about DNS or reputation. Gmail's
    // relay refusal names HELO as where it read the domain whose relay "credentials" are
    // invalid ("550 5.7.0 Email relay denied ... (as obtained from HELO and (E)MAIL FROM)").
    unless: [
      "forward dns",
      "rdns",
      "reverse",
      "dns match",
      "not found",
      "blocked using",
      "listed",
      "relay",
      "credentials",
    ],
    examples: [
      {
        text: "550 5.7.1 HELO command rejected Your server's HELO/EHLO string is unacceptable.",
        source:
          "https://postmaster-earthlink.vadesecure.com/outbound_error_codes (Outbound SMTP error codes (EarthLink postmaster, Vade))",
      },
      {
        text: "550 Wrong value if command HELO/EHLO parameter. See http://mail.i.ua/err/7/",
        source: "https://mail.i.ua/err/ (I.UA mail error codes)",
      },
      {
        text: "550 Sorry! We REJECT your request for a mail session, because localhost is not a valid HELO name. We do not accept mail from unidentified transmitters.",
        source:
          "http://open-mail.org/3strikes/SMTPmessages.txt (Open Mail's 3strikes: its SMTP replies, the HELO check)",
      },
      {
        text: "550 Invalid address format in HELO",
        source: `${HARAKA}/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js#L259 (Haraka's helo.checks plugin, bare_ip)`,
      },
      {
        text: "550 HELO host name invalid",
        source: `${HARAKA}/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js#L194 (Haraka's helo.checks plugin, valid_hostname)`,
      },
      {
        text: "504 5.5.2 <localhost>: Helo command rejected: need fully-qualified hostname",
        source: `${POSTFIX_SMTPD_CHECK} (Postfix, reject_non_fqdn_helo_hostname)`,
      },
    ],
  },
  {
    // A HELO name the receiving server knows is not the client's: its own name or address
    // (the anti-forgery check_helo_access entry "REJECT You are not me" many Postfix sites
    // carry). The cure is the sender's own HELO name, as for a malformed one.
    id: "concept.helo-impersonation",
    cause: "protocol-syntax",
    says: "the sending server greeted (HELO/EHLO) with a name that is not its own",
    subject: ["helo", "ehlo"],
    failure: ["you are not", "not me", "impersonat"],
    unless: ["relay", "listed", "spf", "authoriz", "allowed", "blocked using"],
    examples: [
      {
        text: "554 5.7.1 <mx.example.com>: Helo command rejected: You are not mx.example.com",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/helo-access-custom.txt (Postfix 3.7.11, check_helo_access entry 'REJECT You are not mx.mta-lab.test')",
      },
      {
        text: "554 5.7.1 <localhost>: Helo command rejected: You are not me",
        source:
          "Postfix check_helo_access 'REJECT You are not me' for the site's own names and addresses, as debops' postfix role documents it (banned_helo_names, default_action 'REJECT You are not me') and bearmail's installer writes it",
      },
    ],
  },
  {
    id: "concept.helo-no-dns",
    cause: "reverse-dns",
    says: "the name the sending server gave in HELO/EHLO does not resolve to its address",
    subject: ["helo", "ehlo"],
    // "not resolve" also reads "cannot resolve" and James's "can not resolved".
    failure: [
      "forward dns",
      "dns match",
      "not resolve",
      "host not found",
      "does not match",
      "no dns",
    ],
    unless: ["blocked using", "listed"],
    examples: [
      {
        text: "550 The host name specified in HELO does not match IP address.",
        source: `${HMAILSERVER}/Server/Common/AntiSpam/SpamTestHeloHost.cpp#L63 (hMailServer's HELO test)`,
      },
      {
        text: "501 5.5.4 Provided EHLO/HELO Optional[mail.example.net] can not resolved.",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/core/fastfail/ResolvableEhloHeloHandler.java#L78 (Apache James; Java prints the name's Optional as it is)",
      },
      {
        text: "450 4.7.1 <bob@example.com>: Recipient address rejected: No DNS entries for your MTA, HELO and Domain. Contact YOUR administrator Your HELO: mail.example.net, IP: 192.0.2.25",
        source:
          "https://github.com/DavidGoodwin/policyd-weight/blob/a73646376707c95f30ec53a338462772986e8d81/src/policyd-weight.pl#L325 (policyd-weight's $DNSERRMSG, with HELO and IP added at line 2813)",
      },
      {
        text: "550 HELO host has no forward DNS match",
        source: `${HARAKA}/haraka-plugin-helo.checks/blob/8aaec5fb1c539e91d598e08ac36e214bfd6d7b03/index.js#L434 (Haraka's helo.checks plugin, forward_dns)`,
      },
      {
        text: "450 4.7.1 <mail.example.com>: Helo command rejected: Host not found",
        source: `${POSTFIX_SMTPD_CHECK} (Postfix, reject_unknown_helo_hostname)`,
      },
    ],
  },
  {
    id: "concept.message-unparseable",
    cause: "protocol-syntax",
    says: "the receiving server could not parse the message (its header or MIME structure is malformed)",
    subject: ["parse", "parsing"],
    failure: ["failed to", "unable to", "could not", "cannot", "error"],
    // A DKIM signature or an SPF or DMARC record that does not parse is the sender's
    // authentication setup.
    unless: ["dkim", "spf", "dmarc", "record"],
    examples: [
      {
        text: "550 5.7.7 Failed to parse message.",
        source: `${STALWART}/data.rs#L62 (Stalwart: the message's header does not parse)`,
      },
    ],
  },
  {
    id: "concept.named-ip-blocklist",
    cause: "ip-blocklisted",
    says: "a public blocklist of sending IP addresses, named by its operator, refused the sending server",
    // Operators whose lists servers query for the client's IP (zen.spamhaus.org,
    // bl.spamcop.net, ...): a refusal that names one and says rejected, blocked or listed. Their
    // domain lists (Spamhaus DBL) are domain-blocklisted (providers/spamhaus.ts).
    // Or a DNS blocklist named by its kind: magma's "THE ADDRESS [...] HAS BEEN LISTED ON A
    // REALTIME BLACKLIST".
    subject: [
      "spamhaus",
      "spamcop",
      "sorbs",
      "spamrats",
      "uceprotect",
      "psbl",
      "mailspike",
      "realtime blacklist",
      "real-time blacklist",
      "realtime blocklist",
      "real-time blocklist",
    ],
    failure: ["rejected by", "blocked by", "listed", "blacklist", "blocklist", "block list"],
    // A listed link or domain is a domain list's finding (Cox's URLBL1001 "The URL is listed on a
    // Spamhaus blacklist", providers/cox.ts).
    unless: ["dbl", "uribl", "surbl", "url", "uri ", "link", "domain", "protect our users"],
    examples: [
      {
        text: "550 MESSAGE BLOCKED - THE ADDRESS [192.0.2.1] HAS BEEN LISTED ON A REALTIME BLACKLIST AND THE ACCOUNT <bob@example.com> IS CONFIGURED TO REJECT MESSAGES FROM BLACKLISTED ADDRESSES",
        source: `${MAGMA}/smtp.c (magma: the client's address on a DNS blocklist the recipient's account checks)`,
      },
      {
        text: "550 Rejected by Spamhaus.",
        source: `${HMAILSERVER}/DBScripts/CreateTablesMYSQL.sql#L516 (hMailServer's default zen.spamhaus.org entry, its reject message)`,
      },
      {
        text: "550 Rejected by SpamCop.",
        source: `${HMAILSERVER}/DBScripts/CreateTablesMYSQL.sql#L518 (hMailServer's default bl.spamcop.net entry)`,
      },
    ],
  },
  {
    // An address that took mail once and takes none now, in the admin's own words: "This
    // address no longer accepts mail" (qmail's bouncesaying(1), a .qmail file for a retired
    // address), "a disabled mailbox that's no longer accepting messages" (Exchange's custom DSN
    // text for 5.1.2). The account was closed: mailbox-disabled, as the old bounce handlers file
    // these words ("rule: inactive"). The reason is the phrase "no longer" beside taking mail, so
    // that an admin's paraphrase ("<address> no longer accepts mail", "is no longer in use")
    // reads the same.
    id: "concept.address-retired",
    cause: "mailbox-disabled",
    says: "the recipient's address used to take mail and no longer does (the account was closed)",
    subject: ["no longer"],
    failure: [
      "accepts mail",
      "accept mail",
      "accepting mail",
      "accepts messages",
      "accept messages",
      "accepting messages",
      "accepts email",
      "accept email",
      "accepting email",
      "accepts e-mail",
      "accepting e-mail",
      "receives mail",
      "receive mail",
      "receiving mail",
      "receives email",
      "receiving email",
      "receives messages",
      "receiving messages",
      "in use",
      "active",
    ],
    // Mail no longer taken from someone ("we no longer accept mail from your network"), for a
    // whole domain or server, or without some condition met ("no longer accepts mail without
    // authentication", over old TLS): a refusal of the sender, not a closed account. Office
    // 365's "it's no longer allowed to send messages" is the sender's own account.
    unless: [
      "mail from",
      "messages from",
      "email from",
      "e-mail from",
      "connections",
      "server no longer",
      "host no longer",
      "domain no longer",
      "service no longer",
      "system no longer",
      "allowed to send",
      "without",
      "unless",
      "authenticat",
      "spf",
      "dkim",
      "dmarc",
      "tls",
      "ssl",
    ],
    examples: [
      {
        text: "This address no longer accepts mail.",
        source:
          "https://github.com/notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774/bouncesaying.1 (notqmail bouncesaying(1) manual page, its example for a retired address)",
      },
      {
        text: "550 5.1.2 You tried to send a message to a disabled mailbox that's no longer accepting messages. Please contact the Help Desk at extension 123 for assistance.",
        source:
          "https://learn.microsoft.com/en-us/powershell/module/exchange/new-systemmessage (New-SystemMessage, Exchange: the example custom DSN text for 5.1.2)",
      },
    ],
  },
  {
    id: "concept.account-inactive",
    cause: "mailbox-disabled",
    says: "the recipient's account (or alias, or list) exists but is not active",
    // "casilla": a mailbox in Spanish; "ha expirado", has expired (Ubbi's "Esta casilla ha
    // expirado por falta de uso", closed for lack of use).
    subject: ["account", "alias", "distribution list", "mailbox", "casilla"],
    failure: [
      "ha expirado",
      "is not active",
      "is inactive",
      "deactivated",
      "has been closed",
      "has been disabled",
      "is disabled",
      // An account the administrator locked or suspended: magma's "ACCOUNT LOCKED - THE ACCOUNT
      // <...> HAS BEEN LOCKED FOR INACTIVITY", The Access Group's "Mailbox suspended".
      // Whole words: "locked" alone is inside "blocked" (magma's "MESSAGE BLOCKED - ... THE
      // ACCOUNT <...> IS CONFIGURED TO REJECT MESSAGES FROM BLACKLISTED ADDRESSES" is a blocklist).
      "been locked",
      "is locked",
      "account locked",
      "administratively locked",
      "suspended",
      // "Recipient address rejected: Account Closed" (Lycos), "mailbox inactive" (Mailjet), Rambler's
      // "recipient address rejected: Inactive" (not "inactive" alone: Elastic Email's "such as
      // being full or inactive" names two causes),
      // "Mailbox is frozen" (I.UA), "This account isn't allowed to receive email" (Alibaba Mail).
      "mailbox inactive",
      "rejected: inactive",
      "account closed",
      "frozen",
      "allowed to receive",
    ],
    // A login account refused at AUTH, or the sending account of a relay service (Google
    // Workspace's "Mail Sending denied ... if the sender account is disabled", relay-denied),
    // is the sender's own; a mailbox closed for a while (maintenance, a lock) is the receiving
    // server's state, not a closed account.
    // Mail.ru's "message sending for this account is disabled" is the sender's own account, whose
    // sending was stopped (providers/mailru.ts); so is a login locked or suspended (a password,
    // an SMTP AUTH account).
    unless: [
      "authentication",
      "sender account",
      "sending account",
      "sending for",
      "temporarily",
      "try again",
      "login",
      "password",
      "outbound",
    ],
    examples: [
      {
        text: "550 : Recipient address rejected: Account Closed",
        source:
          "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Typische Fehlermeldungen bei Unzustellbarkeit: Lycos's reply)",
      },
      {
        text: "542 This account isn't allowed to receive email",
        source:
          "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html (an Alibaba Mail reseller's list of SMTP/MTA replies)",
      },
      {
        text: "Esta casilla ha expirado por falta de uso.",
        source:
          "crazy-max/CwsMailBounceHandler tests/emls/bounce_512_001.eml (a real bounce from ubbi.com's qmail, under 'Su mensaje no pudo ser entregado')",
      },
      {
        text: "550 Account is not active.",
        source: `${HMAILSERVER}/Server/SMTP/RecipientParser.cpp#L113 (hMailServer: the administrator deactivated the account)`,
      },
      {
        text: "550 Alias is not active.",
        source: `${HMAILSERVER}/Server/SMTP/RecipientParser.cpp#L129 (hMailServer)`,
      },
      {
        text: "550 This mailbox has been closed",
        source:
          "lib/knowledge/lab/fixtures/exim-debian/alias-fail.txt (Exim 4.96, Debian exim4-daemon-heavy: an alias ':fail: This mailbox has been closed', Exim's redirect router with allow_fail)",
      },
      {
        text: "550 5.2.1 <former@example.com>: Recipient address rejected: This mailbox has been disabled",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/recipient-access-disabled.txt (Postfix 3.7.11: check_recipient_access entry '550 5.2.1 This mailbox has been disabled')",
      },
      {
        text: "550 ACCOUNT LOCKED - THE ACCOUNT <bob@example.com> HAS BEEN LOCKED FOR INACTIVITY",
        source: `${MAGMA}/smtp.c (magma: an account locked by the system)`,
      },
      {
        text: "550 ACCOUNT LOCKED - THE ACCOUNT <bob@example.com> HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS",
        source: `${MAGMA}/smtp.c (magma: an account locked by its administrators)`,
      },
      {
        text: "550 5.2.1 recipient rejected. Mailbox suspended",
        source:
          "https://help-atosmartdocs.theaccessgroup.com/en/articles/13791357-reasons-for-client-email (The Access Group: reasons for client email bounces)",
      },
    ],
  },
  {
    // A host that did not answer at all, in the words of a writer that says so without an SMTP
    // reply: Netscape Messaging Server's "Host corel.com is not responding." under "Your message
    // was not delivered within 2 days."
    id: "concept.host-not-responding",
    cause: "remote-unreachable",
    says: "the receiving host did not answer the sending server",
    subject: ["host"],
    failure: ["is not responding"],
    examples: [
      {
        text: "Your message was not delivered within 2 days. Host corel.com is not responding.",
        source: `${FLUFL} flufl/bounce/tests/data/netscape_01.txt (a Netscape Messaging Server 3.61 notice)`,
      },
    ],
  },
  {
    // The time a writer gives a message to reach its recipient passed: Netscape Messaging
    // Server returns it saying "Your message was not delivered within 2 days." and may add why
    // (concept.host-not-responding). The delivery expired, which the vocabulary reads as
    // remote-unreachable (PRODUCT.md: "could not be reached; delivery expired"). Only a window of
    // days: "not delivered within 4 hours" is how delay warnings open.
    id: "concept.delivery-window-passed",
    cause: "remote-unreachable",
    says: "the sending server gave up after the time it allows for delivery",
    subject: ["not delivered within"],
    failure: [" day"],
    examples: [
      {
        text: "Your message was not delivered within 2 days.",
        source: `${FLUFL} flufl/bounce/tests/data/netscape_01.txt (a Netscape Messaging Server 3.61 notice)`,
      },
    ],
  },
  {
    // The From domain not aligned with the authenticated SPF or DKIM domain is DMARC's own
    // failure (RFC 7489 section 3.1), whatever the server then does ("rate limited because"):
    // the reason outweighs the verb.
    id: "concept.dmarc-not-aligned",
    cause: "authentication-failure",
    says: "the From domain is not aligned with the domain SPF or DKIM authenticated (DMARC)",
    subject: ["aligned", "alignment"],
    failure: ["no dmarc", "isn't", "isn’t", "is not", "not aligned", "misaligned"],
    examples: [
      {
        text: "421 4.7.32 Your email has been rate limited because the From: header (RFC5322) in this message isn't aligned with either the authenticated SPF or DKIM organizational domain. Learn more about DMARC alignment.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.7.32)",
      },
      {
        text: "4.7.32 This mail has been rate limited because there is no DMARC alignment",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json (SMTP Field Manual: Gmail's 421 4.7.32)",
      },
    ],
  },
  {
    id: "concept.too-many-logins",
    cause: "rate-limited",
    says: "the server limits how many logins a client may try",
    subject: ["login attempts", "authentication attempts", "auth attempts", "login failures"],
    failure: ["too many"],
    examples: [
      {
        text: "454 4.7.0 Too many login attempts, please try again later.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.7.0)",
      },
    ],
  },
  {
    // A sender that sends to many addresses that do not exist is refused for that history: the
    // receiver judges the sender (list hygiene), the recipient named may well exist.
    id: "concept.many-invalid-recipients",
    cause: "bad-reputation",
    says: "the sender has sent to too many addresses that do not exist",
    subject: [
      "invalid recipients",
      "unknown recipients",
      "invalid users",
      "invalid addresses",
      "nonexistent recipients",
      "non-existent recipients",
      // MXroute: "Your IP is sending excessive rejected messages."
      "rejected messages",
      // MXroute: "Your IP is sending excessive rejected recipients", "... generating excessive
      // authentication failures", "... flooding our SMTP server with abusive requests".
      "rejected recipients",
      "authentication failures",
      "abusive requests",
    ],
    failure: ["too many", "high number", "excessive", "large number", "flooding"],
    examples: [
      {
        text: "550 too many invalid recipients",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox), as sisimai's Rhost/Cox.pm quotes them)",
      },
      {
        text: "550 5.7.1 [BR] Our system has detected an excessively high number of invalid recipients originating from your account.",
        source:
          "https://docs.mailchannels.com/email-api/sending-policies (Sending policies (MailChannels Email API))",
      },
    ],
  },
  {
    // A mailbox that holds too many messages is full by count rather than by size.
    id: "concept.too-many-stored",
    cause: "mailbox-full",
    says: "the recipient's mailbox holds as many messages as it may",
    subject: ["too many messages", "too many mails", "zuviele mails", "zu viele mails"],
    failure: ["on the server", "in the mailbox", "in mailbox", "auf dem server", "im postfach"],
    examples: [
      {
        text: "550 Benutzer hat zuviele Mails auf dem Server. / User has too many messages on the server.",
        source:
          "http://www.sitepackage.de/service/dokumentation/auswertung/typische-fehlermeldungen-bei-unzustellbarkeit.html (Typische Fehlermeldungen bei Unzustellbarkeit: WEB.DE's reply)",
      },
    ],
  },
  {
    // A domain list (Spamhaus DBL, URIBL, SURBL) or a listed link names a domain, not the
    // sending host: "Sender domain failed a DBL test" is the sender's domain on a list.
    id: "concept.domain-list-hit",
    cause: "domain-blocklisted",
    says: "a domain in the message (the sender's or a link's) is on a domain blocklist",
    subject: ["dbl", "uribl", "surbl", "url is listed", "uri is listed", "urls are listed"],
    failure: ["fail", "listed", "blacklist", "blocklist"],
    examples: [
      {
        text: "XGEMAIL_0005 Sender domain failed a DBL test.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
      {
        text: "554 The URL is listed on a Spamhaus blacklist. AUP#URLBL1001",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox), as sisimai's Rhost/Cox.pm quotes them)",
      },
    ],
  },
  {
    // A message whose content is a security threat: Gmail's "its content presents a potential
    // security issue", which its page ties to its attachment guidelines (executables, macros).
    id: "concept.content-security-issue",
    cause: "content-virus",
    says: "the message's content (an attachment or a link) was judged a security threat",
    subject: ["security issue", "security threat"],
    failure: ["content", "attachment"],
    unless: ["unauthenticated", "authenticate", "spf", "dkim", "dmarc"],
    examples: [
      {
        text: "552 5.7.0 This message was blocked because its content presents a potential security issue.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.0)",
      },
    ],
  },
  {
    // A TLS peer whose certificate the sending server would not trust: the encrypted session
    // the receiver needs failed (Momentum's own responses).
    id: "concept.certificate-rejected",
    cause: "tls-required",
    says: "the TLS certificate of the other side was not trusted, so no encrypted session was made",
    subject: ["certificate"],
    failure: [
      "does not match",
      "not signed",
      "valid ca",
      "verify failed",
      "verification failed",
      "self-signed",
      "self signed",
      "untrusted",
      "not trusted",
    ],
    unless: ["dkim", "s/mime", "smime"],
    examples: [
      {
        text: "4.7.5 [internal] SSL certificate subject does not match host",
        source:
          "https://support.sparkpost.com/momentum/4/message-responses (Momentum 4: Message responses)",
      },
      {
        text: "4.7.5 [internal] remote node SSL certificate not signed by a valid CA",
        source:
          "https://support.sparkpost.com/momentum/4/message-responses (Momentum 4: Message responses)",
      },
    ],
  },
  {
    // A public list named by its kind rather than its operator: "found in a DNS blacklist
    // database", "list on rbl sites". Domain lists are domain-blocklisted (concept.domain-list-hit).
    id: "concept.dns-blocklist-hit",
    cause: "ip-blocklisted",
    says: "a DNS blocklist of sending addresses lists the sending server",
    subject: ["rbl", "dns blacklist", "dns blocklist", "dnsbl"],
    failure: ["found in", "list on", "listed", "black listed"],
    unless: ["dbl", "uribl", "surbl", "domain", "url"],
    examples: [
      {
        text: "The IP Address of the sender (192.0.2.1) was found in a DNS blacklist database and was therefore refused",
        source:
          "https://help.misterdomain.eu/faq/havent-received-email (MisterDomain FAQ: they sent me an email, but I have not received it)",
      },
    ],
  },
  {
    // Exchange's refusal of a client that may not send as the sender it gave: the sending
    // account (or an anonymous client) lacks the right, which the sender's admin grants.
    id: "concept.send-as-denied",
    cause: "relay-denied",
    says: "the client is not allowed to send as this sender",
    subject: ["send as", "anonymous client"],
    failure: ["not have permission", "no permission", "not permitted"],
    examples: [
      {
        text: "550 5.7.1 Anonymous client does not have permission to send as this sender",
        source:
          "https://learn.microsoft.com/en-us/previous-versions/office/exchange-server-api/aa563688(v=exchg.150) (Exchange Server 2013 API: SmtpResponse fields)",
      },
    ],
  },
  {
    id: "concept.relay-attempt-refused",
    cause: "relay-denied",
    says: "the server refused to relay for this client",
    subject: ["no relaying", "unauthorized relay", "unauthorised relay"],
    failure: ["allowed", "attempt", "denied", "rejected"],
    examples: [
      {
        text: "XM-RJCT06: Unauthorized relay attempt",
        source:
          "https://postmaster.xmission.com/senders/rejectcodes.php (XMission Mail Rejection Codes)",
      },
    ],
  },
  {
    // Alibaba Mail's anti-spam names its reason after the verdict: "...: too frequently
    // sending" is a rate, not content.
    id: "concept.sending-too-often",
    cause: "rate-limited",
    says: "the sender sends too often for the receiver",
    subject: ["too frequently", "too frequent"],
    failure: ["send", "connect", "mail"],
    examples: [
      {
        text: "Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending",
        source:
          "http://www.j32w2.cn/news_in/2519 (an Alibaba enterprise mail reseller: sending volume and frequency)",
      },
    ],
  },
  {
    id: "concept.spam-link",
    cause: "domain-blocklisted",
    says: "a link in the message is on a list of spam links",
    // Not "spam link": Hornetsecurity's "Spam Link rejected" is its content filter's verdict.
    subject: ["spam url", "spam uri"],
    failure: ["reject", "detected", "blocked", "found"],
    examples: [
      {
        text: "smtp;554 rejected due to spam URL in content",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json (SMTP Field Manual: Barracuda's 554)",
      },
    ],
  },
  {
    // Suspicion cast on the sender or its address, not on this message's content: the
    // receiver judges who sends (Tencent: "Suspected spam sender", "Suspected spam ip"; Alibaba
    // Mail: "Reject by behaviour spam", the sending behaviour).
    id: "concept.spam-sender",
    cause: "bad-reputation",
    says: "the receiver suspects the sender (its address or IP) of sending spam",
    weight: 1.6,
    subject: ["spam sender", "spam ip", "behaviour spam", "behavior spam"],
    failure: ["suspected", "reject"],
    // Aliyun's "Reject by behaviour spam ... :list on rbl sites" names a blocklist.
    unless: ["spamhaus", "dnsbl", "rbl", "blacklist", "blocklist", "listed"],
    examples: [
      {
        text: "550 Suspected spam sender.",
        source:
          "http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022 (Tencent Exmail help: bounce codes)",
      },
      {
        text: "554 Reject by behaviour spam",
        source:
          "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html (an Alibaba Mail reseller's list of SMTP/MTA replies)",
      },
    ],
  },
  {
    // An ESP that will not send to a recipient who complained: a suppression, not a refusal
    // by the receiving server.
    id: "concept.spam-complaint",
    cause: "not-a-bounce",
    says: "the recipient marked earlier mail as spam, so the sending service suppresses this address",
    subject: ["who marked", "explicitly marked", "recipient marked", "subscriber marked"],
    failure: ["as spam"],
    examples: [
      {
        text: "Not delivering to a user who marked your messages as spam",
        source:
          "https://help.mailgun.com/hc/en-us/articles/360012070614-Why-did-I-receive-the-error-Not-delivering-to-a-user-who-marked-your-messages-as-spam (Mailgun Help Center)",
      },
      {
        text: "The subscriber explicitly marked this message as spam.",
        source:
          "https://postmarkapp.com/developer/api/bounce-api#bounce-types (Bounce API: Bounce types (Postmark))",
      },
    ],
  },
  {
    // A sending service that takes mail only from domains its customer has verified with it.
    id: "concept.sender-domain-unverified",
    cause: "relay-denied",
    says: "the sending service has not verified the sender's domain for this account",
    // Not "from domain": Amazon SES's "Mail FROM domain is not verified" is the custom MAIL FROM
    // domain's own DNS (sender-address-invalid, providers/amazon-ses.ts).
    subject: ["sender domain", "from/sender domain", "sending domain"],
    failure: ["not verified", "unverified"],
    examples: [
      {
        text: "550 From header sender domain not verified",
        source:
          "https://support.smtp2go.com/hc/en-gb/articles/13990494697369-Common-Sending-Errors (Common Sending Errors (SMTP2GO support))",
      },
      {
        text: "530 From/Sender domain is not verified for this workspace.",
        source:
          "https://emailit.com/docs/kb/530-from-domain-not-verified/ (Why does SMTP return 530 From domain not verified? (Emailit docs))",
      },
    ],
  },
  {
    // An address the receiving server has no user for, in words other than "user unknown":
    // each example is a provider's own.
    id: "concept.address-not-found",
    cause: "recipient-unknown",
    says: "the receiving server has no such address",
    subject: ["address", "recipient", "local user"],
    failure: [
      "does not appear to exist",
      "no such address",
      "not in recipient list",
      "marked as invalid",
      "unknown local user",
    ],
    // Not "couldn't be found": Gmail's and Microsoft's own NDR sentences say it around the
    // server's reply, which decides. "(MX do not point to us)" (Hostpoint) is a domain the
    // server does not host, not an address it lacks.
    unless: [...NOT_THE_RECIPIENT, "not point to us"],
    examples: [
      {
        text: "The address does not appear to exist. It may be misconfigured or removed from its server.",
        source:
          "https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters (Elastic Email Help Center)",
      },
      {
        text: "550 no such address here",
        source:
          "https://smtp.codes/hostpoint (Hostpoint, citing https://support.hostpoint.ch/en/technical/e-mail)",
      },
      {
        text: "554 5.7.1 <email@example.com>: Recipient address rejected: Not in recipient list",
        source: "https://smtp.codes/zerospam (ZeroSpam)",
      },
      {
        text: "Server Response: 550 unknown local user.",
        source:
          "https://www.bt.com/help/email/fix-a-problem/problems-with-email/bt-email-problems--error-code-0x800ccc79--error-550- (BT Email Error 550)",
      },
    ],
  },
  {
    // Chinese providers' own words: 该用户不存在 ("this user does not exist"), 收件人空间不足
    // ("the recipient's space is not enough").
    id: "concept.zh-user-missing",
    cause: "recipient-unknown",
    says: "the recipient's user does not exist (in Chinese)",
    subject: ["用户", "帐号", "账号", "账户", "收件人"],
    failure: ["不存在"],
    examples: [
      {
        text: "该用户不存在",
        source:
          "https://qqmailbox.com/transceivers/169.html (QQ Mail help: returned messages and their keywords)",
      },
    ],
  },
  {
    id: "concept.zh-space-full",
    cause: "mailbox-full",
    says: "the recipient's mailbox has no space left (in Chinese)",
    subject: ["空间", "容量", "邮箱"],
    failure: ["不足", "已满", "满了"],
    examples: [
      {
        text: "收件人空间不足",
        source:
          "https://qqmailbox.com/transceivers/169.html (QQ Mail help: returned messages and their keywords)",
      },
    ],
  },
  {
    // The recipient's domain does not exist in DNS: the MX lookup answered NXDOMAIN.
    id: "concept.domain-nxdomain",
    cause: "recipient-domain-invalid",
    says: "the recipient's domain does not exist in DNS",
    subject: ["nxdomain", "infodomainnonexistent"],
    failure: ["mx", "lookup", "dns query"],
    unless: ["sender", "mail from", "helo", "ehlo", "ptr", "reverse", "client", "dkim", "spf"],
    examples: [
      {
        text: "DNS Error: 80335577 DNS type 'mx' lookup of example.jp responded with code NXDOMAIN",
        source:
          "https://wordtothewise.com/2019/02/undelivered-mail-without-a-bounce/ (Word to the Wise: a Gmail bounce for a domain that does not exist)",
      },
      {
        text: "550 5.4.312 DNS query failed [Message=InfoDomainNonexistent]",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (DSNs and NDRs in Exchange Server)",
      },
    ],
  },
  {
    // A mailbox that receives more mail than its server lets it in a while: the sender waits
    // (Gmail 4.2.1, Rackspace G30), though the status names the mailbox.
    id: "concept.recipient-receiving-too-fast",
    cause: "rate-limited",
    says: "the recipient is receiving mail faster than its server allows",
    subject: ["receiving email", "receiving mail", "too much email", "too much mail"],
    failure: ["too quickly", "at a rate", "short period"],
    examples: [
      {
        text: "450 4.2.1 The user you are trying to contact is receiving email too quickly. Please resend your message at a later time.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.2.1)",
      },
      {
        text: "450 4.2.1 <email@example.com>: Mailbox received too much email in a short period of time (G30)",
        source: "https://smtp.codes/rackspace (Rackspace: the replies Rackspace's servers send)",
      },
    ],
  },
  {
    // A count per period or per session that was passed, in the providers' own words.
    id: "concept.count-limit-passed",
    cause: "rate-limited",
    says: "the sender passed a limit on messages, recipients or sessions per period",
    subject: [
      "daily limit",
      "hourly limit",
      "per hour",
      "per minute",
      "per day",
      "hourly quota",
      "daily quota",
      "receive limit",
      "relay limit",
      "permitted limits",
      "thread limit",
      "concurrent sessions",
      "concurrent connections",
      "single session",
      "total of rcpts",
      "number of rcpt",
    ],
    failure: ["exceed", "reached", "too many", "max", "threshold"],
    unless: ["mailbox size", "storage", "message size", "size limit", "reputation"],
    examples: [
      {
        text: "5.1.90 Your message can't be sent because you've reached your daily limit for message recipients",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.1.90)",
      },
      {
        text: "5.2.122 Recipient's per hour message receive limit exceeded.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.2.122)",
      },
      {
        text: "432 4.3.2 STOREDRV.Deliver; recipient thread limit exceeded",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 4.3.2)",
      },
      {
        text: "450 4.2.1 Peak SMTP relay limit exceeded for this customer. This is a temporary error.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 4.2.1)",
      },
      {
        text: "455 Maximum messages sent per minute reached : limit is <limit>",
        source:
          "https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm (Troubleshooting Email Delivery, Oracle Cloud Infrastructure)",
      },
      {
        text: "505 the total of RCPTs is achieved the maximum threshold",
        source:
          "https://help.aliyun.com/document_detail/36612.html (Alibaba Mail: common bounce errors)",
      },
      {
        text: "451 4.5.1 [%s] Max concurrent sessions (#1.04)",
        source:
          "http://docs.ftgate.com/ftgate-documentation/error-messages/service-error-messages/ (Service Error Messages, FTGate documentation)",
      },
    ],
  },
  {
    // A relay or submission service refusing a login: wrong credentials, or too many failed.
    // Not SPF/DKIM/DMARC ("authentication" of the message, authentication-failure).
    id: "concept.login-refused",
    cause: "relay-denied",
    says: "the server refused the sending client's login (its credentials)",
    // Not "credentials" alone: RFC 4954's own 535 text ("Authentication credentials invalid")
    // is the reply code's reading, which decides there.
    subject: [
      "smtp auth",
      "auth failures",
      "fail authentication",
      "credentials for relay",
      "authentication refused",
    ],
    failure: ["invalid", "refused", "too many", "too much", "limit", "for relay"],
    unless: ["spf", "dkim", "dmarc", "arc-"],
    examples: [
      {
        text: "550 5.7.1 Invalid credentials for relay ip-address. The IP address you've registered in your Workspace SMTP Relay service doesn't match the domain of the account this email is being sent from.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1)",
      },
      {
        text: "421 Too many auth failures, try again later",
        source:
          "https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm (Troubleshooting Email Delivery, Oracle Cloud Infrastructure)",
      },
      {
        text: "550 5.7.1 Authentication refused ELNK_200",
        source:
          "https://postmaster-earthlink.vadesecure.com/outbound_error_codes (Outbound SMTP error codes, EarthLink postmaster)",
      },
    ],
  },
  {
    // A sending service that takes mail only from the addresses its customer registered with
    // it (a verified sender identity or signature, the logged-in domain).
    id: "concept.sender-identity-unregistered",
    cause: "relay-denied",
    says: "the sending service has no verified sender identity for this From address",
    subject: ["sender identity", "sender signature", "send from that", "authenticated domain"],
    failure: ["does not match", "not confirmed", "not found", "not authorized", "must match"],
    examples: [
      {
        text: "The from address does not match a verified Sender Identity",
        source:
          "https://twilio.com/docs/api/errors/60222 (60222: SendGrid, Twilio error dictionary)",
      },
      {
        text: "403 You are not authorized to send from that email address",
        source:
          "https://sendgrid.com/docs/for-developers/sending-email/smtp-errors-and-troubleshooting/ (SMTP Errors and Troubleshooting, SendGrid)",
      },
      {
        text: "Sender signature not confirmed",
        source:
          "https://postmarkapp.com/developer/api/overview#error-codes (API overview: Error codes, Postmark)",
      },
      {
        text: "rsp: 550 From domain must match authenticated domain",
        source:
          "https://www.aspnethosting.co.uk/index.php?rp=/knowledgebase/185/Mail-server-SMTP-rules.html (Mail server SMTP rules, a SmarterMail host)",
      },
    ],
  },
  {
    // The receiver's verdict on how the sending server behaves (its share of spam, its
    // probing), not on this message's content.
    id: "concept.spam-behaviour",
    cause: "bad-reputation",
    says: "the receiver judges the sending server by the spam or abuse it has seen from it",
    // Not "spam source": SparkPost files "blocked ... as coming from a known spam source" under
    // both a blocklist and reputation (class 51), so the words alone decide neither.
    subject: [
      "source of spam",
      "spam-like behavior",
      "spam-like behaviour",
      "characteristic of spam",
      "spam rate",
      "unusual rate",
      "dictionary attack",
      "namespace mining",
      // "You have been identified for sending spam" (Comcast BL004), "blocked for attempting to
      // send too many messages containing content judged to be spam" (GoDaddy IB110), "a
      // computer ... on your network may be compromised and is sending mail that matches the
      // signature of known spam" (AOL RTR:CH).
      "sending spam",
      "too many messages containing",
      "may be compromised",
    ],
    failure: [
      "identified",
      "spam",
      "labeled",
      "labelled",
      "known",
      "blocked",
      "exhibit",
      "exceeded",
      "detected",
      "patterns",
      "unsolicited",
      "originating",
    ],
    unless: ["spamhaus", "spamcop", "dnsbl", "rbl", "blacklist", "blocklist"],
    examples: [
      {
        text: "554 This IP has been temporarily blocked for attempting to send too many messages containing content judged to be spam by the Internet community. IB110",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (Fix rejected email with a bounce error (GoDaddy Help))",
      },
      {
        text: "554 RTR:CH A computer or computer(s) on your network may be compromised and is sending mail that matches the signature of known spam.",
        source:
          "http://postmaster.aol.com/Postmaster.Errors.php (AOL SMTP Error Messages (AOL Postmaster))",
      },
      {
        text: "550 5.7.28 There is an unusual rate of unsolicited email originating from your IP address. To protect our users from spam, email sent from your IP address has been blocked.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.28)",
      },
      {
        text: "IP address () of the server handling your email has been labeled as a source of spam.",
        source:
          "http://pomoc.poczta.interia.pl/antispam,ip,ip_serwera (Interia Poczta anti-spam: the sending server's IP address)",
      },
      {
        text: "CXBL The sending IP address has been blocked by Cox due to exhibiting spam-like behavior",
        source:
          "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes (Error Codes, Cox Postmaster)",
      },
      {
        text: "550 5.7.2 <ip>: Sender IP rejected: spam rate exceeded",
        source:
          "https://support.titan.email/hc/en-us/articles/35175377981977-Understanding-Incoming-Email-Reject-Codes (Understanding Incoming Email Reject Codes, Titan)",
      },
      {
        text: "Dictionary attack detected",
        source:
          "https://bastion.umanix.net/info (Bastion information page, a Baruwa mail filter service)",
      },
    ],
  },
  {
    // The sending address refused by the receiver's own list or a named one, in the providers'
    // own words (a domain list, or a block for suspicious activity, is another reading).
    id: "concept.sender-ip-banned",
    cause: "ip-blocklisted",
    says: "the receiver keeps the sending IP address on a list of refused addresses",
    subject: [
      "sending ip",
      "your ip address",
      "sender ip address",
      "sender's ip address",
      "ip address is",
    ],
    failure: ["banned", "block listed", "being blacklisted", "failed an rbl", "blocked, see"],
    // spamdyke's "Your reverse DNS entry contains your IP address and a banned keyword" is the
    // reverse name's fault.
    // Not "has been blocked": Gmail's "email sent from your IP address has been blocked" follows
    // its reason (an unusual rate of unsolicited mail, concept.spam-behaviour).
    unless: [
      "domain",
      "dbl",
      "suspicious",
      "reputation",
      "temporarily",
      "reverse dns",
      "rdns",
      "ptr",
    ],
    examples: [
      {
        text: "5.7.606 Access denied, banned sending IP [IP1.IP2.IP3.IP4]",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online)",
      },
      {
        text: "554-No SMTP service 554-IP address is block listed.",
        source: "https://postmaster.gmx.com/en/error-messages (Error messages (GMX Postmaster))",
      },
      {
        text: "The email bounced due to the sender's IP address being blacklisted.",
        source:
          "https://help.elasticemail.com/en/articles/2300650-what-are-the-bounce-error-categories-and-filters (What are the bounce error categories and filters (Elastic Email Help Center))",
      },
      {
        text: "XGEMAIL_0004 Sender IP address failed an RBL test.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
    ],
  },
  {
    // "blocked using" with a list's name rather than its DNS zone.
    id: "concept.blocked-using-named-list",
    cause: "ip-blocklisted",
    says: 'a blocklist named by its operator (not its DNS zone) after "blocked using" refused the sending server',
    subject: ["blocked using"],
    failure: ["reputation", "rbl", "dnsbl"],
    unless: ["dbl", "uribl", "surbl"],
    examples: [
      {
        text: "554 Service unavailable; Client host [] blocked using Barracuda Reputation;",
        source:
          'http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda (How to deal with "host blocked using Barracuda reputation" (MIT CSAIL TIG))',
      },
      {
        text: "550 Service unavailable; Client host [<IP adress>] blocked using Trend Micro RBL+.",
        source:
          "https://success.trendmicro.com/solution/1097055-frequently-asked-questions-faqs-about-messages-blocked-by-email-reputation-services-ers (FAQs about messages blocked by Email Reputation Services (ERS) (Trend Micro))",
      },
    ],
  },
  {
    id: "concept.residential-space",
    cause: "ip-blocklisted",
    says: "the sending address is in a dynamic or residential range the receiver refuses",
    subject: ["residential space", "dynamic/residential"],
    failure: ["attempted from", "from"],
    examples: [
      {
        text: "ES000010 This error results when mail delivery is attempted from external dynamic/residential space.",
        source:
          "http://postmaster.comcast.net/mail-error-codes.html (Mail to Comcast is rejected and is returned with an error message (Comcast Postmaster))",
      },
    ],
  },
  {
    // A list named by its kind: "listed on the SenderScore blocklist". A sender address or a
    // domain on a list is another reading (concept.sender-on-site-block-list, concept.domain-list-hit).
    id: "concept.listed-on-blocklist",
    cause: "ip-blocklisted",
    says: "a blocklist the reply names lists the sending server",
    subject: ["blocklist", "blacklist", "block list", "black list"],
    failure: ["listed on", "listed in", "found in"],
    unless: [
      "sender address",
      "email address",

      "envelope sender",
      "domain",
      "url",
      "dbl",
      "uribl",
      "surbl",
      "recipient",
      "sender's address",
    ],
    examples: [
      {
        text: "BL000100 This error results when mail delivery is attempted from addresses that are listed on the SenderScore blocklist.",
        source:
          "http://postmaster.comcast.net/mail-error-codes.html (Mail to Comcast is rejected and is returned with an error message (Comcast Postmaster))",
      },
    ],
  },
  {
    id: "concept.connecting-ip-dns",
    cause: "reverse-dns",
    says: "the sending IP address's DNS (its reverse name) fails the receiver's check",
    subject: ["domain name system", "dns"],
    failure: ["connecting ip", "connect from"],
    unless: ["dnsbl", "blocklist", "blacklist", "listed", "mx", "sender domain"],
    examples: [
      {
        text: "554 There was an issue with the connecting IP address Domain Name System (DNS). AUP#CXDNS",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox))",
      },
      {
        text: "554 The IP address you're trying to connect from has an issue with the Domain Name System. Spectrum requires a full circle DNS for emails to be allowed through.",
        source:
          "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (Understanding Email Error Codes (Spectrum))",
      },
    ],
  },
  {
    id: "concept.command-out-of-sequence",
    cause: "protocol-syntax",
    says: "the sending server gave an SMTP command out of its order",
    subject: ["out of sequence", "bad sequence"],
    failure: ["command"],
    examples: [
      {
        text: "503 5.5.1 RCPT first. An email transaction protocol command was issued out of sequence.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
    ],
  },
  {
    id: "concept.smtp-protocol-violation",
    cause: "protocol-syntax",
    says: "the sending server broke the SMTP protocol",
    subject: ["protocol violation", "violation of smtp"],
    failure: ["smtp", "protocol", "command"],
    examples: [
      {
        text: "523 5.7.10 SMTP protocol violation, no commands allowed to pipeline after STARTTLS.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
      {
        text: "554 There was a violation of SMTP protocol. AUP#CXSMTP",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox))",
      },
    ],
  },
  {
    id: "concept.too-many-session-errors",
    cause: "protocol-syntax",
    says: "the sending server made too many errors or unauthenticated commands in one session",
    subject: ["unauthenticated commands", "smtp errors"],
    failure: ["too many"],
    examples: [
      {
        text: "554 5.7.0 Too many unauthenticated commands.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
      {
        text: "450 4.7.1 SFR_IN_103 Too Many SMTP Errors",
        source: "https://bentonow.com/smtp-errors/sfr (SFR SMTP Error Codes (Bento))",
      },
    ],
  },
  {
    id: "concept.not-rfc-compliant",
    cause: "protocol-syntax",
    says: "the message does not follow the Internet Message Format (RFC 5322 / 2822)",
    subject: ["rfc2822", "rfc 2822", "rfc5322", "rfc 5322", "rfc822"],
    failure: ["not conform", "does not conform", "not compliant", "violat"],
    unless: ["aligned", "alignment", "dmarc"],
    examples: [
      {
        text: "MSG-RFC: Your message does not conform to RFC2822 standard",
        source:
          "https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254 (mailRelay / mailFeed response codes (Iridis knowledge base))",
      },
    ],
  },
  {
    id: "concept.receiver-system-problem",
    cause: "remote-server-error",
    says: "the receiving system had a problem of its own (a temporary fault, an expired licence, a failed save)",
    subject: [
      "system problem",
      "internal system issue",
      "could not be saved",
      "license has expired",
      "license expired",
    ],
    failure: ["temporary", "try again", "retry", "later", "expired", "license"],
    examples: [
      {
        text: "454 4.7.0 Cannot authenticate due to a temporary system problem. Try again later.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)",
      },
      {
        text: "550 RCP-T1 The attempted recipient address is not currently available due to an internal system issue. This is a temporary condition.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
      {
        text: "554 Your message was received but it could not be saved. Please retry later.",
        source:
          "https://github.com/hmailserver/hmailserver/blob/876a996ba1a94f59880feb195a2f9f19108edeaf/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer source: SMTPConnection.cpp (the SMTP server's replies))",
      },
      {
        text: "XGEMAIL_0007 Message rejected because your license has expired.",
        source:
          "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html (SMTP error codes (Sophos Central Email Security))",
      },
    ],
  },
  {
    id: "concept.sender-domain-unresolvable",
    cause: "sender-address-invalid",
    says: "the sender's domain does not exist or does not resolve",
    subject: ["mail from domain", "from domain", "unregistered domain"],
    failure: ["does not exist", "unresolvable", "sending from"],
    unless: ["recipient"],
    examples: [
      {
        text: "550 DNS-P1 Your SMTP MAIL FROM domain does not exist.",
        source:
          "http://postmaster.facebook.com/response_codes (SMTP Response Codes (Facebook Postmaster))",
      },
      {
        text: "451 Message temporarily deferred due to unresolvable RFC.5321 from domain.",
        source:
          "https://senders.yahooinc.com/smtp-error-codes/ (SMTP Error Codes (Yahoo Sender Hub))",
      },
      {
        text: "5.7.750 Client blocked from sending from unregistered domain",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-5-7-700-through-5-7-750 (Fix email delivery issues for error codes 5.7.700 through 5.7.750 in Exchange Online)",
      },
    ],
  },
  {
    id: "concept.authentication-level",
    cause: "authentication-failure",
    says: "the sender's domain does not meet the authentication the receiver requires (SPF, DKIM, DMARC, Sender ID)",
    subject: ["authentication level", "sender id"],
    failure: ["does not meet", "validation failure", "fail"],
    examples: [
      {
        text: "550; 5.7.515 Access denied, sending domain [SendingDomain] does not meet the required authentication level.",
        source:
          "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730 (Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume Senders)",
      },
      {
        text: "550 command rejected due to Sender ID validation failure.",
        source:
          "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (Outlook.com Postmaster: Troubleshooting)",
      },
    ],
  },
  {
    id: "concept.content-filter-refusal",
    cause: "content-spam",
    says: "the receiver's content filter refused or held the message",
    subject: ["content filter", "content examination", "content restrictions", "gtube"],
    failure: ["quarantined", "rejected", "bounced", "due to", "pattern"],
    unless: ["size", "attachment"],
    examples: [
      {
        text: "5.2.1 Content Filter agent quarantined this message",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow/non-delivery-reports-and-bounce-messages/non-delivery-reports-and-bounce-messages (DSNs and NDRs in Exchange Server)",
      },
      {
        text: "550 Message bounced due to Content Examination policy",
        source:
          "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 (Mimecast SMTP Error Codes)",
      },
      {
        text: "550 5.7.1 Message rejected due to content restrictions",
        source:
          "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (Outbound Mail returned by MAILER-DAEMON@messagelabs.com (Broadcom KB 162445))",
      },
      {
        text: "554 5.7.1 Gtube pattern",
        source:
          "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089/src/libmime/message.c#L853-L871 (Rspamd 3.4: src/libmime/message.c (rspamd_check_gtube: the GTUBE test pattern's passthrough result))",
      },
    ],
  },
  {
    id: "concept.could-not-connect",
    cause: "remote-unreachable",
    says: "the sending server could not connect to the recipient's mail server",
    subject: ["attempts to connect", "requests to connect"],
    failure: ["failed", "did not accept"],
    examples: [
      {
        text: "The recipient server did not accept our requests to connect.",
        source: "https://support.google.com/mail/answer/7720 (Fix bounced or rejected emails)",
      },
      {
        text: "Failed all attempts to connect to the recipients mail server.",
        source:
          "http://support.rackteam.com/kb/a136/common-email-delivery-errors-you-may-receive.aspx (Common Email Delivery Errors you may receive (RackTeam knowledge base: SmarterMail System Administrator delivery failure messages))",
      },
    ],
  },
  {
    id: "concept.header-address-not-theirs",
    cause: "sender-address-invalid",
    says: "the logged-in account may not send from the From header's address",
    subject: ["header address"],
    failure: ["not authorised", "not authorized"],
    examples: [
      {
        text: "551 5.7.1 Not authorised to send from this header address",
        source:
          "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back (Why messages bounce back (Fastmail Help))",
      },
    ],
  },
  {
    id: "concept.rate-limit-exceeded",
    cause: "rate-limited",
    says: "the sender passed a rate limit of the receiving server",
    // A sending rate in other words: Amazon SES's "Maximum sending rate exceeded", a relay's
    // "Hourly send rate exceeded".
    // A limit on recipients per message in words of its own: magma's "541 RCPT TO REJECTED - PER
    // MESSAGE RECIPIENT LIMIT REACHED".
    subject: [
      "ratelimit",
      "rate limit",
      "rate-limit",
      "sending rate",
      "send rate",
      "recipient limit",
      "messages per second",
      "messages per minute",
      "messages per hour",
    ],
    failure: ["exceeded", "exceeds", "reached"],
    // Outlook.com's RP-001 says its rate limit follows the IP's or domain's reputation
    // (providers/microsoft.ts reads it as bad-reputation).
    unless: ["reputation"],
    examples: [
      {
        text: "541 RCPT TO REJECTED - PER MESSAGE RECIPIENT LIMIT REACHED",
        source: `${MAGMA}/smtp.c (magma: more recipients in one message than its limit)`,
      },
      {
        text: '451 4.7.1 Ratelimit "to_ip_from" exceeded',
        source: `${RSPAMD}/src/plugins/lua/ratelimit.lua#L202 (Rspamd's ratelimit module, its soft reject through the milter proxy: milter.c and milter_internal.h lines 161, 164)`,
      },
      {
        text: "454 Throttling failure: Maximum sending rate exceeded",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/manage-sending-quotas-errors.html (Amazon SES, reaching sending limits with SMTP)",
      },
      {
        text: "452 4.4.5 Rate limit exceeded, try again later.",
        source: `${STALWART}/rcpt.rs#L390 (Stalwart, queue.limiter.inbound)`,
      },
    ],
  },
  {
    id: "concept.delivery-rate",
    cause: "rate-limited",
    says: "the sending IP or network delivered more than the receiver takes in a period",
    // magma's per-recipient daily cap, for all senders or one subnet: "IS CONFIGURED NOT TO
    // ACCEPT MORE THAN 250 MESSAGES ... IN A TWENTY-FOUR HOUR PERIOD".
    subject: [
      "messages in past",
      "messages in the past",
      "bytes in past",
      "bytes in the past",
      "hour period",
    ],
    failure: ["more than", "too many", "exceed"],
    examples: [
      {
        text: "451 MAILBOX UNAVAILABLE - THE ACCOUNT <bob@example.com> IS CONFIGURED NOT TO ACCEPT MORE THAN 250 MESSAGES MESSAGES FROM ANY SINGLE SUBNET IN A TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER",
        source: `${MAGMA}/smtp.c#L762 (magma: a recipient's daily cap on messages from one subnet; its format doubles the word MESSAGES)`,
      },
      {
        text: "452 4.2.2 more than 500 messages in past 1m0s from your ip/network",
        source:
          "https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver/analyze.go#L137 (mox's delivery rate check, sent with 4.2.2, RFC 3463's full-mailbox code)",
      },
    ],
  },
  {
    // A mailing list refusing a post because of who sent it: the poster is no member, no
    // subscriber or no moderator, is banned, or a list rule denies the post. The list's own
    // rule against this sender (sender-policy), as "you are not allowed to post to this mailing
    // list" is (generic.ts). Its size refusals read by concept.message-too-large.
    id: "concept.list-posting-refused",
    cause: "sender-policy",
    says: "the mailing list takes posts only from its members, subscribers or moderators, or its rules refuse this sender",
    subject: [
      "list member",
      "list members",
      "list subscriber",
      "list subscribers",
      "list moderator",
      "list moderators",
      "list administrator",
      "non-member",
      "non-members",
      "members-only",
      "mailing list",
      "mailing-list",
      "this list",
      "message distribution",
      "only members",
    ],
    failure: [
      "may post",
      "can post",
      "not from a",
      "not a list",
      "not subscribed",
      "restricted to",
      "not allowed",
      "prohibit",
      "banned",
      "access rule",
    ],
    // A blocklist ("this list" of listed IPs) is another refusal.
    unless: ["blocklist", "blacklist", "block list", "black list", "dnsbl", "spamhaus"],
    examples: [
      {
        text: "Your message to the Test mailing-list was rejected for the following reasons: The message is not from a list member",
        source: `${MAILMAN3}/rules/moderation.py#L108 (Mailman 3's reason in templates/en/list:user:notice:rejected.txt)`,
      },
      {
        text: "Message sender alice@example.net is banned from this list",
        source: `${MAILMAN3}/rules/banned_address.py#L45 (Mailman 3)`,
      },
      {
        text: "Your message has been rejected, probably because you are not subscribed to the mailing list and the list's policy is to prohibit non-members from posting to it.",
        source: `${MAILMAN2}/Mailman/Handlers/Moderate.py#L573 (Mailman 2, do_reject)`,
      },
      {
        text: 'The message from <alice@example.net> with subject "Hello" was unable to be delivered to the list because you are not a list subscriber.',
        source: `${MLMMJ}#L32 (mlmmj, %ifreason subonlypost%)`,
      },
      {
        text: 'The message from <alice@example.net> with subject "Hello" was unable to be delivered to the list because of an access rule set up by the list administrator.',
        source: `${MLMMJ}#L23 (mlmmj, %ifreason access%)`,
      },
      {
        text: "You are not allowed to send this message for the following reason: Message distribution in the list is restricted to list subscribers.",
        source: `${SYMPA}/default/mail_tt2/report.tt2#L151 (Sympa, send_subscriber)`,
      },
      {
        text: "Message distribution in this list is not allowed.",
        source: `${SYMPA}/default/mail_tt2/report.tt2#L132 (Sympa, send_closed)`,
      },
      {
        text: "554 5.7.1 <staff@example.com>: Recipient address rejected: Internal list: only members may post",
        source:
          "lib/knowledge/lab/fixtures/postfix-restrictions/recipient-access-custom.txt (Postfix 3.7.11, check_recipient_access entry 'REJECT Internal list: only members may post')",
      },
    ],
  },
  {
    // A message seen too often on the way (its Received headers counted): the servers between
    // the sender and the recipient send it round in a loop, a routing fault at the receiving
    // side, as "mail loop" and "routing loop" read (generic.ts).
    id: "concept.loop-detected",
    cause: "remote-server-error",
    says: "the message went round in a loop between mail servers",
    subject: ["loop"],
    failure: ["detected", "was detected"],
    examples: [
      {
        text: "550 Loop detected",
        source: `${POSTAL}/app/lib/smtp_server/client.rb#L476 (Postal, more than four of its own Received headers)`,
      },
      {
        text: "500 A delivery loop was detected which causes this email which caused the email to be undeliverable (26)",
        source: `${ZONEMTA}/plugins/core/delivery-loop.js#L16 (ZoneMTA, more than maxHops Received headers)`,
      },
    ],
  },
  {
    // The receiving side's scanner could not run or answer: the message waits (or is refused)
    // for the server's own failure, not for what it holds.
    id: "concept.scanner-failed",
    cause: "remote-server-error",
    says: "the receiving server's virus or content scanner failed",
    subject: [
      "virus-scanner",
      "virus scanner",
      "virus scanning",
      "content scanner",
      "scan for viruses",
      // The spam scanner's own failure: "Rspamd scan error" (Haraka's rspamd plugin), "spamd
      // scan error" (Haraka's and qpsmtpd's spamassassin plugins).
      "rspamd scan",
      "spamd scan",
      "anti-virus",
      "antivirus",
    ],
    failure: [
      "problem running",
      "malfunction",
      "unavailable",
      "not available",
      "failure",
      "error",
      "unable to",
      "timed out",
      "timeout",
      "not ready",
    ],
    unless: ["found", "infected", "detected", "contains a virus"],
    examples: [
      {
        text: "451 4.7.1 Please retry later (anti-virus/oletools not ready)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L30 (Mailu, ANTIVIRUS_FAILED soft reject)",
      },
      {
        text: "450 Virus scanner timed out",
        source:
          "https://github.com/haraka/haraka-plugin-clamd/blob/c66b60b5f0dc15670866a6ffcc0da82cf98a9f03/index.js#L205 (Haraka's clamd plugin, defer.timeout)",
      },
      {
        text: "450 Rspamd scan error",
        source:
          "https://github.com/haraka/haraka-plugin-rspamd/blob/633fcb1faa57d8f3fea7d9ce231c2fd2a25ebaf9/index.js#L341 (Haraka's rspamd plugin, defer.error)",
      },
      {
        text: "452 Unable to scan for viruses",
        source:
          "https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f/plugins/virus/clamdscan#L229 (qpsmtpd's clamdscan plugin, defer_on_error)",
      },
      {
        text: "451 4.3.0 Problem running virus-scanner",
        source: `${MIMEDEFANG}/examples/suggested-minimum-filter-for-windows-clients#L153 (MIMEDefang's shipped filter, action_tempfail)`,
      },
    ],
  },
  {
    // A server that will not relay for this client, in the words servers write: Sendmail's
    // default "Relaying denied" (cf/m4/proto.m4 confRELAY_MSG), Zoho's "Relaying disallowed as
    // <address>" (the sending address is not one the account may send as). The verb
    // "relaying" with its refusal, whatever the wording ("relaying not allowed", "relaying
    // prohibited"): relay-denied. ("Relay" alone is also a word in host names, "relay.example.net
    // said: ... rejected": not a subject here.)
    id: "concept.relaying-refused",
    cause: "relay-denied",
    says: "the server will not relay mail for this client (it is not logged in, or not allowed to send as this address)",
    subject: ["relaying"],
    failure: [
      "denied",
      "disallowed",
      "not permitted",
      "not allowed",
      "prohibited",
      "refused",
      "forbidden",
    ],
    // A relay test or an open-relay listing names the sending host (client.named-open-relay,
    // ip-blocklisted); Sendmail refuses "Relaying temporarily denied. Cannot resolve PTR record"
    // for the client's DNS (generic.ts reads it).
    unless: ["open relay", "relay test", "temporarily denied", "dnsbl", "blocked using"],
    examples: [
      {
        text: "550 5.7.1 <bob@example.net>... Relaying denied",
        source:
          'https://github.com/freebsd/freebsd-src/blob/ba87e25c2ed9c00232180c4aad967d617f816283/contrib/sendmail/cf/m4/proto.m4 (Sendmail\'s default confRELAY_MSG, "550 Relaying denied")',
      },
      {
        text: "553 Relaying disallowed as <emailaddress>.",
        source:
          "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (SMTP Error Codes, Zoho ZeptoMail: sending from an address the account may not use)",
      },
    ],
  },
  {
    // The server takes mail on this path only from a client that has logged in (SMTP AUTH):
    // a submission port, a sender in the server's own domains, a relay. The sender's admin must
    // set up authentication: relay-denied, as "authentication required" reads (generic.ts).
    id: "concept.login-required",
    cause: "relay-denied",
    says: "the server takes this mail only from a client that has logged in (SMTP authentication)",
    // Apache James's AllowedUnauthenticatedSender: "Sender <> is not allowed for
    // unauthenticated connection from <ip>" (only listed senders may skip the login).
    subject: ["log in", "logged in", "login", "authenticate", "unauthenticated connection"],
    // Proton's submission: "Sender address rejected: not logged in".
    failure: ["must", "need to", "please", "required", "first", "not allowed for", "not logged in"],
    // Sender authentication (SPF, DKIM, DMARC) is another refusal.
    // "Too many login attempts, please try again later" (Gmail, 454 4.7.0) is a limit on logins
    // (concept.too-many-logins), not a demand to log in.
    unless: ["spf", "dkim", "dmarc", "too many"],
    examples: [
      {
        text: "550 You must log in to send mail from example.com",
        source:
          "https://github.com/mingodad/citadel/blob/63a41edbab07ba009a64ece492c41282c654c58b/citadel/modules/smtp/serv_smtp.c#L700 (Citadel, a local sender from an unauthenticated client)",
      },
      {
        text: "550 You do not have sufficient privileges to send mail to this address.  Please authenticate and try again.",
        source:
          "https://github.com/asmrdevelop/cpanel/blob/393631a22756ecd563f8679e9f5d57d149b50557/etc/exim/acls/ACL_RBL_BLOCK/primary_hostname_bl#L4 (cPanel, mail to the server's own host name)",
      },
      {
        text: "550 5.7.1 Sender <> is not allowed for unauthenticated connection from 192.0.2.1",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/server/protocols/protocols-smtp/src/main/java/org/apache/james/smtpserver/fastfail/AllowedUnauthenticatedSender.java#L175 (Apache James: a sender not on the list that may send without a login)",
      },
    ],
  },
  {
    // A receiver's anti-spoofing rule: mail that claims a domain (often the receiver's own)
    // without passing that domain's SPF, DKIM or DMARC. The sender's admin must authenticate it.
    id: "concept.anti-spoofing",
    cause: "authentication-failure",
    says: "the mail claims a sender domain it does not authenticate for (an anti-spoofing rule)",
    subject: ["anti-spoofing", "antispoofing", "spoofing"],
    failure: [
      "auth-failed",
      "noauth",
      "not authenticated",
      "unauthenticated",
      "dmarc",
      "spf",
      "dkim",
    ],
    examples: [
      {
        text: "554 5.7.1 Rejected (anti-spoofing: auth-failed)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L15 (Mailu, ANTISPOOF_AUTH_FAILED: a local domain without valid DMARC)",
      },
      {
        text: "554 5.7.1 Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L5 (Mailu, ANTISPOOF_NOAUTH)",
      },
    ],
  },
  {
    // A sender or message address in UTF-8 (RFC 6531) where the SMTPUTF8 extension was not
    // asked for or is not offered: the sending program's command (or the receiver) lacks it.
    id: "concept.smtputf8-required",
    cause: "protocol-syntax",
    says: "an address in international (UTF-8) characters needs the SMTPUTF8 extension (RFC 6531), which was not used or not offered",
    subject: ["smtputf8", "international e-mail address", "international email address"],
    failure: ["required", "requires", "must", "does not support", "not supported"],
    examples: [
      {
        text: "550 5.6.7 SMTPUTF8 is required for non-ASCII senders",
        source: `${MADDY}/internal/endpoint/smtp/session.go#L219 (maddy: a non-ASCII sender without SMTPUTF8 in MAIL FROM)`,
      },
      {
        text: "550 5.6.0 smtputf8 extension is required but was not added to the MAIL command",
        source: `${MOX}/server.go#L2211 (mox: the message needs SMTPUTF8 and the client did not ask for it)`,
      },
      {
        text: "550-The addressee's mailserver does not support the sender's international E-mail address.",
        source: `${COURIER_HEAD}/module.esmtp/libesmtp.C#L1977 (Courier's esmtp module: a UTF-8 sender, a receiver without SMTPUTF8)`,
      },
    ],
  },
  {
    // A client that sends before the server's greeting (an "early talker"): a breach of RFC 5321
    // section 4.3.1 that spam programs commit. The lab reads its pregreet cases (Exim's "SMTP
    // synchronization error", Haraka's "You talk too soon") as protocol-syntax.
    id: "concept.early-talker",
    cause: "protocol-syntax",
    says: "the sending server spoke before the receiving server's greeting (an SMTP protocol breach)",
    subject: ["smtp greeting", "the greeting", "smtp banner", "the banner", "before greeting"],
    // Cox: "554 cox.net ESMTP No data before greeting".
    failure: ["before", "no data"],
    examples: [
      {
        text: "554 cox.net ESMTP No data before greeting",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox))",
      },
      {
        text: "554 Connecting host started transmitting before SMTP greeting",
        source: `${QPSMTPD}/plugins/earlytalker#L237 (qpsmtpd's earlytalker plugin)`,
      },
    ],
  },
  {
    // A client that idles with NOOP after NOOP instead of sending mail: qpsmtpd's noop_counter
    // drops it. The session's commands, not the message or the sender, are refused.
    id: "concept.too-many-noops",
    cause: "protocol-syntax",
    says: "the sending server sent too many NOOP commands in a row",
    subject: ["noops", "noop commands"],
    failure: ["too many"],
    examples: [
      {
        text: "421 Stop wasting my time, too many consecutive NOOPs",
        source: `${QPSMTPD}/plugins/noop_counter#L42 (qpsmtpd's noop_counter plugin)`,
      },
    ],
  },
  {
    // The logged-in account itself may not send through this server (Stalwart's AUTH answer
    // for an account without the permission to send): the sender's admin must grant it or
    // use another relay, as for a login that is required (relay-denied).
    id: "concept.account-may-not-send",
    cause: "relay-denied",
    says: "the sending account (its login) is not allowed to send mail through this server",
    // The sending account's own words at a provider or relay: "This account isn't allowed to
    // send email" (Alibaba Mail), "that SMTP username's account is not allowed to send"
    // (SMTP2GO), "Account May Not Send" (Postmark), "This email account has been blocked from
    // sending emails" (Spectrum).
    subject: ["your account", "account"],
    failure: [
      "not authorized to use this service",
      "not authorised to use this service",
      "not allowed to use this service",
      "allowed to send",
      "may not send",
      "blocked from sending",
    ],
    // A quota of sends ("THIS USER ACCOUNT IS ONLY ALLOWED TO SEND 250 MESSAGES IN A
    // TWENTY-FOUR HOUR PERIOD - PLEASE TRY AGAIN LATER", magma) is a rate (concept.sending-quota).
    unless: ["only allowed", "try again", "temporarily"],
    examples: [
      {
        text: "550 5.7.1 Your account is not authorized to use this service.",
        source: `${STALWART}/auth.rs#L153 (Stalwart's AUTH: the account lacks the permission to send)`,
      },
    ],
  },
  {
    // Mail with the null reverse-path (MAIL FROM:<>, RFC 5321 section 4.5.5: a bounce or
    // another notice) refused where the server takes only mail with a sender it can answer:
    // a mailing list, or a server that takes no notices. The sender address is the refusal's
    // subject, as Coremail's "NULL sender is not allowed" reads (generic.ts).
    id: "concept.null-sender-refused",
    cause: "sender-address-invalid",
    says: "the message had an empty (null) sender address, which this server or list does not take",
    subject: ["null sender", "null senders", "empty sender", "null reverse-path"],
    failure: ["not accept", "not allowed", "not permitted", "rejected", "refused"],
    examples: [
      {
        text: "550 mailing lists do not accept null senders",
        source: `${QPSMTPD}/plugins/qmail_deliverable#L163 (qpsmtpd's qmail_deliverable plugin: a null sender to a mailing list)`,
      },
    ],
  },
];
