// Wordings that say a refusal happened and that its reason lies elsewhere, so that several causes
// remain possible: the words rank those causes and decide none. The codes beside them often name
// a cause of their own that the words explain away: "554 5.5.1 Error: no valid recipients" is a
// command out of sequence by its codes (protocol-syntax), but the server sends it because it had
// refused every recipient before, for their own reasons. Every entry cites the servers' source.
import type { CauseId } from "@/lib/causes/causes";
import { WEIGHTS } from "./weights";
import { CLIENT_WORDINGS } from "./client-wordings";
import { PERMISSION_WORDINGS } from "./permission-wordings";
import { NOTICE_WORDINGS } from "./notice-wordings";

export interface PossibilityWording {
  id: string;
  /**
   * Lower-case phrases, found at word boundaries in the refusal's normalised words, or a SAFE
   * pattern (signatures/types.ts Needle) for one server's exact reply shape.
   */
  match: readonly (string | RegExp)[];
  /**
   * Applies only where the words came with a reply code of this class: words whose meaning
   * depends on whether a server that was reached said them (signatures/types.ts replyCode).
   */
  replyCode?: "4xx" | "5xx";
  /**
   * What the first cause weighs (the others a step down each): WEIGHTS.possibilityWording when
   * absent; WEIGHTS.possibilityOpening for words that are often followed by their reason.
   */
  weight?: number;
  /**
   * The writer's own notice rather than a server's reply (Google Groups' notice to a sender):
   * read in the bounce's whole text too, where a recipient has no words of its own, as full
   * wordings of the provider tables are.
   */
  notice?: true;
  /** The causes the words leave possible, the most usual first. */
  causes: readonly CauseId[];
  /** Plain words for the explanation: what the server's words say. */
  says: string;
  examples: readonly { text: string; source: string }[];
}

const VADE_ELNK_IN = "https://postmaster-earthlink.vadesecure.com/inbound_error_codes";
const VADE_OXSUS = "https://postmaster-oxsus.vadesecure.com/";
const VADE_OXSEU = "https://postmaster-oxseu.vadesecure.com/inbound_error_codes";
const GODADDY_IB = "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685";
// A Korean blog's copy of Daum's bounce list (providers/daum.ts).
const DAUM_LIST = "https://oliveit.tistory.com/39";
// Sisimai's reason tables (a bounce classifier's lists of wordings collected from real bounces)
// and its tests of them, at the commits read.
const GO_SISIMAI = "https://github.com/sisimai/go-sisimai/blob";
const COURIER_HEAD =
  "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier";
const GO_GUERRILLA =
  "https://github.com/flashmob/go-guerrilla/blob/858ac36f3a048344549643e68c89cc1d6d489e29";
const POSTFIX_HEAD =
  "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c";
const MOMENTUM_ADAPTIVE =
  "https://github.com/SparkPost/support-docs/blob/2cb4102c88745e0d0f72dcb096dd5fca24a35078/content/momentum/3/3-ad/ad-appendix-adaptive-rules.md";
const SISIMAI_TESTS = `${GO_SISIMAI}/02cb732f8f64f710dacfe2344daac62ba6e4c021/reason/02-includedin_test.go`;

