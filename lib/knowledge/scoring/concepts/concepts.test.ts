// The concepts' data (./index.ts and the family files beside it) read through the classifier: each example alone names its
// concept's cause, and the misleading neighbours each concept's `unless` and token choices
// name do not fire it (issue 8).
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";
import { CONCEPTS } from "./index";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("concepts", () => {
  it.each(CONCEPTS.flatMap((c) => c.examples.map((e) => [c.id, c.cause, e.text] as const)))(
    "%s: its example alone reads %s: %s",
    async (_id, cause, text) => {
      expect(await causeOf(text)).toBe(cause);
    },
  );

  it("has unique ids and a source for every example", () => {
    expect(new Set(CONCEPTS.map((c) => c.id)).size).toBe(CONCEPTS.length);
    for (const c of CONCEPTS)
      for (const e of c.examples) expect(e.source.length).toBeGreaterThan(10);
  });

  it.each([
    // Delay warnings open with a window of hours and say delivery goes on.
    "Your message has not been delivered within 4 hours. We will keep trying.",
    "Warning: message not delivered within 24 hours, still trying",
  ])("reads no expired delivery in a delay warning: %s", (text) => {
    expect(ids(text)).not.toContain("concept.delivery-window-passed");
  });

  const RECIPIENT = ["concept.recipient-does-not-exist", "concept.no-such-recipient"];

  it.each([
    // The sender's address or domain (sender-address-invalid).
    "553 5.1.8 <bob@example.com>: Sender address rejected: Domain not found",
    "550 5.1.0 Sender address does not exist",
    // The recipient's domain (recipient-domain-invalid).
    "550 5.1.2 <bob@example.com>: Recipient address rejected: Domain not found",
    "550 Recipient domain does not exist",
    // An SMTP AUTH login, the sender's own account.
    "535 5.7.8 Error: authentication failed: user not found",
    // A local delivery program's operating-system error.
    "[neko] Failed to read response template /home/bob/.neko/bob@example.com: No such file or directory Final-Recipient: rfc822;|/usr/local/bin/neko bob@example.com",
    // The connecting host's address or name: a policy on the sender's host.
    "553 Your IP address does not exist in our allow list",
    "550 The PTR record for your address does not exist",
    // RFC 5321's generic 550 text names no single cause.
    "550 Requested action not taken: mailbox unavailable",
    // A hedge over an unknown user, an unknown domain and a block list (cPanel's callout text).
    "550 The mail server could not deliver mail to bob@example.com. The account or domain may not exist, they may be blacklisted, or missing the proper dns entries.",
  ])("reads no unknown recipient in: %s", (text) => {
    expect(ids(text).filter((id) => RECIPIENT.includes(id))).toEqual([]);
  });

  it.each([
    // A quota on sending is a rate limit (concept.sending-quota).
    "550 5.7.1 Daily SMTP relay sending limit exceeded for this customer.",
    "554 Throttling failure: Daily message quota exceeded.",
    "451 4.7.1 Recipient rate limit exceeded for this mailbox",
    "421 4.7.0 Mailbox has exceeded the number of concurrent connections",
    // One message's size against a limit (message-too-large).
    "552 5.3.4 Message size exceeds the maximum allowed for this mailbox",
    // "Mailbox full" is generic.ts's own wording: the concept does not count it twice.
    "552 5.2.2 Mailbox full",
  ])("reads no full mailbox in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.mailbox-full");
  });

  it.each([
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    "550 Denied due to spam list",
    // Sendmail's cf/README blocks a sender by name with these words (sender-policy).
    "550 Error: SPAM NOT ACCEPTED",
  ])("reads no spam verdict on the message in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.judged-spam");
  });

  it.each([
    // Against the recipient's remaining storage: a full mailbox.
    "552 5.2.2 Message size exceeds remaining quota",
    "552 Message size exceeds the mailbox's storage limit",
  ])("reads no message too large in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.message-too-large");
  });

  it.each([
    "501 5.1.8 sender <bob@example.com> contains a domain with no valid MX records",
    "Host or domain name not found. Name service error for name=example.com type=MX: Host not found, try again",
    "lowest numbered MX record points to local host",
  ])("reads no recipient domain without a mail host in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.no-mail-host");
  });

  it.each([
    // Sender authentication (SPF, DKIM, DMARC) the receiver demands: authentication-failure.
    "550-5.7.26 This mail is unauthenticated, which poses a security risk to the sender and Gmail users, and has been blocked. The sender must authenticate with at least one of SPF or DKIM.",
  ])("reads no SMTP login demand in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.login-required");
  });

  it.each([
    // A blocklist's words for the sending host: ip-blocklisted, not a virus in the message.
    "554 Your IP address is infected with, or NATting for a machine infected with a spambot",
  ])("reads no virus in the message in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.virus-found");
  });

  it.each([
    // A blocklist that names its own list: not a mailing list's rule.
    "550 Your IP 192.0.2.1 is banned from this list of senders (dnsbl.example.net)",
  ])("reads no mailing list refusal in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.list-posting-refused");
  });

  it.each([
    // A login refused at AUTH: the sending account, not the recipient's mailbox.
    "535 5.7.8 Error: authentication failed: account is disabled",
    // Google Workspace's relay refusal: the sending account (providers/google.ts).
    "550 5.7.0 Mail Sending denied. This error occurs if the sender account is disabled or not registered within your Google Workspace domain.",
    // A mailbox closed for a while: the receiving server's state.
    "450 4.2.0 Mailbox has been closed temporarily for maintenance, try again later",
  ])("reads no inactive recipient account in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.account-inactive");
  });

  it.each([
    // A public blocklist's listing: ip-blocklisted, not the site's own verdict.
    "554 Mail from your IP refused: listed on zen.spamhaus.org for sending spam from your network",
    // Gmail's closing sentence after a PTR reason (https://support.google.com/a/answer/3726730):
    // why the policy exists, not a verdict on this network.
    "421 4.7.23 The IP address sending this message does not have a PTR record, or the corresponding forward DNS entry does not point to the sending IP. To protect our users from spam, email sent from your IP address has been temporarily rate limited. For more information, go to Email sender guidelines.",
  ])("reads no site verdict on the sending network in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.spam-from-sender-network");
  });

  it.each([
    // A sender refused for its authentication: authentication-failure, not the site's list.
    "550 5.7.1 Mail from this sender is not accepted: SPF check failed",
  ])("reads no site rule against the sender in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.sender-refused-by-site");
  });

  it.each([
    // A HELO refusal about relaying or a listing: not an impersonating name.
    "554 5.7.1 <mail.example.net>: Helo command rejected: you are not allowed to relay",
    "554 5.7.1 Service unavailable; Helo command [mail.example.net] blocked using dbl.example.org",
  ])("reads no impersonating HELO in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.helo-impersonation");
  });

  it.each([
    // A domain list's finding about the host's name: domain-blocklisted.
    "554 Your host name mail.example.net is blacklisted at dbl.example.org",
  ])("reads no refused host address in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.host-blacklisted");
  });

  it.each([
    // Mail no longer taken from the sender, or without a condition: a refusal of the sender.
    "550 We no longer accept mail from your network",
    "550 5.7.1 This server no longer accepts mail for example.com",
    "550 5.7.26 Gmail no longer accepts messages without authentication",
    // Office 365's restricted sender: the sender's own account.
    "550 5.1.8 Access denied, bad outbound sender. This account is suspected of sending spam and it's no longer allowed to send messages outside of your organization.",
  ])("reads no retired address in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.address-retired");
  });

  it.each([
    // The sender's network or IP on the receiver's list: ip-blocklisted.
    "550 5.7.1 Unfortunately, messages from [192.0.2.1] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150).",
    "550 sender IP address 192.0.2.1 is locally blacklisted here",
    // A public list's finding about the sender's domain: domain-blocklisted.
    "554 5.7.1 Sender address rejected: sender domain is listed in dbl.spamhaus.org blacklist",
  ])("reads no sender on the site's own list in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.sender-on-site-block-list");
  });

  it.each([
    // A link in the message against a domain list: domain-blocklisted.
    "554 rejected due to spam URL in content",
    // Gmail's closing sentence after a content refusal names its policy's reason.
    "421 4.7.0 Our system has detected that this message is suspicious due to the nature of the content and/or the links within. To best protect our users from spam, the message has been blocked.",
    // Sendmail's cf/README sender block (sender-policy, generic.ts).
    "550 Spam not accepted",
  ])("reads no spam verdict on a part of the message in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.spam-in-content");
  });

  it.each([
    // Sendmail refuses relaying for the client's unresolvable PTR (generic.ts reads it).
    "451 4.7.1 Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1",
    // A relay test's finding about the sending host: a listing, not this server's refusal.
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using relays.example.org; open relay, relaying denied",
  ])("reads no refused relaying in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.relaying-refused");
  });

  it.each([
    // "locked" inside "blocked": magma's blocklist refusal names an account too.
    "550 MESSAGE BLOCKED - THE ADDRESS [192.0.2.1] HAS BEEN LISTED ON A REALTIME BLACKLIST AND THE ACCOUNT <bob@example.com> IS CONFIGURED TO REJECT MESSAGES FROM BLACKLISTED ADDRESSES",
    // The sender's own login locked (SMTP AUTH), not the recipient's account.
    "535 5.7.8 Authentication failed: account locked",
    "550 Your account has been suspended for sending spam (outbound)",
  ])("reads no closed recipient account in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.account-inactive");
  });

  it.each([
    // A limit on what the account sends (magma), not on what its mailbox stores.
    "451 OUTBOUND MAIL QUOTA EXCEEDED - THIS ACCOUNT MAY ONLY SEND 250 MESSAGES IN A TWENTY-FOUR HOUR PERIOD, PLEASE TRY AGAIN AT A LATER TIME",
    // An account locked for breaking a rule is closed, not full.
    "550 ACCOUNT LOCKED - THE ACCOUNT <bob@example.com> HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS",
  ])("reads no full mailbox in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.mailbox-full");
  });

  it("reads the reason after the verb: a recipient rejected for its quota is a full mailbox", async () => {
    // Comcast's permanent over-quota reply (SMTP Field Manual data/codes/552.json): Cox's
    // "recipient rejected" (an unknown Cox account) counts only where Cox answered.
    expect(
      await causeOf("552 5.1.1 <bob@comcast.net> recipient rejected - extended quota violation"),
    ).toBe("mailbox-full");
    expect(await causeOf("553 Relaying disallowed")).toBe("relay-denied");
  });

  it("reads an admin's paraphrases of a closed address, a blocked sender and a spam subject", async () => {
    expect(await causeOf("550 former@example.com no longer accepts mail")).toBe("mailbox-disabled");
    expect(await causeOf("550 This email address is no longer in use")).toBe("mailbox-disabled");
    expect(await causeOf("550 bulk@example.net is on our sender block list")).toBe("sender-policy");
    expect(await causeOf("550 5.7.1 Spam subject not accepted")).toBe("content-spam");
  });

  it("reads the paraphrases of the commonest causes as their causes", async () => {
    expect(await causeOf("550 No such recipient here")).toBe("recipient-unknown");
    expect(await causeOf("The recipient mailbox has exceeded its disk space limit.")).toBe(
      "mailbox-full",
    );
    expect(await causeOf("550 Probable Spam")).toBe("content-spam");
    expect(await causeOf("550 Requested action not taken: mailbox unavailable")).toBe("unknown");
  });
  it.each([
    // A DNS list's hit on the client's IP (Postfix's reject_rbl_client): the IP's listing.
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    // A list that lets mail through names nothing bad.
    "550 Sender address is not listed in the whitelist of this list",
  ])("reads no listed sender domain in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.sender-domain-on-list");
  });

  it("reads a domain list's hit on the sender's domain as a listing, not the site's own block", () => {
    const text =
      "554 5.7.1 Service unavailable; Sender address [bounce@example.net] blocked using dbl.example.org";
    expect(ids(text)).toContain("concept.sender-domain-on-list");
    expect(ids(text)).not.toContain("concept.sender-address-blocked");
  });

  it.each([
    // A recipient's address that does not parse is the conversation's fault (protocol-syntax).
    "501 5.1.3 Bad recipient address syntax",
    "501 5.1.3 Recipient address syntax error",
  ])("reads no bad sender syntax in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.sender-address-syntax");
  });
  it.each([
    // Sendmail 8.17 srvrsmtp.c, its answer to STARTTLS when its own TLS cannot start.
    "454 4.3.3 TLS currently not available",
    // RFC 3207 section 4: the server's TLS is down for now.
    "454 TLS not available due to temporary reason",
  ])("reads a server whose own TLS is down as no TLS requirement: %s", (text) => {
    expect(ids(text)).not.toContain("concept.tls-required");
  });
  it("reads a count of messages kept in a mailbox as no sending limit", () => {
    expect(
      ids("The number of messages in recipient's mailbox exceeded the local limit."),
    ).not.toContain("concept.count-limit-passed");
  });
  it("reads a malformed DNS answer about the HELO name as no malformed HELO name", () => {
    // Postfix's resolver error under reject_unknown_helo_hostname (dns_lookup.c).
    expect(
      ids("450 4.7.1 <mail.example.net>: Helo command rejected: Malformed DNS server reply"),
    ).not.toContain("concept.helo-malformed");
    expect(ids("501 5.5.2 <mail_example>: Helo command rejected: Invalid name")).toContain(
      "concept.helo-malformed",
    );
  });
  it("reads a volume of complaints as no excessive volume of mail", () => {
    expect(ids("550 Excessive volume of spam complaints from your IP")).not.toContain(
      "concept.excessive-volume",
    );
  });
  it.each([
    // Too many bad recipients (Sendmail), a listing, a full mailbox and a spam history.
    "421 4.7.0 mx.example.com Too many bad recipients; closing connection",
    "550 5.7.1 <bob@example.com>: Recipient address rejected: Your MTA is listed in too many DNSBLs",
    "552 The mailbox has too many messages stored",
    "554 You have been blocked for attempting to send too many messages containing content judged to be spam",
  ])("reads no plain sending count in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.sent-too-many");
  });
  it.each([
    // A spam verdict and a receiving workspace's credits are no sending service's own limits.
    ["550 Message suppressed as spam", "concept.suppression-list"],
    ["452 Insufficient credits to receive inbound email", "concept.sending-credits-used-up"],
    ["451 4.3.0 [internal] Sending IP temporarily suspended", "concept.sending-paused"],
    ["Exceed Sending Limit (sandbox)", "concept.test-sending-restricted"],
  ])("reads no sending service's own refusal in: %s", (text, id) => {
    expect(ids(text)).not.toContain(id);
  });
  it.each([
    // Complaints about a domain in the message (AOL's HVU:B1) are a domain reading, and a
    // sending service's list of addresses that complained is a suppression.
    "554 HVU:B1 There is at least one domain in your email that is generating substantial complaints from AOL members.",
    "Recipient suppressed: the address generated complaints and was added to your suppression list",
  ])("reads no complaints against the sending IP in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.complaints-over-threshold");
  });
  it.each([
    // The abuse desk named as a contact, a list's finding, an account locked by the receiver's rules.
    "554 5.7.1 Your IP is blocked. Please contact abuse@example.com",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org; abuse detected",
    "550 ACCOUNT LOCKED - THE ACCOUNT <bob@example.com> HAS BEEN LOCKED FOR ABUSE POLICY VIOLATIONS",
    // The recipient's own account suspended (mailbox-disabled).
    "550 5.2.1 <bob@example.com>: Recipient address rejected: account suspended due to abuse",
  ])("reads no block for abuse where abuse is a contact, a list or a policy: %s", (text) => {
    expect(ids(text)).not.toContain("concept.blocked-for-abuse");
  });

  it.each([
    "550 5.7.1 Message rejected: too many spam words in this message",
    "554 5.7.1 Client host [192.0.2.1] rejected: too much spam, listed at zen.spamhaus.org",
  ])(
    "reads no spam seen from the sender in a count of this message's words or a list: %s",
    (text) => {
      expect(ids(text)).not.toContain("concept.too-much-spam-seen");
    },
  );

  it("reads too many spam messages from the sender as its standing (SFR's own words)", () => {
    expect(ids("450 4.7.1 Service refused due to bad behavior - Too many spam messages")).toContain(
      "concept.too-much-spam-seen",
    );
  });

  it("reads complaints that passed a receiver's threshold as the sender's reputation", async () => {
    // A paraphrase of the providers' wordings: the complaints and what they did to the IP.
    expect(await causeOf("421 Mail from 192.0.2.1 deferred: too many user complaints")).toBe(
      "bad-reputation",
    );
  });
  it("reads a HELO name that does not exist as the name's DNS, not an unknown recipient", async () => {
    // Courier's submit ("HELO %s does not exist.") and qpsmtpd's helo plugin word it so.
    expect(await causeOf("517 HELO mail.example.net does not exist.")).toBe("reverse-dns");
    expect(ids("550 HELO hostname does not exist")).toContain("concept.helo-no-dns");
    expect(ids("550 HELO hostname does not exist")).not.toContain(
      "concept.recipient-does-not-exist",
    );
  });
  it.each([
    "550 Recipient unknown",
    "550 Mailbox unknown",
    "550 unknown mailbox",
    "550 recipient e-mail adress unknown",
    "550 5.1.1 Destination address is unknown (user does not exist)",
  ])("reads the recipient said unknown in any word order: %s", async (text) => {
    expect(ids(text)).toContain("concept.recipient-said-unknown");
    expect(await causeOf(text)).toBe("recipient-unknown");
  });
  it.each([
    // The domain, the sender, an error the server does not name, a count of unknown
    // recipients (a reputation or rate reading), and a test address's local part beside
    // another recipient's full mailbox.
    "550 5.1.2 Recipient address rejected: Domain unknown",
    "550 5.1.7 Sender unknown, recipient rejected",
    "451 4.3.0 Recipient verification failed: unknown error",
    "451 VS1-IP Excessive unknown recipients - possible Open Relay",
    "550 5.2.2 <mailboxfull@example.jp>... Mailbox Full userunknown@example.jp: 550 5.1.1 <userunknown@example.jp>... User unknown",
  ])("reads no recipient said unknown in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.recipient-said-unknown");
  });
  it("reads a blocklist that refused the receiver's own query as the receiver's fault", async () => {
    // A Postfix DNSBL refusal quoting a list's refusal of the query (paraphrased), not a listing.
    const text =
      "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.example.org; too many queries from your name server";
    expect(ids(text)).toContain("concept.blocklist-query-refused");
    expect(await causeOf(text)).toBe("remote-server-error");
  });
  it.each([
    // Exchange's recipient resolver (RESOLVER.RST.*) and a lookup link's query string are no
    // blocklist query; a plain listing stays the sending IP's.
    "550 5.2.3 RESOLVER.RST.RecipSizeLimit; message too large for this recipient",
    "550 5.7.1 Connection refused - 192.0.2.1 - https://check.spamhaus.org/results?query=192.0.2.1",
    "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using zen.spamhaus.org",
    // An out-of-office note: "limited" is no limit, and a person's query no DNS query.
    "I have limited access to my email this week. For an urgent query please call the office.",
  ])("reads no refused blocklist query in: %s", (text) => {
    expect(ids(text)).not.toContain("concept.blocklist-query-refused");
  });
});