export const POSSIBILITY_WORDINGS: readonly PossibilityWording[] = [
  {
    // Yahoo's page gives this refusal of the SMTP connection no reason of its own: Yahoo
    // refuses or defers a sending IP for its reputation (unusual traffic, complaints) or a
    // listing (the same page's deprioritisation and its error-code page).
    id: "yahoo.vs99-ip1-deferred",
    match: ["vs99-ip1 deferred"],
    causes: ["bad-reputation", "ip-blocklisted"],
    says: "Yahoo refused the sending server's connection by its IP address, without saying why",
    examples: [
      {
        text: "553 VS99-IP1 deferred",
        source:
          "https://help.yahoo.com/kb/mail-for-desktop/SLN3444.html (Email sent to Yahoo Mail addresses is rejected: 'This error means your SMTP connection was rejected')",
      },
    ],
  },
  {
    // Exchange Online's NDR when a gateway downstream refused mail it forwarded or relayed.
    // Microsoft's article: Exchange Online sends such mail from a relay pool (not in its SPF
    // record) when SPF and DKIM failed as the message came in and the sender is not an accepted
    // domain, and downstream gateways refuse that pool. Either fix works: make the sender's
    // authentication pass on entry (Enhanced Filtering), or have the gateway accept the relay.
    // (With the gateway's own "554 5.7.1 Relaying denied" quoted after it, that reply decides.)
    id: "microsoft.5.7.367-relay-pool",
    match: ["remote server returned not permitted to relay"],
    causes: ["authentication-failure", "relay-denied"],
    says: "a gateway after Microsoft 365 refused to relay a forwarded message, which Microsoft 365 sent from its relay pool because the sender's SPF or DKIM failed on entry",
    examples: [
      {
        text: "550 5.7.367 Remote server returned not permitted to relay",
        source:
          "https://learn.microsoft.com/en-us/troubleshoot/exchange/email-delivery/ndr/forwarded-message-rejected-5-7-367-ndr (Forwarded or relayed email messages from Microsoft 365 are rejected with error 5.7.367; repo MicrosoftDocs/SupportArticles-docs)",
      },
    ],
  },
  {
    // "Connection refused" in a server's own reply, under a permanent code of its own: a server
    // that was reached turned the sending server's connection away (with no code, the same words
    // are the sending MTA's TCP error: signatures/generic.ts TRANSPORT_ERRORS). The pages that
    // print this reply give its reasons: Vade-filtered platforms send "550 5.7.1 Connection
    // refused" for an IP on Vade's, Validity's or Spamhaus's list (_101, _102, _111) and for a
    // missing or mismatched reverse DNS (_105, _108); GoDaddy sends "554 Connection refused." for
    // an IP on Spamhaus's SBL, XBL or PBL (IB104-IB106) and for "a poor reputation on Cloudmark
    // Sender Intelligence" (IB103). The words alone say none of these (providers/vade.ts and
    // godaddy.ts read the replies that carry their code or their reason).
    id: "smtp.connection-refused-in-reply",
    match: ["connection refused"],
    replyCode: "5xx",
    weight: WEIGHTS.possibilityOpening,
    causes: ["ip-blocklisted", "reverse-dns", "bad-reputation"],
    says: "the server refused the sending server's connection, without saying why (its IP address on a blocklist, its reverse DNS, or its reputation)",
    examples: [
      {
        text: "550 5.7.1 Connection refused",
        source: `${VADE_ELNK_IN} (_101 Vade Threat Network List, _105 reverse DNS, _108 FCrDNS); ${VADE_OXSUS} (_101, _105); ${VADE_OXSEU} (_105, _108)`,
      },
    ],
  },
  {
    // The same words under a transient code: the pages that print it defer a sending IP that
    // opened too many connections or sent too many messages (Vade's OXSUS _110, _139, _140:
    // "421 4.2.1 Connection refused"; GoDaddy's IB007 "421 Connection refused, too many sessions
    // from This IP") or that their spam centre judged (Daum's "421 4.4.5 CCRT IP ADDRESS:
    // Connection refused. Server is busy(RT)": "temporarily blocked connection").
    id: "smtp.connection-refused-in-reply.transient",
    match: ["connection refused"],
    replyCode: "4xx",
    weight: WEIGHTS.possibilityOpening,
    causes: ["rate-limited", "bad-reputation"],
    says: "the server refused the sending server's connection for now, without saying why (too many connections or messages from its IP address, or its reputation)",
    examples: [
      {
        text: "421 4.2.1 Connection refused",
        source: `${VADE_OXSUS} (_110 too many connections from a single IP address, _139, _140); ${GODADDY_IB} (IB007); ${DAUM_LIST} (4.4.5 CCRT)`,
      },
    ],
  },
  {
    // Each server sends these to DATA when no recipient of the transaction was accepted: every
    // RCPT TO had been refused (an unknown address, a relay or policy refusal, a blocklist). With
    // PIPELINING (RFC 2920) the client sends DATA before it has read those refusals, so a bounce
    // may quote this reply alone. Not Postfix's "need RCPT command": DATA with no RCPT TO sent.
    id: "smtp.data-after-refused-recipients",
    match: [
      "no valid recipients",
      "valid rcpt command must precede data",
      "need rcpt (recipient)",
      "no recipient specified",
      "rcpt first",
    ],
    causes: ["recipient-unknown", "relay-denied", "sender-policy", "ip-blocklisted"],
    says: "the server refused the message because it had refused every recipient before; the reason is in those refusals",
    examples: [
      {
        text: "554 5.5.1 Error: no valid recipients",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd.c#L3338",
      },
      {
        text: "503 Valid RCPT command must precede DATA",
        source:
          "https://github.com/Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8/src/src/smtp_in.c#L5404",
      },
      {
        text: "503 5.0.0 Need RCPT (recipient)",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/sendmail/srvrsmtp.c#L3951",
      },
      {
        text: "503 5.5.4 Invalid command arguments: No recipient specified",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/smtp_session.c#L1639",
      },
      {
        text: "503 RCPT first (#5.5.1)",
        source:
          "https://github.com/notqmail/notqmail/blob/f5df10d17375e5f1137c4e59f0e527a12a991ed7/qmail-smtpd.c#L57",
      },
    ],
  },
  {
    // Yandex's NwSMTP answers DATA with "503 5.5.4 No correct recipients." when the envelope's
    // recipient list is empty (smtp_connection::smtp_data): every RCPT TO was refused before,
    // for its own reason, as the servers' words above say. Below Yandex's own reading of the
    // words (providers/yandex.ts), which decides where its table reads them.
    id: "nwsmtp.no-correct-recipients",
    match: ["no correct recipients"],
    weight: WEIGHTS.possibilityOpening,
    causes: ["recipient-unknown", "relay-denied", "sender-policy", "ip-blocklisted"],
    says: "the server refused the message because it had refused every recipient before; the reason is in those refusals",
    examples: [
      {
        text: "503 5.5.4 No correct recipients.",
        source:
          "https://github.com/yandex/NwSMTP/blob/fb9f5c548acb93b3585a4386e15bb325bb41981c/src/smtp_connection.cpp (Yandex's NwSMTP, smtp_connection::smtp_data: the envelope's recipient list is empty)",
      },
    ],
  },
  {
    // A refusal "for policy reasons" or "due to local policy" that says no more: the site's rule
    // refused the message, and the servers that write these words do so for any rule. Sender
    // policy in the vocabulary (PRODUCT.md) is the organisation blocking this sender; these
    // words name no sender, and the same servers send them for a spam score most often: maddy
    // for Rspamd's reject verdict and any milter's refusal, Proxmox Mail Gateway for any
    // blocking rule (a spam score, a virus, an attachment, a blacklist), MIMEDefang's
    // action_bounce without a text for whatever its filter bounced on. Sisimai's own reason for
    // them, PolicyViolation, covers a virus, a forged sender and a header as well. So a block of
    // the sender, spam and failed authentication stay possible; the reply's other words decide.
    // Zoho's "Mailbox delivery restricted by policy error" (smtp.codes: the receiving domain's
    // filters) says no more either.
    id: "policy.rejected-without-reason",
    match: ["local policy", "policy reasons", "denied by policy", "restricted by policy"],
    // Often followed by the reason ("Mail rejected by Outlook.com for policy reasons. Reasons
    // for rejection may be related to content ... or IP/domain reputation"): ranks below it.
    weight: WEIGHTS.possibilityOpening,
    causes: ["sender-policy", "content-spam", "authentication-failure"],
    says: "the server's policy refused the message, without saying which rule (a block of the sender, a spam verdict, or failed authentication)",
    examples: [
      {
        text: "550 5.7.0 Message rejected due to local policy (msg ID = 5f1e0c2a)",
        source:
          "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e/internal/check/rspamd/rspamd.go#L351 (rspamd reject; milter.go the same words)",
      },
      {
        text: "554 5.7.1 Rejected for policy reasons (5F3A1B2C4D)",
        source:
          "https://github.com/proxmox/pmg-api/blob/09158948b9568e8123f4319f47ddb10b9a292a78/src/PMG/SMTP.pm#L184 (every recipient blocked by the rule system)",
      },
      {
        text: "554 5.7.1 Forbidden for policy reasons",
        source:
          "https://github.com/The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a/modules/lib/Mail/MIMEDefang/Actions.pm#L1194 (action_bounce without a reply text)",
      },
      {
        text: "550 Denied by policy",
        source:
          "https://knowledge.broadcom.com/external/article/162445/outbound-mail-returned-by-mailerdaemonme.html (Broadcom KB 162445: listed among recipient servers' refusals of suspicious message content)",
      },
      {
        text: "550 5.7.0 Local Policy Violation",
        source:
          'https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/PolicyViolation.pm ("local policy violation" among PolicyViolation\'s words: a virus, a forged sender, a header)',
      },
    ],
  },
  {
    // "SPAM not accepted": the words name spam but not whose judgement. Sendmail's cf/README
    // writes "ERROR:550 Spam not accepted" in the access map to block a sender by its user name
    // (a block of the sender), and servers write it after the message body for a spam verdict
    // (an Exim delay notice quoting "451 SPAM not accepted" after DATA, review 26). Content first:
    // the plain words say it, and a sender block more often names the sender.
    id: "spam.not-accepted",
    match: ["spam not accepted"],
    causes: ["content-spam", "sender-policy"],
    says: "the server refused the message as spam without saying whether it judged the message's content or blocks its sender",
    examples: [
      {
        text: "550 Spam not accepted",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/README (access database: 'From:FREE.STEALTH.MAILER@\tERROR:550 Spam not accepted', blocking a sender by user name)",
      },
      {
        text: "451 SPAM not accepted",
        source:
          "https://github.com/cfortune/PHP-Bounce-Handler/blob/956e65b0d502b1904546c3c46480409ded41d755/eml/29.eml (an Exim delay notice: host mail.towebs.com said it after the message body)",
      },
    ],
  },
  {
    // "Sender rejected" and no more: servers write it for any check of the sender that failed,
    // and their documentation gives it different reasons. Proofpoint Essentials' reseller FAQ
    // reads "550 5.1.0 sender rejected" as the sending IP on a blocklist or a failed SPF check;
    // Cox's error codes page as a sender domain with no MX or A record (providers/cox.ts reads it
    // so where Cox's server is identified); OpenSMTPD's filters write it for a sender the site's
    // list refuses. Courier's own "517 Sender rejected:" lines are read by its signatures.
    id: "smtp.sender-rejected-without-reason",
    match: ["sender rejected"],
    replyCode: "5xx",
    weight: WEIGHTS.possibilityOpening,
    causes: ["sender-address-invalid", "sender-policy", "ip-blocklisted", "authentication-failure"],
    says: "the server refused the sender, without saying why (an address or domain that fails its checks, a block of this sender, a blocklisted sending IP, or failed SPF)",
    examples: [
      {
        text: "550 5.1.0 sender rejected",
        source:
          "https://www.spambrella.com/faq/email-delivery-error-codes/ (Common Email Delivery Error Codes, Spambrella FAQ: the sender's IP address is rejected due to a blacklist or a wrong SPF)",
      },
      {
        text: "550 sender rejected",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Cox email error codes: the sender's domain must resolve to an MX or A record; providers/cox.ts)",
      },
    ],
  },
  {
    // Postfix's check_table_result writes "<addr>: Sender address rejected: Access denied" for
    // an access(5) entry REJECT without text of its own (smtpd_check.c, the default reply text
    // of an access table's REJECT): the site refuses this sender address or domain, and does not
    // say why. A receiving site blocks senders so (its policy); a relay refuses so the sender
    // domains it does not serve: Trend Micro Hosted Email Security, a Postfix relay, answers an
    // outbound message from a sender domain not registered with it with these very words. Both
    // are ranked; only where the reply came from (the recipient's server or your own relay) tells.
    id: "postfix.sender-access-reject-without-text",
    match: ["sender address rejected: access denied"],
    causes: ["sender-policy", "relay-denied"],
    says: "a rule of the server refused the sender's address, without saying why (the receiving organisation's block of this sender, or a relay that does not serve the sender's domain)",
    examples: [
      {
        text: "554 5.7.1 <bounce@example.net>: Sender address rejected: Access denied",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L2421 (check_table_result, REJECT without text)",
      },
      {
        text: "Sender address rejected: Access denied",
        source:
          "https://success.trendmicro.com/solution/1053852-outbound-email-from-sender-domains-not-registered-as-valid-hosted-email-security-hes-domains-are-n (Hosted Email Security's outbound relay, sender domain not registered)",
      },
    ],
  },
  {
    // The same default text for an access(5) REJECT on the recipient (smtpd_check.c,
    // check_table_result for check_recipient_access): the site refuses this recipient address
    // and does not say why. Gateways that check recipients against a directory answer an
    // address missing from it so: Trend Micro Hosted Email Security sends "554 5.7.1
    // <address>: Recipient address rejected: Access denied" for an address not in its
    // Directory Management list or AD sync. Sites also refuse so the addresses that take no
    // outside mail (their rule against outside senders), and relays the domains they do not
    // serve.
    id: "postfix.recipient-access-reject-without-text",
    match: ["recipient address rejected: access denied"],
    causes: ["recipient-unknown", "sender-policy", "relay-denied"],
    says: "a rule of the server refused the recipient's address, without saying why (an address its directory does not hold, an address that takes no outside mail, or a domain the server does not serve)",
    examples: [
      {
        text: "554 5.7.1 <kijitora@example.org>: Recipient address rejected: Access denied",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L2421 (check_table_result, REJECT without text, for check_recipient_access)",
      },
      {
        text: "554 5.7.1 <user@example.com>: Recipient address rejected: Access denied",
        source:
          "http://esupport.trendmicro.com/solution/en-us/1053962.aspx (Trend Micro Hosted Email Security: the recipient address is not in Directory Management or the AD sync list)",
      },
    ],
  },
  {
    // Postfix's cleanup(8) writes these words for any header_checks or body_checks REJECT
    // without text of its own (cleanup_strerror.c, CLEANUP_STAT_CONT): the site's rule may be
    // a spam pattern, a banned attachment type or a virus signature. amavisd's milter answers
    // them whenever its content check says reject (spam, a banned or an infected part).
    id: "content.rejected-without-reason",
    match: ["message content rejected", "content rejected"],
    causes: ["content-spam", "content-virus"],
    says: "a content check refused the message, without saying which (spam, a virus or a banned attachment)",
    examples: [
      {
        text: "550 5.7.1 Error: message content rejected",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/global/cleanup_strerror.c#L73",
      },
      {
        // Fastmail's article on bounces names the error "content rejected": a probable virus,
        // or a message already reported as spam (providers/fastmail.ts, content-rejected).
        text: "554 5.7.1 Content rejected",
        source: "https://www.fastmail.help/hc/en-us/articles/360058753614-Why-messages-bounce-back",
      },
    ],
  },
  {
    // Hestia Control Panel's Exim (acl_check_mail) drops a client that has not logged in whose
    // HELO name holds an address pattern (192-0-2-1.dsl...) and is not the name its IP
    // address's PTR record gives: a host with no mail server's name of its own. The fix is a
    // proper HELO name, a PTR record to match, or both; the words do not say which.
    id: "hestiacp.helo-contains-ip",
    // VestaCP, which Hestia forked, writes "a ip address" (install/debian/9/exim/exim4.conf.template line 75).
    match: ["helo name contains an ip address", "helo name contains a ip address"],
    causes: ["reverse-dns", "protocol-syntax"],
    says: "the sending server's HELO name looks like an address-derived (dynamic) name and does not match its PTR record",
    examples: [
      {
        text: "550 Helo name contains an IP address (HELO was 192-0-2-1.dsl.example.net) and not is valid",
        source:
          "https://github.com/hestiacp/hestiacp/blob/d128cc6f37f2fb7599325cb2a7cf791cd2f874ad/install/deb/exim/exim4.conf.template#L128",
      },
    ],
  },
  {
    // Postfix's reply class for its HELO/EHLO restrictions: "Helo command rejected" is written
    // only when a check on the name the client greeted with refused it, and the reason follows
    // when the restriction gives one. Its own checks are the name's form
    // (reject_invalid_helo_hostname, reject_non_fqdn_helo_hostname: protocol-syntax) and its DNS
    // (reject_unknown_helo_hostname, "Host not found": reverse-dns); a check_helo_access table
    // is a site's own list of names ("Access denied", iRedMail's table: sender-policy). The words
    // alone say the HELO name was refused, not which check; a reason after them decides.
    // Sisimai's collection of real bounces lists "helo command rejected:" among its refusals of
    // the sending host (p5-sisimai lib/Sisimai/Reason/Blocked.pm), beside Postfix's own output.
    // GoDaddy says the same without "command", "HELO/EHLO rejected. IB301"
    // (https://smtp.codes/godaddy), which its own code decides (providers/godaddy.ts); from a
    // writer no table reads, the same three remain possible.
    id: "postfix.helo-command-rejected",
    match: [
      "helo command rejected",
      "ehlo command rejected",
      "helo/ehlo rejected",
      "ehlo/helo rejected",
      "helo rejected",
      "ehlo rejected",
    ],
    // Postfix writes the restriction's reason after the words when it has one ("Helo command
    // rejected: Host not found", iRedMail's "... appears to come from a known spamming mail
    // server"): an opening, weighed so that a wording of that reason still decides.
    weight: WEIGHTS.possibilityOpening,
    causes: ["protocol-syntax", "reverse-dns", "sender-policy"],
    says: "the receiving server refused the name the sending server greeted with (HELO/EHLO), without saying whether for its form, its DNS or a list of names",
    examples: [
      {
        text: "554 5.7.1 <random.bad.domain>: Helo command rejected: match bad.domain",
        source: `${POSTFIX_HEAD}/postfix/src/smtpd/smtpd_check.ref (Postfix's smtpd_check test output, check_helo_access)`,
      },
      {
        text: "554 5.7.1 <spike.porcupine.org>: Helo command rejected: name server spike.porcupine.org",
        source: `${POSTFIX_HEAD}/postfix/src/smtpd/smtpd_check.ref2 (Postfix's smtpd_check test output, check_helo_ns_access)`,
      },
    ],
  },
  {
    // "Domain not found" without saying whose domain: Postfix's reject_unknown_sender_domain and
    // reject_unknown_recipient_domain write the same words ("<%s>: %s rejected: Domain not
    // found", %s "Sender address" or "Recipient address", smtpd_check.c) and tell them apart
    // only by that class and the status (4.1.8 for the sender's domain, 4.1.2 for the
    // recipient's). A server may also mean a domain it does not serve: ImprovMX's "551 5.7.1
    // Domain not found (#id-5.9.2)" is a recipient domain not set up in its own database, whose
    // mail it will not take (a relay refusal in this vocabulary). Where a reply keeps neither
    // the class nor a status naming the subject (X.1.2, X.1.8), the words leave all three; the
    // class or the status, when there, decides. (Postfix's own texts are its table's:
    // signatures/postfix.ts.)
    id: "smtp.domain-not-found",
    match: ["domain not found"],
    weight: WEIGHTS.possibilityOpening,
    causes: ["recipient-domain-invalid", "sender-address-invalid", "relay-denied"],
    says: "a domain was not found, without saying whether the recipient's or the sender's, or whether in the DNS or in the server's own list of domains",
    examples: [
      {
        text: "551 5.7.1 Domain not found (#id-5.9.2)",
        source:
          "https://smtp.codes/improvmx (ImprovMX error codes, citing https://improvmx.com/guides/improvmx-error-codes/: the domain is not in ImprovMX's database); the same words of the sender's and the recipient's domain: https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c (reject_unknown_address, lines 1573-1587)",
      },
    ],
  },
  {
    // Postfix's reject_unverified_recipient before its probe has an answer: verify(8) answers a
    // query for an address it has no record of with status TODO and the text "Address
    // verification in progress" (verify.c verify_query_service), and smtpd_check.c writes it
    // after "unverified address: " under unverified_recipient_defer_code (450). Nothing is known
    // of the address yet: the probe may yet find it unknown, full, or its server unreachable.
    id: "postfix.verify-in-progress.recipient",
    // The recipient's form reaches here as the probe's text alone: lib/bounce/refusal.ts
    // removes Postfix's "<addr>: Recipient address rejected: unverified address:" before it.
    match: [/^address verification in progress/],
    causes: ["recipient-unknown", "remote-unreachable", "mailbox-full"],
    says: "the receiving server is still checking the address with the recipient's mail server and deferred the message until it has an answer",
    examples: [
      {
        text: "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: Address verification in progress",
        source: `${POSTFIX_HEAD}/postfix/src/verify/verify.c#L501 (verify_query_service) and ${POSTFIX_HEAD}/postfix/src/smtpd/smtpd_check.c#L2293 (reject_unverified_address)`,
      },
    ],
  },
  {
    // A recipient probe that could not finish because its DNS lookup of the recipient's domain
    // failed for now: Postfix's smtp(8) writes "Host or domain name not found. Name service error
    // for name=... type=MX: Host not found, try again" (dns_lookup.c with dns_strerror's
    // TRY_AGAIN), and the verifying server quotes it after "unverified address:" under its 450
    // (lib/bounce/refusal.ts leaves the probe's text as the words). Nothing is known of the
    // address: the recipient's domain could not be looked up for now, or the verifying server's
    // own resolver failed; not a domain that does not exist (no ", try again" then).
    id: "postfix.verify-probe-dns-deferred",
    match: [
      /^host or domain name not found\. name service error for name=[^\s]{1,255} type=(?:mx|a|aaaa): host not found, try again/,
    ],
    replyCode: "4xx",
    causes: ["remote-unreachable", "remote-server-error", "recipient-domain-invalid"],
    says: "the receiving server could not finish checking the address: its DNS lookup of the recipient's domain failed for now",
    examples: [
      {
        text: "450 4.1.1 <bob@example.com>: Recipient address rejected: unverified address: Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again",
        source: `${POSTFIX_HEAD}/postfix/src/dns/dns_lookup.c#L583 (dns_query: "Host or domain name not found. Name service error for name=%s type=%s: %s") and ${POSTFIX_HEAD}/postfix/src/smtpd/smtpd_check.c#L2293 (reject_unverified_address)`,
      },
    ],
  },
  {
    // The same for reject_unverified_sender: the receiving server has not yet learned whether
    // mail to the sender address would be delivered (under unverified_sender_defer_code, 450).
    id: "postfix.verify-in-progress.sender",
    match: ["sender address rejected: unverified address: address verification in progress"],
    causes: ["sender-address-invalid"],
    says: "the receiving server is still checking the sender address with the sender's mail server and deferred the message until it has an answer",
    examples: [
      {
        text: "450 4.1.7 <bounce@example.net>: Sender address rejected: unverified address: Address verification in progress",
        source: `${POSTFIX_HEAD}/postfix/src/verify/verify.c#L501 (verify_query_service) and ${POSTFIX_HEAD}/postfix/src/smtpd/smtpd_check.c#L2293 (reject_unverified_address)`,
      },
    ],
  },
  {
    // "Suspicious activity": a provider restricted sending because it suspects the sender is
    // compromised or abusing it. Said of the sender's own account at its provider (Cox's
    // "Email sending limited due to suspicious account activity", Spectrum's "This email
    // account has limited access to send emails based on suspicious activity", Mailgun's Razor
    // shutting an account down), the provider will not send for it until the account is
    // secured: a relay refusal. Said of the sending IP (Spectrum's "Your IP address has been
    // blocked due to suspicious activity", Microsoft's 4.7.850-899 "on the IP in question"), it
    // is the receiver's judgement of the sender's standing. The words alone leave both, and
    // name no count of messages (not a rate limit, whatever verb they use).
    id: "sending.suspicious-activity",
    match: ["suspicious activity", "suspicious account activity"],
    causes: ["relay-denied", "bad-reputation"],
    says: "a provider restricted sending because of suspicious activity, without saying whether on the sender's account or its IP address",
    examples: [
      {
        text: "Suspicious activity has been detected on your account.",
        source:
          "https://github.com/mailgun/documentation/blob/32f41214a7ed69a705c89cf1866a2178a21fd853/source/razor.rst (Razor Error Codes, Mailgun: rzr03, an account shut down)",
      },
      {
        text: "Suspicious activity has been detected and sending has been temporarily restricted for further evaluation.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports and SMTP errors in Exchange Online: 4.7.500-699; repo x13-me/OfficeDocs-Exchange)",
      },
    ],
  },
  {
    // A session's error limit: the server counted the client's errors in this session (each
    // refused command: a bad command, an unknown recipient, a refused sender) and closed it once
    // they passed its limit. Postfix (smtpd_hard_error_limit), chasquid, go-smtp and Stalwart
    // all say it in these words; the errors themselves came earlier and are not named, so the
    // words leave the commonest of them possible: bad commands, then unknown recipients.
    id: "smtp.too-many-errors",
    match: ["too many errors"],
    causes: ["protocol-syntax", "recipient-unknown"],
    says: "the server closed the session after too many errors in it (bad commands or refused recipients), without saying which",
    examples: [
      {
        text: "421 4.5.0 Too many errors, bye",
        source:
          "https://github.com/albertito/chasquid/blob/ca2538b9745a448170dbd078c65b97c8821c33f9/internal/smtpsrv/conn.go#L327 (chasquid: three refused commands in one connection)",
      },
      {
        text: "451 4.3.0 Too many errors, disconnecting.",
        source:
          "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound/rcpt.rs#L454 (Stalwart: its rcpt_errors_max of refused RCPT TO commands reached)",
      },
    ],
  },
  {
    // Greylisting daemons that hide the greylisting behind a plain "come back later": Debian's
    // gld.conf sets gld's MESSAGE to the first, Proxmox Mail Gateway's policy service answers
    // the second (defer_if_permit). The same words fit a server that is briefly unable to take
    // mail, so both remain possible; greylisting reads as a rate limit (lib/knowledge/greylisting.ts).
    id: "greylist.unavailable-try-later",
    match: [
      "service temporarily unavailable, please try later",
      "service is unavailable (try later)",
    ],
    causes: ["remote-server-error", "rate-limited"],
    says: "the server turned this attempt away for now and asks for a later retry: greylisting or a passing problem on its side",
    examples: [
      {
        text: "450 4.7.1 <bob@example.com>: Recipient address rejected: Service temporarily unavailable, please try later",
        source:
          "https://packages.debian.org/bookworm/postfix-gld (postfix-gld 1.7-9, /etc/gld.conf line 142, MESSAGE)",
      },
      {
        text: "450 4.7.1 <bob@example.com>: Recipient address rejected: Service is unavailable (try later)",
        source:
          "https://github.com/proxmox/pmg-api/blob/09158948b9568e8123f4319f47ddb10b9a292a78/src/bin/pmgpolicy#L687",
      },
    ],
  },
  {
    // qmail-local's maildir delivery: its child exits with the default code when writing the
    // message into the maildir fails (a full disk or quota, a permission, a file system
    // error), and qmail-local defers with these words; the specific failures it names itself
    // ("Unable to chdir to maildir", "Timeout on maildir delivery") are not these.
    id: "qmail.maildir-write-failed",
    match: ["temporary error on maildir delivery"],
    causes: ["mailbox-full", "remote-server-error"],
    says: "writing the message into the recipient's maildir failed, without saying why (a full disk or quota is the usual reason)",
    examples: [
      {
        text: "Temporary error on maildir delivery. (#4.3.0)",
        source:
          "https://github.com/notqmail/notqmail/blob/f5df10d17375e5f1137c4e59f0e527a12a991ed7/qmail-local.c#L165",
      },
    ],
  },
  {
    // OpenSMTPD's mta gives up on a route when every MX it reached refused the session
    // itself (mta.c, mta_on_source): the reasons are in those servers' replies, which this
    // line does not quote; a server refuses a whole session for the sending address.
    id: "opensmtpd.destination-rejects-all",
    match: ["destination seem to reject all mails"],
    causes: ["ip-blocklisted", "sender-policy", "bad-reputation"],
    says: "every server of the recipient's domain refused the sending server's session; their reasons are not quoted",
    examples: [
      {
        text: "Destination seem to reject all mails",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/mta.c#L1135",
      },
    ],
  },
  {
    // "Invalid recipient" is said, by the servers that document or send it, for a recipient
    // they will not take for more than one reason. OpenSMTPD's lka_session.c fails a recipient
    // with no text of its own, which lka_resume sends as "550 Invalid recipient" (smtp_session.c
    // adds ": <address>", no enhanced code), both when no match rule of smtpd.conf accepts the
    // recipient from this client (a relay attempt: ruleset_match gives none, or a reject rule)
    // and when a local delivery's user part is no system user (lka_expand). Trellix Email
    // Security's error-code page gives the same message "Invalid recipient" to ETP100 (the
    // recipient's domain is not one the service handles for a customer: a relay refusal),
    // ETP101 and ETP102 (no such recipient) and ETP103 (a deferral). A status code or other words
    // beside it (5.1.1, "user unknown", a provider's own table) still decide. Read only where
    // the words are the whole reply as the two print it (a reply code or a reference code such
    // as Trellix's, then the words; or OpenSMTPD's ": <address>" after them); elsewhere signatures/generic.ts keeps its reading, which
    // other documented replies support (Mimecast's "550 Invalid Recipient - <link>", Broadcom's
    // "550-Invalid recipient <...> 550 (#5.1.1)": an address the customer does not hold).
    id: "recipient.invalid-recipient",
    match: [/^(?:[245]\d\d )?(?:[a-z]{2,8}\d{2,5} )?invalid recipient(?:: <[^<>\s]{1,254}>)?$/],
    causes: ["recipient-unknown", "relay-denied"],
    says: "the server will not take this recipient: no such user, or no rule that takes mail from you for its domain",
    examples: [
      {
        text: "550 Invalid recipient: <bob@example.com>",
        source:
          "https://github.com/OpenSMTPD/OpenSMTPD/blob/8566f1cde1775c0a0c9d80d6589d5a4d0d8dc3a2/usr.sbin/smtpd/lka_session.c#L228",
      },
      {
        text: "ETP100 Invalid recipient",
        source:
          "https://docs.trellix.com/data-and-email/docs/error-codes (Error codes, Trellix Email Security - Cloud: ETP100 'Invalid recipient', the domain is not configured for the customer; ETP101 and ETP102 the same message for an unknown recipient)",
      },
    ],
  },
  {
    // Dovecot's LDA (dovecot-lda, and LMTP through Pigeonhole's Sieve "reject") mails the
    // sender a rejection that begins with its rejection_reason setting, "Your message to <%t>
    // was automatically rejected:%n%r": %r is a full mailbox's quota text, or the reason the
    // recipient's own Sieve script gave (any words). The opening says only that the recipient's
    // delivery refused it.
    id: "dovecot.lda-rejection",
    match: ["was automatically rejected"],
    causes: ["sender-policy", "mailbox-full"],
    says: "the recipient's mail delivery refused the message (the recipient's own filter rule, or a full mailbox); the reason follows",
    examples: [
      {
        text: "Your message to <bob@example.com> was automatically rejected: I am not accepting mail from this address.",
        source:
          "https://github.com/dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22/src/lib-lda/lda-settings.c#L40 (rejection_reason; the reason after it is the recipient's Sieve reject text, Pigeonhole src/plugins/lda-sieve/lda-sieve-plugin.c lda_sieve_reject_mail)",
      },
    ],
  },
  {
    // policyd-weight (a Postfix policy server) refuses a client whose weighted score passes its
    // reject level: DNSBL and RHSBL listings, a HELO that does not match the client's name or
    // address, no reverse name, a sender domain whose MX and A records do not point near the
    // client. It reads no content (it answers at RCPT), and its text tells the sending admin
    // to fix HELO and DNS or get delisted, after "Mail appeared to be SPAM or forged".
    id: "policyd-weight.score",
    match: ["correct helo and dns mx settings or to get removed from dnsbls"],
    causes: ["ip-blocklisted", "reverse-dns"],
    says: "a policy server's score of the sending server's DNS (blocklist listings, HELO, reverse name, MX) passed its limit; the text does not say which weighed most",
    examples: [
      {
        text: "550 5.7.1 <bob@example.com>: Recipient address rejected: Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs; MTA helo: mail.example.net, MTA hostname: unknown[192.0.2.25] (helo/hostname mismatch)",
        source:
          "https://github.com/DavidGoodwin/policyd-weight/blob/a73646376707c95f30ec53a338462772986e8d81/src/policyd-weight.pl#L300 ($REJECTMSG; the helo/hostname mismatch tail at line 2860)",
      },
    ],
  },
  {
    // A refusal that names the receiver's anti-spam system and not what it found: the content,
    // or the sending server. Momentum's adaptive-delivery rules (SparkPost's documentation)
    // read Verizon's "571 Email from <IP> is currently blocked by Verizon Online's anti-spam
    // system" and 21CN's "553 this mail is rejected by antispam system" alike as a block of the
    // sending (they suspend delivery to that domain for hours, "Remediation with Verizon
    // required"), which a verdict on one message would not call for. Hence the message's
    // content first and the sending server's IP or reputation after it, none decided.
    id: "anti-spam-system",
    match: ["anti-spam system", "antispam system"],
    causes: ["content-spam", "ip-blocklisted", "bad-reputation"],
    says: "the receiver's anti-spam system refused the message, without saying whether for its content or for the sending server",
    examples: [
      {
        text: "571 Email from 192.0.2.1 is currently blocked by Verizon Online's anti-spam system",
        source: `${MOMENTUM_ADAPTIVE} (Momentum adaptive delivery rules, verizon.com: suspend 4 hours, "Remediation with Verizon required")`,
      },
      {
        text: "553 this mail is rejected by antispam system",
        source: `${MOMENTUM_ADAPTIVE} (Momentum adaptive delivery rules, 21cn.com: "Rejected by Anti-spam on 21CN, suspended for 30 minutes")`,
      },
    ],
  },
  {
    // Gmail's failure notice opens every recipient it could not deliver to with this sentence,
    // before the receiving server's own reply ("The response was: ..."), which says why. Its
    // older form goes on "Check for typos or unnecessary spaces and try again."; its newer one
    // says "..., or is unable to receive mail." itself: an address that does not exist and one
    // that exists but takes no mail (disabled, or its domain takes none) get the same opening.
    // Alone, without the reply, it ranks those and decides none. Exchange's non-delivery
    // report says the same to its user above the server's reply: "The email address you entered
    // couldn't be found. Please check the recipient's email address and try to resend the
    // message." (a real NDR, https://pastebin.com/e6yfDi5v, whose reply is "550 5.1.1
    // RESOLVER.ADR.ExRecipNotFound; not found"; with Microsoft identified, its own table reads
    // the words as an unknown recipient, providers/microsoft.ts).
    id: "google.address-not-found",
    // "Address couldn't be found" whatever names the address before it: Exchange 2010 writes the
    // same NDR sentence with "e-mail" (providers/microsoft-ndr.ts), and the sentence carries
    // other nouns before "address" in other notices. Never an IP, server or host address (a
    // lookup or a connection that failed, which says nothing of a recipient).
    match: [
      "because the address couldn't be found",
      "the email address you entered couldn't be found",
      /(?<!\b(?:ip|server|host|mac|web|internet|ipv4|ipv6) )address (?:you entered )?couldn't be found/,
    ],
    causes: ["recipient-unknown", "mailbox-disabled", "recipient-domain-invalid"],
    says: "the sending service could not deliver to the address: it does not exist or cannot receive mail; the receiving server's reply, when the notice quotes it, says which",
    examples: [
      {
        text: "Your message wasn't delivered to kijitora@example.de because the address couldn't be found. Check for typos or unnecessary spaces and try again.",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rfc3464-51.eml (Gmail's failure notice, real output)",
      },
    ],
  },
  {
    // Google Groups' notice to a sender whose message it did not post hedges in its own words:
    // the group "may not exist, or you may not have permission to post messages to the group",
    // then lists the usual reasons (a misspelt group name, a group its owner removed, a group
    // that takes posts from members only, a group that takes no posts). The most usual is a
    // sender who is not a member (the group's posting policy); a group that does not exist is
    // the other. Every language's version ends with the Groups help link, which is read alike.
    id: "google.groups-missing-or-closed-to-sender",
    match: [
      "may not exist, or you may not have permission to post messages to the group",
      // The Japanese version ("does not exist, or you have no permission to post to the group").
      "存在しないか、グループにメッセージを投稿する権限がない",
      "groups.google.com/support/",
    ],
    notice: true,
    causes: ["sender-policy", "recipient-unknown"],
    says: "Google Groups did not post the message: the group may not exist, or the sender may not post to it (not a member, or the group takes no posts from outside)",
    examples: [
      {
        text: "We're writing to let you know that the group you tried to contact (libsisimai) may not exist, or you may not have permission to post messages to the group. A few more details on why you weren't able to post:",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-googlegroups-02.eml (Google Groups' notice, real output)",
      },
      {
        text: "連絡しようとしたグループ（libsisimai）が存在しないか、グループにメッセージを投稿する権限がない可能性があります。",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-googlegroups-01.eml (the same notice in Japanese, real output)",
      },
    ],
  },
  // Microsoft's NDR sentences that Exchange writes for a code family whose codes mean different
  // causes (providers/microsoft-ndr.ts reads the sentences that stand for one cause). Exchange
  // Online "uses the enhanced status code value to determine the text to display in the user
  // information section" (Email non-delivery reports in Exchange Online, "What's included in an
  // NDR?"): these sentences come with a whole class of codes, so they rank, never decide. They
  // are the NDR's own notice, read where a user copied the NDR's top part only.
  {
    // The classic NDR's sentence for a refusal by a server outside Microsoft 365 under 5.7.x: the
    // real ones read carried a DMARC failure (5.7.509), Microsoft's own outbound spam ban (5.7.501)
    // and refusals of a mass mailing by AOL, Yahoo, Gmail and Outlook.com.
    id: "microsoft.ndr-provider-rejected",
    match: ["your message wasn't delivered because the recipient's email provider rejected it"],
    notice: true,
    causes: ["bad-reputation", "ip-blocklisted", "authentication-failure", "content-spam"],
    says: "the recipient's email provider rejected the message; its diagnostic section (the server's reply) says why",
    examples: [
      {
        text: "Your message wasn't delivered because the recipient's email provider rejected it.",
        source:
          "https://pastebin.com/xDUr7BjE (an Exchange Online NDR: 550 5.7.501 Access denied, spam abuse detected); https://pastebin.com/sQaSsUZe (550 5.7.509 ... does not pass DMARC verification); https://pastebin.com/ZnBf6wSa (a mailing refused by aol.com, yahoo.com, hotmail.com and gmail.com)",
      },
    ],
  },
  {
    // The sentence for 5.7.1 and its neighbours: Microsoft's page lists a moderator, a recipient
    // that takes mail from certain senders only and a mail flow rule; the real copies read were a
    // mail flow rule, refusals of the sending IP (a Customer Allow list, a DNSBL) and a content
    // restriction, all under the same 5.7.1.
    id: "microsoft.ndr-permission-or-security",
    match: [
      "your message wasn't delivered due to a permission or security issue",
      "the address may only accept e-mail from certain senders",
      "the address might only accept email from certain senders",
      // Exchange 2010's sentence for the same codes.
      "your message wasn't delivered because of security policies. microsoft exchange will not try to redeliver",
    ],
    notice: true,
    causes: ["sender-policy", "ip-blocklisted", "relay-denied"],
    says: "a permission or security setting refused the message (a moderator, a recipient that takes mail from certain senders only, or another restriction such as a block of the sending server)",
    examples: [
      {
        text: "Your message wasn't delivered due to a permission or security issue. It might have been rejected by a moderator, the address might only accept email from certain senders, or another restriction might be preventing delivery.",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (How to interpret an Exchange NDR: 530 5.7.1 Client was not authenticated; repo x13-me/OfficeDocs-Exchange)",
      },
      {
        text: "Your message wasn't delivered due to a permission or security issue. It may have been rejected by a moderator, the address may only accept e-mail from certain senders, or another restriction may be preventing delivery.",
        source:
          "https://pastebin.com/jVyYnDKZ (550 5.7.1 ... blocked using Customer Allow list); https://pastebin.com/MFXQe2wV (550 5.7.1 Access denied ... by dnsbl.spam.fail DNSBL); https://pastebin.com/TWK7uKgB (550 5.7.1 TRANSPORT.RULES.RejectMessage; the message was rejected by organization policy)",
      },
      {
        text: "Your message wasn't delivered because of security policies. Microsoft Exchange will not try to redeliver this message for you. Please provide the following diagnostic text to your system administrator.",
        source:
          "https://pastebin.com/guPtBnny (an Exchange Online Protection NDR: 550 5.7.1 Message rejected due to content restrictions)",
      },
    ],
  },
  {
    // The sentence for 5.1.0 from a server outside Exchange: Microsoft's own 5.1.0 is a failed
    // recipient lookup ("Sender denied"), but the real copies read carried other servers' 5.1.0
    // refusals of the sender (an SPF failure, "sender rejected").
    id: "microsoft.ndr-rejected-by-recipient-server",
    match: [
      "your message was rejected by the recipient email server. please check the recipient's email address",
      "this message was rejected by the recipient e-mail system. please check the recipient's e-mail address",
    ],
    notice: true,
    causes: ["sender-address-invalid", "recipient-unknown", "authentication-failure"],
    says: "the recipient's server rejected the message, and it asks to check the address; the server's reply says whether the recipient or the sender was refused",
    examples: [
      {
        text: "Your message was rejected by the recipient email server. Please check the recipient's email address and try resending your message, or contact the recipient directly.",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-office365-03.eml (an Exchange Online NDR: 550 5.1.0 ... is not allowed to send from <example.net> per it's SPF Record)",
      },
      {
        text: "This message was rejected by the recipient e-mail system. Please check the recipient's e-mail address and try resending this message, or contact the recipient directly.",
        source:
          "https://pastebin.com/yq8ZnJan (an Exchange 2010 NDR: 550 5.1.0 <test@chello.hu> sender rejected)",
      },
    ],
  },
  {
    // The sentence for 5.4.x and 5.5.0: the real copies read were Directory-Based Edge Blocking
    // of an address that does not exist (5.4.1 "Recipient address rejected: Access denied") and a
    // 554 greeting; Microsoft's 5.4.1 is also "Relay Access Denied" (a domain whose MX points at
    // a server that does not take its mail).
    id: "microsoft.ndr-communication-failure",
    match: ["a communication failure occurred during the delivery of this message"],
    notice: true,
    causes: ["recipient-unknown", "remote-unreachable", "relay-denied"],
    says: "a communication failure happened, not what failed: an address the receiving service does not know, a server that could not be reached or talked to, or a server that does not take the domain's mail",
    examples: [
      {
        text: "A communication failure occurred during the delivery of this message. Please try resending the message later. If the problem continues, contact your helpdesk.",
        source:
          "https://pastebin.com/32NXKByX (550 5.4.1 Recipient address rejected: Access denied); https://github.com/crisp-oss/email-bounce-parser/blob/c7ffc73a57d345183ce151ec69076b16738f04c9/test/fixtures/550_5_4_1_no_such_recipient_variant_1.txt (the same); https://pastebin.com/ZTwURw5w (Exchange 2010: #5.5.0 SMTP; 554)",
      },
    ],
  },
  {
    // The sentence for 4.4.312 / 5.4.312 "DNS query failed": the lookup of the recipient's domain
    // failed, because its DNS hosting failed or because it has no records (InfoNoRecords).
    id: "microsoft.ndr-dns-query-failed",
    match: [
      "querying the domain name system (dns) for the recipient's domain location information failed",
    ],
    notice: true,
    causes: ["remote-unreachable", "recipient-domain-invalid"],
    says: "the DNS lookup of the recipient's domain kept failing: its DNS servers did not answer, or the domain has no mail records",
    examples: [
      {
        text: "Your message couldn't be delivered. Despite repeated attempts to deliver your message, querying the Domain Name System (DNS) for the recipient's domain location information failed.",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-office365-06.eml (an Exchange Online NDR: 550 5.4.312 Message expired, DNS query failed(InfoNoRecords))",
      },
    ],
  },
  {
    // The enhanced NDR's line when the recipient's server refused the message after a check of
    // the sender's DNS settings; the label under it names the record (providers/microsoft-ndr.ts
    // reads "Misconfigured PTR record").
    id: "microsoft.ndr-security-check-failed",
    match: [/\ba security check at \S{1,253} failed due to misconfigured settings at\b/],
    notice: true,
    causes: ["reverse-dns", "authentication-failure"],
    says: "the recipient's server refused the message after a check of the sender's DNS settings (its reverse DNS, or SPF, DKIM or DMARC)",
    examples: [
      {
        text: "A security check at chcare.com.au failed due to misconfigured settings at kingconstructiongroup.com.au.",
        source:
          "https://pastebin.com/C9XFhTh3 (an Exchange Online enhanced NDR: Misconfigured PTR record, 550 5.7.363)",
      },
    ],
  },
  {
    // The sentence for 5.2.0 STOREDRV.Deliver exceptions: the recipient's mailbox store failed
    // to take the message (a permission error on a public folder in the copy read).
    id: "microsoft.ndr-problem-with-recipient-mailbox",
    match: ["there's a problem with the recipient's mailbox. please try resending the message"],
    notice: true,
    causes: ["remote-server-error", "mailbox-disabled"],
    says: "the recipient's mailbox could not take the message",
    examples: [
      {
        text: "There's a problem with the recipient's mailbox. Please try resending the message. If the problem continues, please contact your helpdesk.",
        source:
          "https://pastebin.com/KsBDMKEK (an Exchange NDR: #554 5.2.0 STOREDRV.Deliver.Exception:AccessDeniedException.MapiExceptionNotAuthorized)",
      },
    ],
  },
  {
    // WEB.DE's, GMX's and 1&1's refusal names its reason only by the case code in the link it
    // gives (c=hd a Date header, c=hi another header, c=sp a blocklist, c=irlrm a sending rate);
    // without a code the reader knows (providers/united-internet.ts reads c=hi) these stay possible.
    id: "united-internet.policy-restrictions",
    match: ["reject due to policy restrictions"],
    causes: ["protocol-syntax", "ip-blocklisted", "rate-limited", "bad-reputation"],
    says: "WEB.DE, GMX or 1&1 refused the message for a policy whose case code in the link says which: a malformed header, a blocklist, a sending rate or the sender's reputation",
    examples: [
      {
        text: "554-Transaction failed 554-Reject due to policy restrictions. 554 For explanation visit https://postmaster.gmx.net/de/case?c=r0735&i=ip",
        source:
          "https://www.suped.com/knowledge/email-deliverability/troubleshooting/what-do-webde-bounce-codes-like-chd-and-chi-mean (Suped: what web.de bounce codes like c=hd and c=hi mean; the reply as hitobito/hitobito#2671 quotes it)",
      },
    ],
  },
  {
    // A campus mail server's own notice hedges between an address that never existed and one
    // that was closed: the two causes stay possible, the wizard tells them apart.
    id: "notice.wrong-or-no-longer-valid",
    match: ["is wrong or no longer valid"],
    causes: ["recipient-unknown", "mailbox-disabled"],
    says: "the receiving server says the address is wrong or no longer valid: it may never have existed, or it was closed",
    examples: [
      {
        text: "Your message to reilizavet@lar.ieo.it has reached our local address reilizavet@lar.ieo.it, but this email address is wrong or no longer valid.",
        source:
          "https://github.com/wRAR/flufl.bounce/blob/master/flufl/bounce/tests/data/simple_26.txt (an IFOM-IEO campus mail server's notice, real output kept in flufl.bounce's tests)",
      },
    ],
  },
  {
    // cPanel's Exim router fail_remote_domains answers any remote domain its dnslookup router
    // could not route (no MX or address record) with these words, in its own bounce and to a
    // callout verifying an address; the words themselves hedge between an unknown account, an
    // unknown domain and a block list, so the causes they name stay possible.
    id: "cpanel.account-or-domain-may-not-exist",
    match: ["the account or domain may not exist"],
    causes: ["recipient-domain-invalid", "recipient-unknown", "sender-address-invalid"],
    says: "the server could not route the address: its domain may not exist or publish no mail server, or the account may not exist",
    examples: [
      {
        text: "550 The mail server could not deliver mail to bob@example.invalid.  The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
        source:
          "https://github.com/asmrdevelop/cpanel/blob/393631a22756ecd563f8679e9f5d57d149b50557/etc/exim/distconfig/exim.conf.dist#L575 (router fail_remote_domains)",
      },
    ],
  },
  {
    // Haraka's rspamd plugin answers Rspamd's "soft reject" action with these words when Rspamd
    // gives none: its greylist and ratelimit modules ask for a later retry, or a site's rule
    // defers; the words name none of them.
    id: "haraka.rspamd-soft-reject",
    match: ["deferred by policy"],
    causes: ["rate-limited", "sender-policy"],
    says: "the server's filter deferred the message by a rule of its own: greylisting, a rate limit or a site's policy",
    examples: [
      {
        text: "451 4.7.1 Deferred by policy",
        source:
          "https://github.com/haraka/haraka-plugin-rspamd/blob/633fcb1faa57d8f3fea7d9ce231c2fd2a25ebaf9/index.js#L49 (soft_reject.message default, sent as DSN.sec_unauthorized(..., 451))",
      },
    ],
  },
  {
    // "Recipient rejected" says the server refused this recipient and leaves the reason to the
    // words after it, where there are any: Cox's "550 recipient rejected" is its unknown account
    // (providers/cox.ts, read where Cox answered); Comcast's "552 5.1.1 <...> recipient rejected -
    // extended quota violation" is a full mailbox (ActiveCampaign/smtp-field-manual
    // data/codes/552.json); everyone.net's "550 Recipient Rejected: No account by that name here"
    // an unknown user (Mail-DeliveryStatus-BounceParser t/corpus/non-autoreply.msg), and
    // Postfix's "Recipient address rejected:" prefix is followed by an unknown user as often as by
    // an access table's refusal (smtpd_check.c). Alone, the words rank those; the words after
    // them, when there are any, decide: where a reason follows after a comma, colon or dash
    // ("recipient rejected: mailbox would exceed maximum allowed storage" and "recipient
    // rejected: temporarily inactive" in Sisimai's MailboxFull.pm and Suspend.pm, collected from
    // real bounces; Comcast's "- extended quota violation" above), these words do not rank
    // anything, so that the reason is weighed alone. An address after the colon is no reason
    // ("550 5.1.0 Recipient rejected: <...>", mailgun/flanker's gmail-invalid-address.eml).
    id: "recipient.rejected-without-reason",
    match: [/\brecipient rejected(?![,:;] [a-z]| - [a-z])/],
    replyCode: "5xx",
    causes: ["recipient-unknown", "sender-policy", "mailbox-full"],
    says: "the server refused this recipient without saying why (no such address, a rule about who may write to it, or a full mailbox)",
    examples: [
      {
        text: "550 5.0.1 Recipient rejected",
        source:
          "https://github.com/crisp-oss/email-bounce-parser test/fixtures/550_5_0_1_no_such_recipient.txt (host mxb.mailgun.org, RCPT TO)",
      },
    ],
  },
  {
    // "Invalid mailbox" and "not an active address" say the recipient's mailbox is not one the
    // server will take, not whether it never existed or was closed: the replies that carry them
    // name either. A recipient refused after a call-forward check ("550 invalid mailbox (call
    // fwd)", which crisp-oss/email-bounce-parser files as no such recipient) and FreeUK's "is not
    // an active address at this host (invalid FreeUK username)" (which Mail::DeliveryStatus::
    // BounceParser files as user unknown) are unknown users; Mail.ru's "550 Message was not
    // accepted -- invalid mailbox. Local mailbox ... is unavailable: account is disabled"
    // (ActiveCampaign/smtp-field-manual data/codes/550.json) is a disabled one. Hence no cause
    // from the words alone (signatures/generic.ts removed "invalid mailbox" for this reason).
    id: "recipient.invalid-or-inactive",
    match: ["invalid mailbox", "not an active address"],
    replyCode: "5xx",
    causes: ["recipient-unknown", "mailbox-disabled"],
    says: "the server will not take mail for this mailbox, without saying whether it does not exist or was closed",
    examples: [
      {
        text: "550 invalid mailbox (call fwd)",
        source:
          "https://github.com/crisp-oss/email-bounce-parser test/fixtures/550_no_such_recipient_variant_3.txt (host mx.mailanyone.net)",
      },
      {
        text: "550-recipient@example.net is not an active address at this host (invalid FreeUK 550 username)",
        source:
          "https://github.com/rjbs/Mail-DeliveryStatus-BounceParser t/corpus/user-unknown-not-active.msg (Diagnostic-Code)",
      },
    ],
  },
  {
    // Postal's SMTP server answers RCPT TO with these words whenever the Postal mail server the
    // transaction belongs to is suspended by its operator: the server an application submits
    // through (its credential's server), and the server of a route or return path the message is
    // for. The 535 is borrowed from SMTP AUTH (RFC 4954: credentials invalid), though no
    // authentication failed: the words, not the code, say why (stage-shifts.ts
    // postal.server-suspended.codes moves the code's reading).
    id: "postal.server-suspended",
    match: ["mail server has been suspended"],
    replyCode: "5xx",
    causes: ["mailbox-disabled", "relay-denied"],
    says: "the Postal mail server the message was for, or the one it was sent through, has been suspended by its operator",
    examples: [
      {
        text: "535 Mail server has been suspended",
        source:
          "https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2/app/lib/smtp_server/client.rb#L381 (incoming mail for a route; #L369 for an authenticated credential's own server)",
      },
    ],
  },
  {
    // A recipient "temporary locked": Sisimai files the words under its suspend reason (the
    // account is disabled or suspended), and a mail server that locks an account answers for it
    // as for a disabled one (Zimbra's LMTP answers an account in maintenance or locked with
    // "450 4.2.1 Mailbox disabled, not accepting messages"). The words say the lock is for now,
    // not why: the account is the possibility, never the verdict.
    id: "recipient.account-temporarily-locked",
    match: ["temporary locked", "temporarily locked"],
    causes: ["mailbox-disabled"],
    says: "the recipient's account is locked for now, without saying why or until when",
    examples: [
      {
        text: "550 5.7.1 <kijitora@example.com>: Recipient address rejected: User kijitora@example.com temporary locked. Please try again later!",
        source: `${SISIMAI_TESTS} (eb.ReQUIT, suspend); ${GO_SISIMAI}/1246aab094d6760030f1e3bbe88941f02cf6549b/reason/why-suspend.go (" temporary locked"); https://github.com/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/store/src/java/com/zimbra/cs/lmtpserver/LmtpReply.java#L35 (MAILBOX_DISABLED)`,
      },
    ],
  },
  {
    // "Insecure Mail Relay": Sisimai lists the words both under no relaying and under its
    // security error (an authentication the receiver requires): the words say the server will
    // not take the mail as a relay, not which of the two it wants.
    id: "relay.insecure-mail-relay",
    match: ["insecure mail relay"],
    causes: ["relay-denied", "authentication-failure"],
    says: "the server will not take the mail as an insecure relay, without saying whether relaying is closed or an authentication is missing",
    examples: [
      {
        text: "550 Insecure Mail Relay",
        source: `${GO_SISIMAI}/60ca1abbb0bbac093ce3aa45f2f6d4089d8003d9/reason/why-norelaying.go and ${GO_SISIMAI}/a0630263bf5baae6063dc96154cf0e6b6aab9b47/reason/why-securityerror.go ("insecure mail relay" in both)`,
      },
    ],
  },
  {
    // "Unknown host" (or "Host unknown", Sendmail's reading of a recipient domain it could not
    // resolve, signatures/sendmail.ts): the delivering system could not find the recipient's
    // host. The words do not say whether the domain is wrong or its name servers failed for now.
    id: "recipient.unknown-host",
    match: ["unknown host"],
    causes: ["recipient-domain-invalid", "remote-unreachable"],
    says: "the delivering system could not find the recipient's host, without saying whether the domain is wrong or its DNS failed",
    examples: [
      {
        text: "Unknown host",
        source: `http://www.geocities.ws/jpacnet/tipstricks/1288.htm ("Unknown host (or Host unknown): ... the mail delivery system can't find the address that you gave it"); http://help.wwbcity.com/pages/mail-errors.php (Host Unknown: not found in DNS, or its DNS failing); ${GO_SISIMAI}/02714b7712e97580097338c68384eea22c9f158f/reason/why-hostunknown.go ("unknown host")`,
      },
    ],
  },
  {
    // The recipient's domain "is not reachable" (Outlook's wording, which Sisimai tests under its
    // host unknown reason): the domain does not resolve, or its servers do not answer.
    id: "recipient.domain-not-reachable",
    match: ["domain is not reachable"],
    causes: ["recipient-domain-invalid", "remote-unreachable"],
    says: "the recipient's domain could not be reached, without saying whether it does not exist or its servers did not answer",
    examples: [
      {
        text: "554 The mail could not be delivered to the recipient because the domain is not reachable.",
        source: `${SISIMAI_TESTS} (eb.ReHOST, hostunknown); ${GO_SISIMAI}/02714b7712e97580097338c68384eea22c9f158f/reason/why-hostunknown.go ("domain is not reachable")`,
      },
    ],
  },
  {
    // A receiver that names the sending server an open relay (or proxy): it refuses the server
    // as one its filter lists, not this message. Outlook.com's SC-003 ("Your IP address appears
    // to be an open proxy/relay", providers/microsoft.ts, a block of the IP) and Alaska
    // Communications' "blocked as possible open relay" (its filter lists open relays among the
    // sources of spam it blocks) say so; Yahoo's "possible Open Relay" defers on the sender's
    // behaviour (providers/yahoo.ts, bad-reputation). Not the receiver's own refusal to relay
    // ("Open relay not allowed", "we are not an open relay"): those name no sending server.
    id: "client.named-open-relay",
    // The ORBS era's lists of open relays gave their listing's text as "Open relay - see <the
    // list's page>", which the refusing server passed on (a refusal quoted on the linux-kernel
    // list, 2001; Eskimo North's "refused - open relay see", its servers' reply to
    // relays ORBS lists).
    match: [
      "which is an open relay",
      "as possible open relay",
      "to be an open relay",
      "open relay - see",
      "open relay see",
    ],
    causes: ["ip-blocklisted", "bad-reputation"],
    says: "the receiving server takes the sending server for an open relay and refuses it, without saying whether a list or its own judgement names it",
    examples: [
      {
        text: "550 5.0.0 blocked as possible open relay",
        source:
          'http://www.alaskacommunications.com/Online-Care/Support-Center/FAQs/Explanation-of-error-550.aspx ("Explanation of error \"550 5.0.0. ...blocked as possible open relay\"": a filter of open relays, open proxies and other sources of spam)',
      },
      {
        text: "550-Open relay - see http://www.orbs.org/verify.php3?address=212.153.111.69",
        source:
          "https://github.com/ammarfaizi2/lore-inbox (a linux-kernel list archive: a ZMailer delivery report of 18 May 2001 quoting the refusing server's first line, ORBS's text)",
      },
      {
        text: "refused - open relay see http://www.orbs.org/",
        source:
          "http://www.eskimo.com/eskimo-announce/msg00033.html (Spam Filtering (eskimo-announce): relays ORBS lists as open are refused with this message; the link filled in)",
      },
    ],
  },
  {
    // Mail from the sending IP itself refused, with the list or the reason left to a link or
    // a name after it: the form the DNSBL setups of that era gave their refusals. Sendmail's
    // FEATURE(dnsbl) let the site write its own text ("Mail from <ip> refused by
    // relays.osirusoft.com; see <url>", mussar.com's page; "571 Mail from <ip> rejected see
    // <url>", Skyway West's), and a refusal quoted on the linux-kernel list in 2001 reads "mail
    // from <ip> rejected: administrative prohibition (host is blacklisted)" after ORBS's own
    // line. Pages print the address as "xx.xx.xx.xx", hence the x.
    // The IP refused is most often listed (by a public list or the site's own); the site's
    // judgement of its traffic remains possible. The reason where the reply gives one decides:
    // "refused by blackhole site" (concept.refused-by-blackhole-site), "refused - see http"
    // (signatures/generic.ts), "listed at".
    id: "client.mail-from-ip-refused",
    // Only where a name, a link or the bare prohibition follows: a reason after a dash or a
    // colon ("refused - see http", "rejected: sender domain does not resolve") is read alone.
    match: [
      /\bmail from [\dx]{1,3}(?:\.[\dx]{1,3}){3} (?:refused by|rejected see|rejected: administrative prohibition)\b/,
    ],
    causes: ["ip-blocklisted", "bad-reputation"],
    says: "the receiving server refused mail from the sending server's IP address, naming the list or the reason only by a link or a name",
    examples: [
      {
        text: "Mail from 192.0.2.1 refused by relays.osirusoft.com; see http://relays.osirusoft.com/",
        source:
          "http://www.mussar.com/dnsbl/ (Decoding the blocking response (mussar.com DNSBL page): the IP of the blocklisted relay, then the list that listed it)",
      },
      {
        text: "571 Mail from 192.0.2.1 rejected see http://www.example.net/",
        source:
          "http://www.skywaywest.com/2014/06/what-to-do-if-skyway-west-bounces-email-to-accounts-we-host/ (What to do if Skyway West bounces email to accounts we host: '571 Mail from xx.xx.xx.xx rejected see', an IP on a blocklist it uses; the address and the link filled in)",
      },
      {
        text: "550 mail from 212.153.111.69 rejected: administrative prohibition",
        source:
          "https://github.com/ammarfaizi2/lore-inbox (a linux-kernel list archive: a ZMailer delivery report of 18 May 2001 quoting the refusing server's reply after '550-Open relay - see http://www.orbs.org/verify.php3?address=212.153.111.69')",
      },
    ],
  },
  {
    // The sending account's own mail stopped at its provider or relay, with no reason given:
    // Google Workspace's relay "Mail Sending denied" (an account disabled or not registered in
    // the domain), Mail.ru's "message sending for this account is disabled" (stopped on a
    // suspicion that the account was taken over to send spam), Mimecast's "Account outbounds
    // disabled" (the organisation's outbound mail turned off), SocketLabs' "Your account has
    // been temporarily suspended" (the month's allotment of messages used up). RFC 4954's
    // 5.7.13 "User Account Disabled" gives the same spread of reasons: lack of payment, abuse,
    // a break-in. The account not let through (a setting, a payment) first, the provider's
    // judgement of its mail next, a limit reached last; the provider's page decides. Only the
    // sender's own account: a recipient's "User suspended" or "account disabled" is
    // mailbox-disabled, and SparkPost's "Sending IP temporarily suspended" is a back-off.
    id: "sender.account-sending-disabled",
    match: [
      /\b(?:sending|outbounds?) (?:for (?:this|your) account )?(?:is |has been )?(?:disabled|denied|suspended)\b/,
      /\byour account has been (?:temporarily )?suspended\b/,
    ],
    // Below a provider's own documented words for its reason, read even where its server is not
    // identified (weights.ts unidentifiedFactor): Mimecast's table reads its own words.
    weight: WEIGHTS.possibilityOpening,
    causes: ["relay-denied", "bad-reputation", "rate-limited"],
    says: "the provider or relay the message was sent through has stopped this account's sending, without saying whether for a setting, its mail's reputation or a limit",
    examples: [
      {
        text: "550 5.7.0 Mail Sending denied",
        source:
          "https://support.google.com/a/answer/6140680 (SMTP relay service error messages (Google Workspace): the sender account is disabled or not registered in the domain)",
      },
      {
        text: "550 message sending for this account is disabled",
        source:
          "https://mailout.ru/2015/09 (Popular errors when sending and delivering mail, on the example of Mail.ru: the account stopped on a suspicion of spam from it)",
      },
      {
        text: "451 Account outbounds disabled",
        source:
          "https://community.mimecast.com/s/article/Mimecast-SMTP-Error-Codes-842605754 (Mimecast SMTP Error Codes)",
      },
      {
        text: "451 4.7.1 Your account has been temporarily suspended",
        source:
          "http://help.socketlabs.com/docs/451-471-your-account-has-been-temporarily-suspended (SocketLabs Help Center: the monthly allotment used up)",
      },
    ],
  },
  {
    // The server says the mail is not for it: the address or host is not one it handles, and it
    // will not pass the mail on. The pages that print these words name a relay refusal most
    // often: Hosting UK's "550, not allowed, not local host, not a gateway" (its servers take
    // outgoing mail only after SMTP authentication), NetEase's "553 Requested action not taken:
    // Local user only" (its sending servers take only a sender that is a user of the site),
    // Hostpoint's "550 no such address here (MX do not point to us)" (the recipient's domain
    // not set up at Hostpoint, its MX elsewhere). Alibaba Mail's "503 Rcptto account isn't a
    // local account" is an address it has no account for (misspelt, or a domain that left).
    id: "server.not-a-local-destination",
    match: [
      "not local host",
      "local user only",
      "mx do not point to us",
      /\brcptto account isn'?t a local account\b/,
    ],
    causes: ["relay-denied", "recipient-unknown"],
    says: "the server does not handle this address or host and will not pass the mail on: a relay it refuses (a login, a sender of its own), or an address it has no account for",
    examples: [
      {
        text: "550, not allowed, not local host, not a gateway",
        source:
          "https://support.hostinguk.net/en/knowledgebase/article/i-am-having-problems-sending-email-from-outlook-express-or-hosting-uks-webmail (Hosting UK knowledgebase: turn on SMTP authentication)",
      },
      {
        text: "553 Requested action not taken: Local user only",
        source:
          "http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html (NetEase mail help: its sending servers take only a sender that is a user of the site)",
      },
      {
        text: "550 no such address here (MX do not point to us)",
        source:
          "https://smtp.codes/hostpoint (Hostpoint, citing https://support.hostpoint.ch/en/technical/e-mail: the recipient's domain not set up at Hostpoint)",
      },
      {
        text: "503 Rcptto account isn’t a local account",
        source:
          "https://help.aliyun.com/document_detail/36612.html (Alibaba Mail help: the address misspelt, or its domain has left Alibaba Mail)",
      },
    ],
  },
  {
    // The connecting IP refused by the receiver in so many words, with no list or reason named:
    // the pages that print these words say which. MessageLabs' "Sorry, your IP address has been
    // blocked" (the IP on Spamhaus's PBL) and fobhost's "remote ip is forbidden" (发件人IP被屏蔽:
    // the receiver blocks the sender's IP; ask its administrator which list or rule) are lists;
    // Naver's "Your IP(...) is filtered and this connection will be closed" (a bulk or spam
    // source until its operator registers it) and Gmail's "email sent from your IP address has
    // been blocked" after its reason (concept.spam-behaviour) are the receiver's judgement.
    // (concept.sender-ip-banned leaves "has been blocked" out for the same reason.) Where a
    // reason follows the words ("due to suspicious activity", Spectrum's AUP#I-1000, its
    // judgement), they do not rank anything, so that the reason is weighed alone.
    id: "client.ip-refused-without-reason",
    match: [
      /\b(?:your|remote|sending|sender) ip(?: address)? (?:has been blocked|is forbidden|is blocked)\b(?! (?:due to|because|for|as)\b)/,
      /\byour ip(?:\([^()]{0,45}\)?)? is filtered\b/,
    ],
    causes: ["ip-blocklisted", "bad-reputation"],
    says: "the receiver refused the sending server's IP address, without saying whether for a blocklist it is on or its own judgement of the mail from it",
    examples: [
      {
        text: "Sorry, your IP address has been blocked",
        source:
          "https://knowledge.broadcom.com/external/article/169652/email-error-and-bounce-codes-for-email-s.html (Email error and bounce codes for Email Security.cloud, Broadcom KB 169652: the IP on Spamhaus's PBL)",
      },
      {
        text: "remote ip is forbidden",
        source:
          "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html (fobhost technical support, bounce keywords: 发件人IP被屏蔽, the sender's IP blocked by the receiver)",
      },
      {
        text: "421 4.3.2 Your IP( is filtered and this connection will be closed. You must register your IP to http://realip.naver.com",
        source:
          "https://puffinknight.tistory.com/102 (a Korean blog's list of bounce messages: Naver, under IPs blocked by the large portals for mass mailing; the page prints the IP blank)",
      },
    ],
  },
  {
    // "Not authorized to send from" a domain or address, with nothing to say which check: the
    // providers that print the words each mean another one. SendGrid's "403 You are not
    // authorized to send from that email address" (no verified Sender Identity: the relay will
    // not take this sender, concept.sender-identity-unregistered), MailChannels' "550 5.7.1
    // This sender is not authorized to send from example.com" (its page lists it under wrong
    // authentication: no Domain Lockdown record in the domain's DNS lets this account send for
    // it), Fastmail's "551 5.7.1 Not authorised to send from this header address" (a From
    // address the account does not own, concept.header-address-not-theirs). Those readings
    // still decide where their words say more (tested).
    id: "sender.not-authorized-to-send-from",
    match: [/\bnot authori[sz]ed to send from\b/],
    causes: ["relay-denied", "authentication-failure", "sender-address-invalid"],
    says: "the server refuses mail from this sender address or domain, without saying whether the sending service has not verified it, the domain's DNS does not authorise this sender, or the address is not the account's",
    examples: [
      {
        text: "550 5.7.1 This sender is not authorized to send from example.com",
        source:
          "https://docs.mailchannels.com/email-api/sending-policies (Sending policies, MailChannels Email API: under wrong authentication, no Domain Lockdown record for this account)",
      },
    ],
  },
  {
    // A sender called fake or forged, without the check that found it: Coremail's "550
    // Requested mail action not taken: Fake sender" (a relay service's notes: the envelope
    // sender and the From header differ where the receiver requires them the same) and
    // CleanMail's "Forged sender domain from this server" (its page: not sent through the
    // servers the sender domain's SPF record names). Which check failed is the sender's
    // question to answer: the domain's authentication first, the address itself next.
    id: "sender.forged-without-check",
    match: [/\b(?:fake|forged) sender\b/],
    causes: ["authentication-failure", "sender-address-invalid"],
    says: "the receiver judged the sender forged, without saying whether the domain's authentication (SPF) failed or the sender address did not match the message's From",
    examples: [
      {
        text: "550 Requested mail action not taken: Fake sender",
        source:
          "http://www.yunrelay.com/news/mailreject/714205212544.html (yunrelay, a mail-relay service's bounce notes on Coremail's reply: the envelope sender and the From header differ)",
      },
      {
        text: "Forged sender domain from this server",
        source:
          "https://www.cleanmail.ch/stricter-rules-for-bluewin/?lang=en (Stricter rules for accepting mail with sender bluewin.ch, Cleanmail: not sent through the servers the domain's SPF record names)",
      },
    ],
  },
  {
    // "Sender blocked" and "banned sender" with no reason given: the pages that print these
    // words name a list of sending IPs most often and the receiver's judgement of the sender's
    // mail next. Vade's "550 5.7.1 Sender blocked error" (its page's codes _102 and _111: the
    // sending address on a Validity or a Spamhaus blocklist), MailChannels' "[RBL] Sender
    // blocked <IP or domain>" (a real-time blocklist) and Exchange Online's "5.7.511 Access
    // denied, banned sender" (a banned IP) are lists; MailChannels' "[ESA] Sender blocked." (a
    // manual block after repeated abuse) and Exchange Online's same words with 5.7.502 (an
    // account banned for spam) are judgements. A recipient's own rule stays possible, as for
    // any bare block.
    id: "sender.blocked-or-banned",
    match: ["sender blocked", "banned sender"],
    causes: ["ip-blocklisted", "bad-reputation", "sender-policy"],
    says: "the receiver has blocked or banned the sender, without saying whether for a list its sending IP address is on or its judgement of the sender's mail",
    examples: [
      {
        text: "550 5.7.1 Sender blocked error",
        source: `${VADE_ELNK_IN} (_102: the sending address on a Validity blocklist; _111: on a Spamhaus blocklist)`,
      },
      {
        text: "550 5.7.1 [RBL] Sender blocked <IP or domain>",
        source:
          "https://docs.mailchannels.com/email-api/sending-policies (Sending policies, MailChannels Email API: [RBL] a real-time blocklist, [ESA] a permanent manual block after repeated temporary blocks or severe abuse)",
      },
      {
        text: "550 5.7.1 [ESA] Sender blocked.",
        source:
          "https://docs.mailchannels.com/email-api/sending-policies (Sending policies, MailChannels Email API: [ESA])",
      },
      {
        text: "5.7.502 Access denied, banned sender",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online: 5.7.502/503 an account banned for spam; 5.7.511 the same words for a banned IP)",
      },
    ],
  },
  {
    // A sender on the receiving server's own list of refused senders, said as such: Baruwa's
    // "The sender <ip> is banned" (a banned-senders list the recipient's side keeps) and Polaris
    // Mail's "Sorry, you are blacklisted on this server" (the address on the account's own
    // blacklist). The recipient's rule first; the receiver's own list of sending IPs (which the
    // vocabulary files as a blocklist) next.
    id: "sender.banned-on-this-server",
    match: [/\bthe sender \S{1,254} is banned\b/, "you are blacklisted on this server"],
    weight: WEIGHTS.possibilityOpening,
    causes: ["sender-policy", "ip-blocklisted"],
    says: "the sender is on the receiving server's own list of refused senders, kept by the recipient's side or by the server",
    examples: [
      {
        text: "The sender xxx.xxx.xxx.xxx is banned",
        source:
          "https://bastion.umanix.net/info (Bastion information page, Umanix, a Baruwa mail filter service: the sending IP is on the recipient side's banned senders list)",
      },
      {
        text: "Sorry, you are blacklisted on this server",
        source:
          "http://wiki.polarismail.com/display/Support/Common+Problems (Common Problems, Polaris Mail support wiki: the sender's address on the account's own blacklist)",
      },
    ],
  },
  {
    // Exim's text for an address no router accepted (src/route.c, unless a router sets
    // cannot_route_message): a recipient domain the dnslookup router found no such domain for,
    // or a user a local domain has no such account for, in the same words. Exim's RCPT reply
    // for an unknown user and for an unknown domain are byte-identical in the lab
    // (exim/unknown-user.txt, exim/unknown-recipient-domain.txt); Yandex's help lists the words
    // among those that mean the address does not exist. The Exim table (providers/exim.ts) and
    // signatures/exim.ts decide where the reporting server says which; elsewhere both remain,
    // and a DNS lookup of the recipient's domain tells them apart.
    id: "exim.unrouteable-address",
    match: ["unrouteable address"],
    // Below what the reporting server's own context reads (an Exim bounce for a domain it
    // handles itself: an unknown user, signatures/exim.ts), which it must not overrule.
    weight: WEIGHTS.possibilityOpening,
    // In the Exim table's order for the reply (providers/exim.ts: the unknown user first).
    causes: ["recipient-unknown", "recipient-domain-invalid"],
    says: "the server found no route for the address: the recipient's domain may not exist, or the user may not exist at a domain it handles",
    // Exim's own report of the words, with no reply code (route.c: the message of an address no
    // router accepted), reads by the reporting host's context (providers/exim.ts: an unknown
    // domain where the domain is not the reporting Exim's own), so its example is the reply's.
    examples: [
      {
        text: "550 Unrouteable address",
        source:
          "https://yandex.com/support/mail/bounces/other.html (Report on non-delivery to another (non-Yandex) address (Yandex Mail Help): among the replies for an address that does not exist); the lab's Exim gives the same reply for an unknown domain",
      },
    ],
  },
  {
    // A receiving server's temporary refusal because its DNS check of the connecting client
    // failed: Cox's "421 DNS check failure - try again later" (Cox requires a PTR record for
    // every connecting server) and AT&T's "421-failure in DNS look-up." (no DNS information for
    // the sending system: its IP needs a reverse DNS entry). The words do not say which lookup
    // failed: most often the client's reverse DNS, else the sender's domain, or the receiver's
    // own resolver failing for now. Only with a reply code of the 4xx class: a sending server's
    // own report of a failed lookup (of the recipient's domain) carries none.
    id: "receiver.dns-check-failed",
    match: [/\b(?:dns check failure|failure in dns look-?up)\b/],
    replyCode: "4xx",
    // Below the providers' own readings of their words (AT&T's, Cox's tables decide).
    weight: WEIGHTS.possibilityOpening,
    causes: ["reverse-dns", "sender-address-invalid", "remote-server-error"],
    says: "the receiving server's DNS check of the sending server failed, without saying which lookup",
    examples: [
      {
        text: "421 DNS check failure - try again later",
        source:
          "https://www.cox.com/residential/support/email-error-codes.html (Email Error Codes (Cox): a valid PTR record required for every connecting server)",
      },
      {
        text: "421-failure in DNS look-up.",
        source:
          "http://worldnet.att.net/general-info/bls_info/block_enduser.html (Error Message Summary (AT&T Mailblock Inquiry): no DNS information for the sending system)",
      },
    ],
  },
  {
    // RFC 4954's answer to AUTH when the server's own authentication failed for now (section 6:
    // "authentication failed due to a temporary server failure"), Dovecot's login text for it
    // (login-common.h AUTH_TEMP_FAILED_MSG, the SMTP submission service's authentication), and
    // Amazon SES's SMTP interface "when validating SMTP credentials". The sending program's
    // login to its own outgoing server did not go through: that server's failure, or its
    // authentication set up wrong for this client (a port, TLS). Its 454 is also RFC 3207's
    // "TLS not available" (reply-codes.ts): these words say which.
    id: "smtp.temporary-authentication-failure",
    match: ["temporary authentication failure"],
    causes: ["remote-server-error", "relay-denied"],
    says: "the sending program's login to its outgoing server failed for now, without saying whether that server failed or the login is set up wrong",
    examples: [
      {
        text: "454 4.7.0 Temporary authentication failure",
        source:
          "https://datatracker.ietf.org/doc/html/rfc4954#section-6 (RFC 4954, SMTP Service Extension for Authentication, section 6 Status Codes)",
      },
      {
        text: "454 Temporary authentication failure",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/troubleshoot-smtp.html (SMTP Response Codes Returned by Amazon SES: an SES issue when validating SMTP credentials)",
      },
    ],
  },
  {
    // "Authentication failed" with nothing beside it to say whose: the sending program's own
    // login refused by its outgoing server (ZeptoMail's "535 Authentication Failed." for an
    // invalid token or username; Postfix's "535 5.7.8 Error: authentication failed") or a
    // receiver's check of the sender's domain (Maddy's "SPF authentication failed", which its
    // subject names: concept.spf-failed decides it). The bare words leave both possible; a
    // reply code (535: RFC 4954's invalid credentials) or a named check decides.
    id: "smtp.authentication-failed",
    match: ["authentication failed"],
    causes: ["relay-denied", "authentication-failure"],
    says: "an authentication failed, without saying whether the sending program's login or a check of the sender's domain (SPF, DKIM, DMARC)",
    examples: [
      {
        text: "Authentication Failed.",
        source:
          "https://www.zoho.com/zeptomail/help/api/smtp-error-codes.html (SMTP Error Codes, Zoho ZeptoMail: 535, an invalid Sendmail token or username)",
      },
    ],
  },
  {
    // "Message Filtered" says a filter of the receiving side refused the message, not which:
    // Amazon SES's inbound servers answer "550 5.2.0 Message Filtered" where a receipt rule of the
    // recipient's account bounces the message (its BounceAction takes the reply code, status and
    // message text from the rule's owner), and Symantec Email Security.cloud's "553 - Message
    // Filtered" is its spam verdict (KB 173867, providers/messagelabs.ts, whose longer words decide
    // there: lib/classify/read-refusal.ts subsumed). Sisimai reads 5.2.0 and
    // 5.2.1 with such words as "filtered": the recipient's own settings refused the sender. The
    // registry's X.2.0 (a mailbox status) says nothing of a disabled account here.
    id: "filter.message-filtered",
    match: ["message filtered"],
    causes: ["sender-policy", "content-spam"],
    says: "a filter on the recipient's side refused the message, without saying whether it was a rule against this sender or a spam verdict",
    examples: [
      {
        text: "550 5.2.0 Message Filtered",
        source:
          "https://docs.aws.amazon.com/ses/latest/APIReference/API_BounceAction.html (Amazon SES API Reference, BounceAction: a receipt rule's bounce with its own SmtpReplyCode, StatusCode and Message); https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Reason/Filtered.pm (status 5.2.0 or 5.2.1: the recipient's email configuration rejected the sender)",
      },
    ],
  },
  {
    // Zoho Mail's inbound "554 5.2.3 MailPolicy violation Error delivering to mailboxes": the
    // recipient organisation's Email Policy refused the message. Zoho's page on those policies:
    // they "control the mailbox quota, daily usage, incoming and outgoing emails", and "Define the
    // rules for blocking incoming/outgoing mail. Criteria can be based on domain name, subject,
    // attachment types etc." The reply does not say which rule, so a block of the sender, a size
    // limit or a refused attachment type remain (zoho.mail-policy-violation.codes explains the
    // 5.2.3 away: it is how Zoho reports any policy refusal, as its users' threads show).
    id: "zoho.mail-policy-violation",
    match: ["mailpolicy violation"],
    causes: ["sender-policy", "message-too-large", "content-virus"],
    says: "a rule of the recipient organisation's email policy refused the message, without saying which (a block of this sender, a size limit, an attachment type)",
    examples: [
      {
        text: "554 5.2.3 MailPolicy violation Error delivering to mailboxes",
        source:
          "https://www.zoho.com/mail/email-policy-management.html (Zoho Mail, Email policy management); https://help.zoho.com/portal/en/community/topic/why-does-gmail-to-zoho-keep-bouncing-back (the reply from mx.zohomail.com, as a Zoho user received it)",
      },
    ],
  },
  {
    // Postfix's smtpd answers "554 <host> ESMTP not accepting connections" when a milter rejects
    // the connect event (smtpd.c, milter_conn_event), before HELO or any address: the filter knew
    // only the client's address and name, so it refused that host, for its listing or its
    // reputation. iCloud's servers send the same line (providers/apple.ts reads it where iCloud
    // is identified).
    id: "postfix.milter-connect-refused",
    match: ["esmtp not accepting connections"],
    causes: ["ip-blocklisted", "bad-reputation"],
    says: "a filter refused the sending server's connection before anything else was said, on its address or name alone",
    examples: [
      {
        text: "554 mx.example.com ESMTP not accepting connections",
        source:
          "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd.c#L6079 (smtpd_proto: a milter's reject of the connect event)",
      },
    ],
  },
  {
    // iCloud's "[CSnn] Message rejected due to local policy": the CS codes are iCloud's filtering
    // decision, and its postmaster page says what that decision weighs ("IP and domain
    // reputation, content checks, and user feedback") without a code for each. The reply does
    // not say which refused, so reputation (the page's first, and what user feedback feeds) and
    // content stay possible; a content review or a test send decides.
    id: "apple.cs-local-policy",
    match: [/\[cs\d\d\] message rejected due to local policy/],
    causes: ["bad-reputation", "content-spam"],
    says: "iCloud's filters refused the message, on the sender's IP or domain reputation, the content or recipients' feedback, without saying which",
    examples: [
      {
        text: "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
        source:
          "https://support.apple.com/en-us/102322 (Postmaster information for iCloud Mail: 'We track a sender's reputation using various mechanisms, such as IP and domain reputations, content checks, and user feedback'; the reply's link leads there); the line as smtp.codes lists it (https://smtp.codes/icloud)",
      },
    ],
  },
  {
    // Trend Micro Deep Discovery Email Inspector answers any block by its Sender Filtering and
    // Authentication settings ("DHA Protection, Bounce Attack Protection, SMTP Traffic
    // Throttling, SPF, DKIM, DMARC", the page's own list) with these words, 421 for a temporary
    // block and 521 for a permanent one. The words do not say which setting blocked; the 521 is
    // no statement that the host takes no mail (RFC 7504), so a wording shift explains it away.
    id: "trend-micro.ddei-sender-filtering-block",
    match: [
      "block temporarily (sender filtering/authentication)",
      "block permanently (sender filtering/authentication)",
    ],
    causes: ["authentication-failure", "rate-limited", "sender-policy"],
    says: "the receiving gateway's sender filtering blocked the sender, without saying which check (SPF, DKIM or DMARC, a traffic limit, a directory-harvest or bounce-attack guard)",
    examples: [
      {
        text: "521 Block permanently (Sender Filtering/Authentication)",
        source:
          "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (Deep Discovery Email Inspector 5.1 Online Help: SMTP Error Codes)",
      },
      {
        text: "421 Block temporarily (Sender Filtering/Authentication)",
        source:
          "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (Deep Discovery Email Inspector 5.1 Online Help: SMTP Error Codes)",
      },
    ],
  },
  {
    // "Unauthorized sender" names the sender as refused, not why. Apple's private email relay
    // (privaterelay.appleid.com, Sign in with Apple's Hide My Email) answers RCPT with "550 5.1.1
    // <sender>: unauthorized sender" for a sender whose domain is not registered with Apple, and
    // mail from a registered domain must also pass SPF (SendGrid's page on delivering to Apple's
    // private relay: register the sending domains in the Apple Developer account). Its 5.1.1 names
    // the sender's address, not an unknown recipient.
    id: "sender.unauthorized",
    match: ["unauthorized sender"],
    causes: ["sender-policy", "authentication-failure"],
    says: "the receiving side does not accept this sender, without saying whether it is unregistered with it or failed its authentication",
    examples: [
      {
        text: "550 5.1.1 <bounces+ded1e8e71ae3e839@bitstock.on.acme.email>: unauthorized sender",
        source:
          "https://github.com/crisp-oss/email-bounce-parser test/fixtures/550_5_1_1_no_such_recipient_variant_20.txt (a real Postfix bounce: host smtp1.privaterelay.appleid.com said it, in reply to RCPT TO); https://www.twilio.com/docs/sendgrid/ui/account-and-settings/configuring-sign-in-with-apple (Configuring Sign in with Apple: delivering to Apple's private relay addresses needs the sending domain registered with Apple)",
      },
    ],
  },
  {
    // Exchange Online's "was not authenticated" replies name two different refusals by their
    // status codes: 5.7.1 and 5.7.57 "Client was not authenticated" (the receiving server accepts
    // no anonymous mail: set up authentication, relay-denied) and 5.7.12, 5.7.133-136 "Sender was
    // not authenticated [by organization / for group / for mailbox]" (the recipient takes mail
    // only from inside its organisation, sender-policy). Without the code the words leave both,
    // each ranked first where Microsoft's page gives its words only with that refusal's codes.
    id: "exchange.client-was-not-authenticated",
    // Not inside .NET SmtpClient's "requires a secure connection or the client was not
    // authenticated", its text for any 530 reply, which ranks its own two causes
    // (signatures/dotnet-smtpclient.ts): no Exchange reply, and no organisation's policy, in it.
    match: [/(?<!or the )client was not authenticated/],
    causes: ["relay-denied", "sender-policy"],
    says: "the receiving server refused an unauthenticated client, without saying whether it wants a login or takes mail only from its own organisation",
    examples: [
      {
        text: "Client was not authenticated",
        source:
          "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (Email non-delivery reports and SMTP errors in Exchange Online: 5.7.1)",
      },
    ],
  },
  {
    // The same page's "Sender was not authenticated" rows (5.7.12 "by organization", 5.7.133
    // "for group", 5.7.134 "for mailbox", 5.7.136 alone) are all a recipient that takes mail only
    // from authenticated (internal) senders: sender-policy first, the login refusal after it.
    id: "exchange.sender-was-not-authenticated",
    match: ["sender was not authenticated"],
    causes: ["sender-policy", "relay-denied"],
    says: "the recipient takes mail only from authenticated senders of its own organisation, or the server wants a login",
    examples: [
      {
        text: "Sender was not authenticated",
        source:
          "https://learn.microsoft.com/en-us/exchange/troubleshoot/email-delivery/ndr/non-delivery-reports-in-exchange-online (Email non-delivery reports and SMTP errors in Exchange Online: 5.7.136)",
      },
    ],
  },
  {
    // Exchange's recipient resolver refusing a sender that did not log in, by its own code
    // (RESOLVER.RST.AuthRequired, "authentication required"): the recipient, a distribution
    // group or a mail-enabled public folder, takes mail only from authenticated (internal)
    // senders. Exchange Server 2007 and 2010 turn that on for every new distribution group (KB
    // 2773786); Exchange Online's 5.7.1 page gives it for a public folder written to from
    // outside. The words "authentication required" alone ask a client to log in (RFC 4954's 530
    // 5.7.0: a relay refusal); Exchange's code says whose rule it is, so the recipient's policy
    // first, the login after it.
    id: "exchange.resolver-auth-required",
    match: ["resolver.rst.authrequired"],
    causes: ["sender-policy", "relay-denied"],
    says: "the recipient (an Exchange group or public folder) takes mail only from authenticated senders of its own organisation",
    examples: [
      {
        text: "550 5.7.1 RESOLVER.RST.AuthRequired; authentication required",
        source:
          "https://learn.microsoft.com/en-us/exchange/troubleshoot/mailflow/external-user-cannot-send-email-to-distribution-group (550 5.1.1 or 550 5.7.1 NDRs when an external user sends to a universal distribution group, Exchange Server 2007 and 2010, KB 2773786: 'Require that all senders are authenticated' is on by default); https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/fix-error-code-550-5-7-1-in-exchange-online (Fix NDR error 550 5.7.1 in Exchange Online: a mail-enabled public folder)",
      },
    ],
  },
  {
    // Courier's backscatter suppression (submit.C, trackaddress): mail to an address whose
    // delivery failed within the last hours is refused up front, "556 Address unavailable."
    // (its 456 "Address temporarily unavailable." after a deferral is not read here). Its 556 is Courier's own
    // choice, not RFC 7504's domain that takes no mail: the earlier failure, which the words do
    // not name, was the recipient's (unknown, disabled or full).
    id: "courier.address-unavailable",
    match: ["address unavailable"],
    replyCode: "5xx",
    causes: ["recipient-unknown", "mailbox-disabled", "mailbox-full"],
    says: "the server refuses mail to this address for now because delivery to it failed a short while ago; the words do not say why it failed",
    examples: [
      {
        text: "556 Address unavailable.",
        source: `${COURIER_HEAD}/submit.C#L1318 (Courier: an address that failed within the tracking window)`,
      },
    ],
  },
  {
    // A server that took the message but could not store it: go-guerrilla's SQL back end
    // ("554 Error: could not save email", its insert failed) and its canned 554 5.3.0
    // "Transaction failed - backend not running" name the receiving side's own storage. A
    // full store is the other reading of a save that failed.
    id: "server.could-not-save",
    match: ["could not save email", "backend not running"],
    causes: ["remote-server-error", "mailbox-full"],
    says: "the receiving server could not store the message (its own storage or back end failed)",
    examples: [
      {
        text: "554 Error: could not save email",
        source: `${GO_GUERRILLA}/backends/p_sql.go#L302 (go-guerrilla's SQL back end, an insert that failed)`,
      },
      {
        text: "554 5.3.0 Transaction failed - backend not running",
        source: `${GO_GUERRILLA}/response/enhanced.go#L331 (go-guerrilla's canned responses)`,
      },
    ],
  },
  {
    // RFC 5321's own text for 452 (section 4.2.3): the server's storage, in its words, but
    // MDaemon sends it by default for an account over its quota (its Quotas help: "the 452
    // error code (i.e \"Requested action not taken: insufficient system storage\")"). The
    // exact RFC wording alone says neither; other servers' own texts with the words ("452 4.3.1
    // insufficient system storage", generic.ts) name their storage.
    id: "rfc5321.452-insufficient-system-storage",
    match: ["requested action not taken: insufficient system storage"],
    causes: ["mailbox-full", "remote-server-error"],
    says: "the server is out of storage for this message: the recipient's quota or the server's own disk",
    examples: [
      {
        text: "452 Requested action not taken: insufficient system storage",
        source:
          "https://techshelps.github.io/MDaemon/misc__quotas.htm (MDaemon help: Accounts Menu > Account Settings > Quotas)",
      },
    ],
  },
  {
    // A server that defers because it is itself overloaded: Haraka's toobusy plugin (its event
    // loop lags) and a hosting company's list of bounces ("The recipient's mail server is
    // temporarily unavailable due to high traffic or maintenance"). A receiver that sheds load
    // also sheds it by sender, so a rate limit stays possible.
    id: "server.too-busy",
    match: [
      "too busy; please try again later",
      "server busy, please try again later",
      "is too busy to accept mail",
    ],
    causes: ["remote-server-error", "rate-limited"],
    says: "the receiving server is too busy to take the message now",
    examples: [
      {
        text: "421 Too busy; please try again later",
        source:
          "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/plugins/toobusy.js#L46 (Haraka's toobusy plugin)",
      },
      {
        text: "421 mx.example.com is too busy to accept mail right now",
        source:
          "https://github.com/gen-smtp/gen_smtp/blob/185c54dbd61a3c284bd44b1442c764e9642a386c/src/smtp_server_example.erl#L63 (gen_smtp's example server: more sessions than its limit, it greets with 421)",
      },
      {
        text: "421 4.2.0 - Server busy, please try again later",
        source:
          "https://intohost.in/kb/common-email-bounce-back-errors (IntoHost KB: Common email bounce-back errors)",
      },
    ],
  },
  {
    // The same idea in two providers' shorter words: AT&T's "450 busy--Please try again later"
    // (its servers short of resources; the sender retries) and Daum's "Network is busy" (its
    // incoming server unable to answer for now). Below the providers' own readings of their
    // words, which decide where their tables read them. Not a bare "Server is busy": Daum's
    // "Connection refused. Server is busy(RT)" is its spam centre's block of the IP.
    id: "server.busy-try-later",
    match: ["busy--please try again later", "network is busy"],
    weight: WEIGHTS.possibilityOpening,
    causes: ["remote-server-error", "rate-limited"],
    says: "the receiving server is busy and cannot take the message now",
    examples: [
      {
        text: "450 busy--Please try again later",
        source:
          "http://worldnet.att.net/general-info/bls_info/block_enduser.html (Error Message Summary, AT&T Mailblock Inquiry: its servers short of resources; the sender retries)",
      },
      {
        text: "421 4.4.1 CHIC IP ADDRESS: Network is busy.",
        source: `${DAUM_LIST} (Daum's bounce list: the incoming server temporarily unable to reply)`,
      },
    ],
  },
  {
    // Courier's dupfilter refuses a message it has already received too many times, under a
    // 500 of its own (not a syntax error): a sender that repeats itself, a loop, or bulk mail.
    id: "courier.duplicate-message",
    match: ["duplicate message rejected"],
    causes: ["rate-limited", "content-spam"],
    says: "the server has already received this same message too many times",
    examples: [
      {
        text: "500 Duplicate message rejected.",
        source: `${COURIER_HEAD}/filters/dupfilter.c#L161 (Courier's duplicate-message filter)`,
      },
    ],
  },
  {
    // Haraka's default text when a helo or ehlo hook denies without words of its own
    // (connection.js): the greeting name was refused, for a reason the words do not give. Its
    // HELO checks refuse a malformed or impersonating name (protocol-syntax), one without DNS
    // or not matching the client's reverse DNS (reverse-dns), or one the site lists.
    id: "haraka.helo-denied",
    match: ["helo denied", "ehlo denied"],
    causes: ["protocol-syntax", "reverse-dns", "sender-policy"],
    says: "the receiving server refused the sending server's HELO/EHLO name, without saying why",
    examples: [
      {
        text: "550 HELO denied",
        source:
          "https://github.com/haraka/Haraka/blob/0bf10cbb486253752042e10af4c65ec78ec7fe91/connection.js#L820 (Haraka: a helo hook's DENY with no message)",
      },
    ],
  },
  {
    // RFC 5321's text for 451 (and RFC 821's), said bare: the server gave up on the command
    // for a reason of its own. The RFC's reason is a local error in processing, and MTAs send
    // it so ("451 4.3.0 Requested action aborted: local error in processing", Mailpit's
    // internal/smtpd/smtpd.go; Twisted's mail/smtp.py; vSMTP), where generic.ts's "local error
    // in processing" names the cause; a sending platform also meets it as a receiver's
    // connection-time deferral and suspends its sending for hours (Momentum's adaptive rules),
    // so a rate limit stays possible. "Requested mail action aborted" (552, storage) is another
    // wording and does not match.
    id: "rfc5321.requested-action-aborted",
    match: ["requested action aborted"],
    causes: ["remote-server-error", "rate-limited"],
    says: "the receiving server gave up on the request for a reason of its own (RFC 5321's 451: a local error in processing), without saying which",
    examples: [
      {
        text: "smtp;450 Requested action aborted [9] #-#, please visit https://knowledge.broadcom.com/external/article?legacyId=TECH246726 for more details about this error message.",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/450.json#L118 (SMTP Field Manual: Symantec Email Security.cloud's reply)",
      },
      {
        text: "450 Requested action aborted",
        source:
          "https://github.com/SparkPost/support-docs/blob/2cb4102c88745e0d0f72dcb096dd5fca24a35078/content/momentum/3/3-ad/ad-appendix-adaptive-rules.md#L506 (Momentum adaptive rules: suspend sending for 2 hours on this reply at connect)",
      },
    ],
  },
  {
    // A server that could not handle the mail or the connection and says no more: James when a
    // command's processing threw (its LOCAL_ERROR, 451); Mailpit when its handler failed ("451
    // 4.3.5 Unable to process mail", internal/smtpd/smtpd.go#L590 at 408b30d5, its status names
    // the cause); vSMTP when it already holds its most connections ("554 Cannot process
    // connection, closing", CodeID::ConnectionMaxReached in vsmtp-config/src/default.rs#L386 at
    // 7121d6a7: a limit the sender meets by sending less at once). Examples here read unknown;
    // those two are named by their status or their own source-reply entry. A reason after the
    // words (James's "the command is unknown") is read on its own.
    // The passive says the same: Spectrum's "The email you're trying to send can't be processed.
    // Try sending again at a later time." (AUP#I-1090, which Spectrum's table reads as its own
    // failure).
    id: "server.unable-to-process",
    match: ["unable to process", "cannot process", "can't be processed", "cannot be processed"],
    causes: ["remote-server-error", "rate-limited"],
    says: "the receiving server could not handle the message or the connection, without saying why",
    examples: [
      {
        text: "451 Unable to process request",
        source:
          "https://github.com/apache/james-project/blob/20bf8083e39be4a750f606e576a162087bb3f18a/protocols/smtp/src/main/java/org/apache/james/protocols/smtp/SMTPSessionImpl.java#L35 (Apache James: FATAL_ERROR, SMTPRetCode.LOCAL_ERROR)",
      },
    ],
  },
  {
    // Exchange's report for an address its directory resolves to more than one object (two
    // recipients share the address: KB251152, "The recipient name is ambiguous.") and RFC 3463's
    // own words for X.1.4. The address was not delivered to, and the duplicate lies with the
    // recipient's administrator; the sender can only check that the address is the intended one.
    id: "server.ambiguous-recipient",
    match: ["recipient name is ambiguous", "destination mailbox address ambiguous"],
    causes: ["remote-server-error", "recipient-unknown"],
    says: "the receiving system found more than one recipient for this address and delivered to none",
    examples: [
      {
        text: "The recipient name is ambiguous.",
        source:
          "https://mskb.pkisolutions.com/kb/251152 (Microsoft KB251152, Exchange Server's report for an address two recipients share)",
      },
    ],
  },
  {
    // Exchange's report that names two reasons in one sentence (KB217139): the message is over a
    // size limit, or a mailbox is over its storage limit. Nothing in the words says which.
    id: "exchange.size-or-storage-limit",
    // Exchange 2003's 5.2.2 text says the same either/or in its own words.
    match: [
      "or you have exceeded the storage limit on your mailbox",
      "larger than the current system limit or the recipient's mailbox is full",
    ],
    causes: ["message-too-large", "mailbox-full"],
    says: "the message is over a size limit, or a mailbox is over its storage limit",
    examples: [
      {
        text: "Either the message size exceeds the maximum allowed for the recipient or transport, or you have exceeded the storage limit on your mailbox.",
        source:
          "https://mskb.pkisolutions.com/kb/217139 (Microsoft KB217139, an Exchange Server report)",
      },
      {
        text: "552 5.2.2 This message is larger than the current system limit or the recipient's mailbox is full. Create a shorter message body or remove attachments and try sending it again.",
        source:
          "https://github.com/cfortune/PHP-Bounce-Handler/blob/956e65b0d502b1904546c3c46480409ded41d755/eml/51.eml (an Exchange DSN, real output)",
      },
    ],
  },
  {
    // Zimbra's LMTP server (LmtpReply.PERMANENT_FAILURE, 554 5.0.0) gives these words for a
    // recipient whose account or mailbox it does not find at the end of DATA, and for a
    // delivery error it blames on the message rather than itself (ZimbraLmtpBackend.java#L618,
    // #L773 at 2b7f9787). The words name neither.
    id: "zimbra.permanent-delivery-failure",
    match: ["permanent message delivery failure"],
    replyCode: "5xx",
    causes: ["recipient-unknown", "protocol-syntax"],
    says: "the recipient's mail store refused the message for good without saying why: most often it has no such account or mailbox",
    examples: [
      {
        text: "554 5.0.0 Permanent message delivery failure",
        source:
          "https://github.com/Zimbra/zm-mailbox/blob/2b7f9787c69ed6b95ce37a415ba27c50f1091c72/store/src/java/com/zimbra/cs/lmtpserver/ZimbraLmtpBackend.java#L618 (Zimbra's LMTP server: account or mailbox not found)",
      },
    ],
  },
  {
    // "Not a valid address" with no word for whose: hMailServer's "550 A valid address is
    // required." (SMTPConnection.cpp, a RCPT TO address IsValidEmailAddress refuses; its tests
    // give it for an empty or malformed RCPT TO) and Postmark's bounce type BadEmailAddress
    // ("The address is not a valid email address."), both the recipient's; so are Postfix's
    // queue manager's "5.1.3 bad address syntax" (qmgr_message.c, a recipient its address
    // resolver cannot parse) and Tencent's "550 Bad address syntax" (its page: the recipient
    // address as written is not valid; providers/tencent.ts, whose note says Coremail's bounce
    // index lists the same words). Gmail words the same fault for each side (5.1.3 "The
    // recipient address ... is not a valid RFC 5321 address", 5.1.7 "The sender address ..."),
    // as RFC 3463 has X.1.3 and X.1.7 for it: where the words name neither, the recipient first,
    // the sender next, the address's syntax last. Where the words say "recipient" or "sender"
    // (concept.sender-stated-invalid reads "not a valid" said of the sender), those decide.
    id: "address.not-a-valid-address",
    match: [
      "is not a valid email address",
      "is not a valid e-mail address",
      "a valid address is required",
      "bad address syntax",
    ],
    // Below a provider's own reading of the same words (Tencent's table reads its "Bad address
    // syntax" as a wrong recipient): at the wording weight it outweighed it (provider-docs).
    weight: WEIGHTS.possibilityOpening,
    causes: ["recipient-unknown", "sender-address-invalid", "protocol-syntax"],
    says: "the server found an address not valid (malformed or empty), without saying whether it was the recipient's or the sender's",
    examples: [
      {
        text: "550 A valid address is required.",
        source: `https://github.com/hmailserver/hmailserver/blob/876a996ba1a94f59880feb195a2f9f19108edeaf/hmailserver/source/Server/SMTP/SMTPConnection.cpp (hMailServer: a RCPT TO address that is not a valid address; its tests expect it for 'RCPT TO: <>')`,
      },
      {
        text: "<bob@>: bad address syntax",
        source:
          "https://github.com/vdukhovni/postfix/blob/030e4ddd54d134a3583793bf85a3cf6eb4b2e08e/postfix/src/qmgr/qmgr_message.c (Postfix qmgr_resolve_one: '5.1.3 bad address syntax' for a recipient the address resolver flags as an error, as the bounce lists it after the address; the status, given apart, decides where it comes with the words)",
      },
      {
        text: "The address is not a valid email address.",
        source:
          "https://postmarkapp.com/developer/api/bounce-api#bounce-types (Bounce API: Bounce types (Postmark), BadEmailAddress 100000)",
      },
    ],
  },
  {
    // The sending side looked up the recipient's domain and found no host to deliver to, in
    // words that do not say whether the domain is wrong or its mail servers are: Mailjet's error
    // "no mail host" (its page: "Nobody answers when we knock at the door"), Gmail's "DNS type
    // 'mx' lookup of <domain> had no relevant answers" (an answer with no MX, then none with an
    // address: RFC 5321 section 5.1's implicit MX gives nothing, a domain that takes no mail),
    // which Sisimai's Google Workspace reading files as a network error when it is not
    // permanent. A domain that takes no mail first, a host that could not be reached next.
    id: "dns.no-mail-host",
    match: ["no mail host", "had no relevant answers"],
    // Below the readings that name whose domain it is ("Sender domain ... has no mail host" is
    // the sender's: generic.ts sender-domain).
    weight: WEIGHTS.possibilityOpening,
    causes: ["recipient-domain-invalid", "remote-unreachable"],
    says: "the sending side found no mail host for the recipient's domain: a domain that takes no mail, or mail servers that could not be reached",
    examples: [
      {
        text: '"error_related_to": "domain", "error": "no mail host"',
        source:
          "https://github.com/mailjet/api-documentation/blob/master/guides/_event-api.md (Mailjet's Event API, possible values for errors: 'no mail host', error_related_to 'domain')",
      },
      {
        text: "DNS Error: 16578478 DNS type 'mx' lookup of example.com responded with code NOERROR 16578478 DNS type 'mx' lookup of example.com had no relevant answers.",
        source: `${GO_SISIMAI}/76b75059e66a91ab1bcd36dd992596a84e528e13/rhost/for-gsuite.go (Sisimai's Google Workspace reading: " had no relevant answers." under networkerror, where the status is not permanent); the form of Gmail's bounces (providers/google.ts dns-error-no-mail-host)`,
      },
    ],
  },
  {
    // A sending service's suppression list, named without the reason the address is on it:
    // Amazon SES's account-level list holds addresses that hard-bounced or complained (its
    // SuppressionOptions: BOUNCE, COMPLAINT); Emailit's list stops "mail to addresses that
    // bounced, complained or asked not to be contacted"; SparkPost's entries carry a bounce
    // rule, a spam complaint or an unsubscribe as their reason. Nothing was sent this time: a
    // recipient who asked not to get the mail first, an address that bounced as unknown next.
    // Where the words name the reason or the address (concept.suppression-list, which steps
    // aside for SES's account list) or the service is known (its table), those decide.
    id: "sender-service.suppression-list",
    match: ["suppression list"],
    causes: ["not-a-bounce", "recipient-unknown"],
    says: "the sending service did not send to this address because it is on a suppression list, which holds addresses that complained, unsubscribed or bounced before",
    examples: [
      {
        text: "Amazon SES did not send the message to this address because it is on the suppression list for your account.",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (Contents of notifications for Amazon SES: OnAccountSuppressionList); https://docs.aws.amazon.com/ses/latest/APIReference-V2/API_SuppressionOptions.html (SuppressedReasons BOUNCE and COMPLAINT); https://emailit.com/docs/suppressions.md (Suppressions (Emailit): 'stopping mail to addresses that bounced, complained or asked not to be contacted'); https://support.sparkpost.com/docs/user-guide/using-suppression-lists (Using Suppression Lists (SparkPost))",
      },
    ],
  },
  {
    // The sending host called a spam source, with no list named or finding given: SparkPost files
    // "blocked by the receiver as coming from a known spam source" (class 51, Spam Block) without
    // saying whether a blocklist or the receiver's own reputation system judged it; OpenBSD
    // spamd calls a listed client "a SPAM source" (a list: concept.listed-as-spam-source decides
    // where the words say "listed"), and BigPond's refusal "Defined SPAM source:" is followed by
    // the list's zone. A list first, the receiver's reputation judgement next. "Source of spam"
    // is the receiver's own verdict on the sender (concept.spam-behaviour).
    id: "client.spam-source",
    match: ["spam source"],
    causes: ["ip-blocklisted", "bad-reputation"],
    says: "the receiver called the sending server a (known) spam source without saying whether a blocklist or its own reputation system says so",
    examples: [
      {
        text: "The message was blocked by the receiver as coming from a known spam source.",
        source:
          "https://support.sparkpost.com/docs/deliverability/bounce-classification-codes (Bounce Classification Codes (SparkPost), class 51 Spam Block)",
      },
      {
        text: "Remote host said: x.x.x.x Defined SPAM source: bl.spamcop.net",
        source:
          "http://www.themssforum.com/smallbiz/Email-blocked/ (Email blocked: a BigPond refusal quoted in a bounce, the sending IP on SpamCop's list); https://github.com/openbsd/src/blob/00ddf0caf931d29b6abed6a5062a72ef40e0e33c/libexec/spamd/spamd.c (OpenBSD spamd: 'listed by one or more IP-based registries as being a SPAM source')",
      },
    ],
  },
  {
    // The C library's answer that a host name does not resolve (glibc's gai_strerror:
    // EAI_NONAME "Name or service not known", EAI_NODATA "No address associated with
    // hostname"), passed on by the program that looked the name up. Which name is not said:
    // WKU's mail gateway returns it when the recipient's domain cannot be resolved (its bounce
    // page: often a mistyped address); msmtp prints "cannot locate host <host>: <the library's
    // words>" for the server it was set to send through. The recipient's domain first, a host
    // that could not be found on the way next.
    id: "resolver.name-not-known",
    match: ["name or service not known", "no address associated with hostname"],
    causes: ["recipient-domain-invalid", "remote-unreachable"],
    says: "a host or domain name did not resolve in DNS, without saying whether it was the recipient's domain or a mail server on the way",
    examples: [
      {
        text: "5.0.0 X-Spam-&-Virus-Firewall; []: Name or service not known",
        source:
          "https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911 (Meaning of Bounce Back Email (WKU IT knowledge base): the recipient's domain cannot be resolved)",
      },
      {
        text: "msmtp: cannot locate host mail.example.net: Name or service not known",
        source:
          "https://github.com/marlam/msmtp/blob/af6185f47fde347beb4d3a3b6313b09578669b70/src/net.c (msmtp net_open_socket: 'cannot locate host %s: %s' with gai_strerror); https://github.com/bminor/glibc/blob/33d7c0e1cb712a3b7ea46d7f88569721805bc2db/sysdeps/posix/gai_strerror-strs.h (EAI_NONAME, EAI_NODATA)",
      },
    ],
  },
  {
    // The sending server blocked "for spam", with no list or finding named: Comcast's "Comcast
    // block for spam." (Comcast's own block of the IP for the spam it sent, a reputation),
    // Orange's "Client host blocked for spamming issues" (the IP on Cloudmark's list, its reset
    // link after it: ip-blocklisted, where the French words before it decide; a sender's reply
    // quoted in https://github.com/ActiveCampaign/smtp-field-manual/pull/60). The receiver's
    // judgement of the sender first, a list next; not a verdict on this message's content.
    id: "client.blocked-for-spam",
    match: ["block for spam", "blocked for spam", "blocked for spamming"],
    // Below a provider's own reading of its words (Comcast's table reads its block as its own
    // reputation judgement): at the wording weight it outweighed that reading (provider-docs).
    weight: WEIGHTS.possibilityOpening,
    causes: ["bad-reputation", "ip-blocklisted"],
    says: "the receiver blocked the sending server for spam it sent, without saying whether by its own judgement or a blocklist",
    examples: [
      {
        text: "554 imta14.emeryville.ca.mail.comcast.net comcast 192.0.2.2 Comcast block for spam.",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/pull/65 (Add two 554 error messages from Comcast (ActiveCampaign/smtp-field-manual #65): Comcast's own block of the sending IP for spam, not a public list)",
      },
    ],
  },
  {
    // Cloudmark Gateway's refusal by a mail provider's own outgoing server: its session id, then
    // "policy violation". Aruba's guide reads it as a breach of its sending limits; Forpsi's
    // articles (the same software) link each such refusal to the article that says why: more
    // than its limits, or more than 100 messages an hour half of which bounced (a sending
    // limit), or mail to qq.com and yahoo.com or to addresses spam goes to, the pattern of a
    // stolen mailbox (the provider's distrust of the sender). Without the article or the
    // provider's host, the words leave both: a sending limit first (four readings of six),
    // then the sender's standing.
    id: "cloudmark.policy-violation",
    match: [/\b[0-9a-z]{20,24} policy violation\b/],
    causes: ["rate-limited", "bad-reputation"],
    says: "the sender's own provider blocked its sending for a while (Cloudmark's \"policy violation\"), for too much mail or for mail that looked like a stolen account's, without saying which",
    examples: [
      {
        text: "X.X.X iemL1p01Z0hMcT901emQ77 policy violation",
        source:
          "https://guide.arubabusiness.it/email/configurazioni-email-arubabusiness/errori-comuni-invio-ricezione-posta (Errori comuni durante l'invio e la ricezione della posta (Aruba Business guide): a breach of the sending limits); https://support.forpsi.com/kb/a4656/error-policy-violation-emails-from-domain-to-addresses-similar-to-recipients-of-spams.aspx (Forpsi support: the same reply for mail to addresses like spam recipients, providers/forpsi.ts)",
      },
    ],
  },
  {
    // The sending domain's very low reputation: Gmail's page gives it as its own judgement
    // (google-smtp-errors.ts: bad-reputation), ImprovMX's page for its "(Code 2)" as the domain
    // being on a reputation blocklist such as the Spamhaus DBL (improvmx.ts: domain-blocklisted).
    // Without the provider, the words leave both: the receiver's own judgement first (two
    // Gmail rows to ImprovMX's one), the domain's listing next, which a blocklist lookup settles.
    id: "domain.low-reputation",
    match: ["low reputation of the sending domain"],
    causes: ["bad-reputation", "domain-blocklisted"],
    says: "the receiver blocked the message for the sending domain's low reputation, without saying whether by its own judgement or a domain blocklist",
    examples: [
      {
        text: "550 5.7.1 This message is likely suspicious due to the very low reputation of the sending domain. To best protect our users from spam, the message has been blocked.",
        source:
          "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1: Gmail's own reputation system)",
      },
      {
        text: "551 5.7.1 Due to the very low reputation of the sending domain, this message has been blocked (Code 2).",
        source:
          "lib/knowledge/providers/improvmx.ts low-domain-reputation (ImprovMX's error page: Code 2, the sending domain on a reputation blocklist such as the Spamhaus DBL)",
      },
    ],
  },
  ...PERMISSION_WORDINGS,
  ...CLIENT_WORDINGS,
  ...NOTICE_WORDINGS,
];
