// Concepts (see ./types.ts): The sending server's standing: its reverse DNS, blocklists of addresses or domains, reputation and the spam or abuse seen from it.
import type { Concept } from "./types";
import { HARAKA, HMAILSERVER, IREDAPD, MAGMA } from "./shared";

export const SENDING_HOST_CONCEPTS: readonly Concept[] = [
  {
    // A receiver that takes no mail over IPv6 at all: Exchange Online's 5.7.510 for a recipient
    // domain that has not opted in ("Access denied, [contoso.com] does not accept email over
    // IPv6") and Spectrum's AUP#I-1260 ("Spectrum doesn't process IPV6 addresses. Connect with an
    // IPv4 address and try again."): the receiver's rule for the connection, which the sender
    // meets by sending over IPv4. Not the IPv6 requirements that name what the sender lacks
    // (Gmail's PTR and authentication guidelines, Exchange Online's 5.7.25 reverse DNS and
    // 4.7.26 SPF or DKIM, 5.7.508 limits): their own words decide those.
    id: "concept.ipv6-not-accepted",
    cause: "sender-policy",
    says: "the receiving side does not accept mail sent over IPv6",
    subject: ["ipv6"],
    failure: [
      "does not accept",
      "doesn't accept",
      "do not accept",
      "doesn't process",
      "does not process",
    ],
    unless: ["ptr", "reverse dns", "spf", "dkim", "authentication", "limit"],
    examples: [
      {
        text: "5.7.510 Access denied, [contoso.com] does not accept email over IPv6",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online, 5.7.510)",
      },
      {
        text: "554 Spectrum doesn't process IPV6 addresses. Connect with an IPv4 address and try again. AUP#I-1260",
        source:
          "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes (Understanding email error codes, Spectrum Business)",
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
      // A PTR name that looks like an access line's, not a mail server's: AOL's "The reverse DNS
      // of your IP Address is typical of a dynamic IP Address", Mail.ru's "hosts with dynamic IP
      // or generic DNS PTR-records. Please get a custom reverse DNS name". The fix is the PTR
      // name (a static-style one), whatever list the IP may also be on.
      "dynamic",
      "generic",
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
        text: "554 RTR:RD The reverse DNS of your IP Address is typical of a dynamic IP Address",
        source:
          "http://postmaster.aol.com/Postmaster.Errors.php (AOL SMTP Error Messages (AOL Postmaster), as reproduced at http://community.hostcheetah.com/topic/267/aol-postmaster/)",
      },
      {
        text: "550 Sorry, we do not accept mail from hosts with dynamic IP or generic DNS PTR-records. Please get a custom reverse DNS name from your ISP for your host 46.8.13.30 or contact abuse@corp.mail.ru in case of error",
        source:
          "https://pastebin.com/W1K7kf3m (Postfix log of a refusal by mxs.mail.ru (pastebin))",
      },
      {
        text: "550 no FCrDNS is so 80s",
        source:
          "https://man.openbsd.org/smtpd.conf.5 (the filter example: match !fcrdns disconnect)",
      },
    ],
  },
  {
    // A receiver that states its requirement of a PTR name for the connecting IP, in the bare
    // word "PTR" that concept.ptr-missing's subjects leave out: Studiocoast's "This server
    // requires PTR for unauthenticated connections" (its page: the sending IP needs a reverse
    // DNS record, or the client must log in), TOAST.net's and Harbour City Security's
    // "Connecting IP must have valid PTR record". Only with a requirement's words: "PTR" alone
    // is also an SPF mechanism's name.
    id: "concept.ptr-required",
    cause: "reverse-dns",
    says: "the receiving server requires a reverse DNS (PTR) name for the sending IP address, which it did not find",
    subject: ["ptr"],
    failure: ["requires", "must have", "is required"],
    unless: ["spf"],
    examples: [
      {
        text: "This server requires PTR for unauthenticated connections",
        source:
          "https://www.studiocoast.com.au/knowledgebase/194/email/support.aspx (Error: This server requires PTR for unauthenticated connections, Studiocoast knowledge base)",
      },
      {
        text: "Connecting IP must have valid PTR record",
        source:
          "http://support.toast.net/KB/a75/ptr-due-to-mis-configured-dns-settings.aspx (PTR - Due to Mis-configured DNS Settings, TOAST.net support)",
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
    // The sending domain's low reputation is Gmail's own judgement and, in ImprovMX's words, a
    // listing on a domain blocklist: alone, the words leave both (possibility-wordings.ts
    // domain.low-reputation).
    unless: ["reputation of the sending domain"],
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
      // Outlook.com's S3150: "part of their network is on our block list".
      "their network",
    ],
    failure: [
      // The receiving side's own list named as a place the address was found: MessageLabs
      // "your IP has been found on a block list", Outlook.com "is on our block list" (examples).
      "on a block list",
      "on our block list",
      "is blacklisted",
      "is blocklisted",
      "is locally blacklisted",
      "is blocked",
      "is banned",
      // OpenBSD spamd and greyd give each list they import a message of its own, the client's
      // address and the list's name: "Your address %A is in the nixspam list"; a list of a
      // country's networks says where the address is: "Your address %A appears to be from China".
      "is in the",
      "appears to be from",
    ],
    // A domain list (the host's name or a link, Spamhaus DBL) is domain-blocklisted. A list
    // that lets the host in is no refusal ("your IP is not in the allow list").
    unless: [
      "dbl",
      "uribl",
      "surbl",
      "domain",
      "host name",
      "hostname",
      "allow list",
      "allowlist",
      "whitelist",
      "white list",
      "not in the",
    ],
    examples: [
      {
        text: "554 5.7.1 Your host is blacklisted here",
        source:
          "lib/knowledge/lab/fixtures/opensmtpd-filters/host-blacklisted.txt (OpenSMTPD 6.8, filter phase connect match src <badhosts> disconnect '554 5.7.1 Your host is blacklisted here')",
      },
      {
        text: "450 Your address 198.51.100.7 is in the nixspam list",
        source:
          "https://github.com/mikey-austin/greyd/blob/f04f414fb1d7a17d01e57310b31c5c73de2c9fe3/etc/greyd.conf.in#L247 (greyd's sample blacklist nixspam, message 'Your address %A is in the nixspam list', sent with its error_code 450)",
      },
      {
        text: "450 SPAM. Your address 198.51.100.7 appears to be from China",
        source:
          "https://github.com/openbsd/src/blob/0eefc212f7dd3827fd072cbda30bcbd26ef79d2d/etc/mail/spamd.conf#L48 (OpenBSD spamd.conf, the sample list china: the networks okean.com lists for China)",
      },
      {
        text: "5.7.1 Recipient not authorized, your IP has been found on a block list",
        source:
          "https://knowledge.broadcom.com/external/article/169925/common-external-spam-filtering-error-cod.html (Common external spam filtering error codes, Broadcom/MessageLabs)",
      },
      {
        text: "550 5.7.1 Unfortunately, messages from [IP.IP.IP.IP] weren't sent. Please contact your Internet service provider since part of their network is on our block list (S3150). You can also refer your provider to http://mail.live.com/mail/troubleshooting.aspx#errors.",
        source:
          "https://github.com/simple-login/app/issues/1875 (Outlook.com's S3150 refusal quoted in a self-hosted sender's report; providers/microsoft.ts)",
      },
      {
        text: "550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
        source:
          "lib/knowledge/lab/fixtures/exim-debian/host-blacklist.txt (Debian exim4-config 4.96, 30_exim4-config_check_rcpt, CONFDIR/local_host_blacklist)",
      },
    ],
  },
  {
    // Spam traps: addresses that never asked for mail, kept by a site or a list to catch senders
    // who mail them. A host that mailed one is listed (greyd's and OpenBSD spamd's greytrap
    // list, PSBL's "an IP is listed when it sends to a spam trap", providers/psbl.ts): a list of
    // sending addresses, ip-blocklisted.
    id: "concept.sent-to-spam-traps",
    cause: "ip-blocklisted",
    says: "the sending address has mailed spam traps and is listed for it",
    subject: ["spamtrap", "spamtraps", "spam trap", "spam traps", "greytrap", "greytraps"],
    failure: ["mailed to", "sent mail to", "sent to", "hit", "has mailed"],
    // A domain or link list is another reading; a message sent to the site's own trap address is
    // refused as spam (Courier's "550 Spam refused.", source-replies/courier.ts) without these words.
    unless: ["dbl", "uribl", "surbl", "domain"],
    examples: [
      {
        text: "450 Your address 198.51.100.7 has mailed to spamtraps here",
        source:
          "https://github.com/mikey-austin/greyd/blob/f04f414fb1d7a17d01e57310b31c5c73de2c9fe3/etc/greyd.conf.in#L194 (greyd's traplist_message for hosts it greytrapped, sent with its error_code 450)",
      },
      {
        text: "450 Your address 198.51.100.7 has sent mail to a ualberta.ca spamtrap within the last 24 hours",
        source:
          "https://github.com/mikey-austin/greyd/blob/f04f414fb1d7a17d01e57310b31c5c73de2c9fe3/etc/greyd.conf.in#L240 (greyd's sample blacklist uatraps, its message)",
      },
    ],
  },
  {
    // A host "listed" as a source of spam: a list's finding about the sending address, not the
    // receiver's own judgement of its behaviour (concept.spam-behaviour, which "source of spam"
    // alone reads). OpenBSD spamd's reply for a list with no message of its own.
    id: "concept.listed-as-spam-source",
    cause: "ip-blocklisted",
    says: "the sending address is listed as a source of spam",
    subject: ["spam source", "source of spam", "spam sources", "sources of spam"],
    failure: ["listed by", "listed as", "listed in", "listed on", "registries"],
    unless: ["dbl", "uribl", "surbl", "domain", "url"],
    examples: [
      {
        text: "450-Sorry 198.51.100.7 450-You are trying to send mail from an address listed by one 450 or more IP-based registries as being a SPAM source.",
        source:
          "https://github.com/openbsd/src/blob/00ddf0caf931d29b6abed6a5062a72ef40e0e33c/libexec/spamd/spamd.c (OpenBSD spamd, build_reply(): the reply to a blacklisted client whose list has no message of its own, its three lines joined as a Postfix bounce quotes them)",
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
    // A domain list (Spamhaus DBL, URIBL, SURBL) or a listed link names a domain, not the
    // sending host: "Sender domain failed a DBL test" is the sender's domain on a list.
    id: "concept.domain-list-hit",
    cause: "domain-blocklisted",
    says: "a domain in the message (the sender's or a link's) is on a domain blocklist",
    subject: ["dbl", "uribl", "surbl", "url is listed", "uri is listed", "urls are listed"],
    // Postfix's RHSBL replies: "Sender address [...] blocked using dbl.example.org".
    failure: ["fail", "listed", "blacklist", "blocklist", "blocked"],
    examples: [
      {
        text: "554 5.7.1 Service unavailable; Sender address [bounce@example.net] blocked using dbl.example.org",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L3596 (postfix, rbl_reject_reply)",
      },
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
    // The sender's own domain (its envelope address, or the name it gave in HELO) found on a
    // list, whichever list it is: the listed thing is a domain, not the sending IP. Postfix
    // names what it looked up before "blocked using" (reject_rhsbl_sender, reject_rhsbl_helo);
    // Outlook.com names the MAIL FROM domain. A DNS list's "blocked using" alone (Postfix's
    // "Client host [...] blocked using") stays the IP's.
    id: "concept.sender-domain-on-list",
    cause: "domain-blocklisted",
    says: "the sender's domain (of its address or of its HELO name) is on a domain blocklist",
    subject: [
      "sender address",
      "helo command",
      "mailfrom domain",
      "mail from domain",
      "sender domain",
      "sending domain",
    ],
    failure: ["blocked using", "is listed in", "is listed on"],
    // A list that lets mail through ("is not listed in the whitelist") lists nothing bad.
    unless: ["not listed", "whitelist", "allowlist", "allow list"],
    examples: [
      {
        text: "554 5.7.1 Service unavailable; Sender address [bounce@example.net] blocked using dbl.example.org",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L3596 (postfix, rbl_reject_reply for reject_rhsbl_sender)",
      },
      {
        text: "554 5.7.1 Service unavailable; Helo command [mail.example.net] blocked using dbl.example.org",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L3596 (postfix, rbl_reject_reply for reject_rhsbl_helo)",
      },
      {
        text: "550 5.7.1 Service unavailable, MailFrom domain is listed in Spamhaus. To request removal from this list see https://www.spamhaus.org/query",
        source:
          "https://www.e-com-net.com/article/1935771633256034304.htm (邮件反弹(退信):发信域被Spamhaus列入黑名单,直接导致退信: a Postfix bounce quoting Outlook.com's hotmail-com.olc.protection.outlook.com)",
      },
    ],
  },
  {
    // A public list named by its kind rather than its operator: "found in a DNS blacklist
    // database", "list on rbl sites". Domain lists are domain-blocklisted (concept.domain-list-hit).
    id: "concept.dns-blocklist-hit",
    cause: "ip-blocklisted",
    says: "a DNS blocklist of sending addresses lists the sending server",
    // "rbls": Cloudflare's "found on one or more RBLs". A refusal that names an RBL as what it
    // matched or why it rejected is a listing too: GoDaddy's "554 RBL Reject.", Trend Micro's
    // "for RBL+ matches (ERS)", MailChannels' "[RBL] Sender blocked" (its page: the IP or the
    // domain is on a global blocklist, hence the unless on "domain").
    subject: ["rbl", "rbls", "dns blacklist", "dns blocklist", "dnsbl"],
    failure: [
      "found in",
      "found on",
      "list on",
      "listed",
      "black listed",
      "reject",
      "matches",
      "blocked",
      // MisterDomain's "found in a DNS blacklist database and was therefore refused", ProLinux's
      // "Sender refused by the DNSBL spammers.v6net.org" (its page on its server's bounces).
      "refused",
    ],
    unless: ["dbl", "uribl", "surbl", "domain", "url"],
    examples: [
      {
        text: "554 <YOUR_IP_ADDRESS> found on one or more RBLs (abusixip). Refer to https://developers.cloudflare.com/email-service/reference/postmaster/#realtime-block-lists",
        source:
          "https://developers.cloudflare.com/email-service/reference/postmaster/ (Postmaster (Cloudflare Email Service))",
      },
      {
        text: "554 RBL Reject.",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (Fix rejected email with a bounce error (GoDaddy Help))",
      },
      {
        text: "550 Permanent denial of connection (550) for RBL+ matches (ERS)",
        source:
          "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (SMTP error codes (Deep Discovery Email Inspector 5.1 online help))",
      },
      {
        text: "The IP Address of the sender (192.0.2.1) was found in a DNS blacklist database and was therefore refused",
        source:
          "https://help.misterdomain.eu/faq/havent-received-email (MisterDomain FAQ: they sent me an email, but I have not received it)",
      },
      {
        text: "Sender refused by the DNSBL spammers.v6net.org",
        source:
          "https://pl.com.uy/?P=ne&S=do&pg=nedoerrorescorreo (Cómo interpretar los rebotes del servidor ProLinux E-Mail Server)",
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
    // "Listed by one or more IP-based registries as being a SPAM source" (OpenBSD spamd) is a
    // list's finding (concept.listed-as-spam-source).
    unless: ["spamhaus", "spamcop", "dnsbl", "rbl", "blacklist", "blocklist", "listed by"],
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
    // Abuse seen from the sender, named as the reason for a block or a suspension: a postmaster
    // reads "blocked for abuse" as the receiver's own verdict on how the sender behaved (its
    // history with that receiver, bad-reputation), not on this message and not a public list.
    id: "concept.blocked-for-abuse",
    cause: "bad-reputation",
    says: "the receiver blocked or suspended the sender because of abuse it saw from it",
    subject: ["abuse"],
    failure: ["blocked", "block", "suspended", "banned", "detected"],
    // The abuse desk named as a contact ("contact abuse@...", "report abuse"), a list's finding
    // (concept.listed-as-spam-source, ip-blocklisted), and an account locked for abuse of the
    // receiver's own rules (magma's "LOCKED FOR ABUSE POLICY VIOLATIONS": mailbox-disabled).
    // A warning of a block to come ("If you abuse it, we will block your IP": Spamhaus on
    // queries, concept.blocklist-query-refused) is no block.
    // The recipient's own account suspended for abuse (Titan's "Recipient address rejected:
    // Incoming suspended due to abuse", mailbox-disabled) is no verdict on the sender.
    unless: [
      "recipient",
      "incoming",
      "if you abuse",
      "abuse@",
      "contact abuse",
      "report abuse",
      "abuse department",
      "abuse desk",
      "abuse team",
      "abuse policy",
      "spamhaus",
      "spamcop",
      "dnsbl",
      "rbl",
      "blacklist",
      "blocklist",
      "listed",
    ],
    examples: [
      {
        text: "550 Error. Blocked for abuse",
        source:
          "http://www.att.net/general-info/mail_info/block_enduser.html (AT&T Worldnet: Individual Users (NDR 450 / 550 errors))",
      },
      {
        text: "5.7.501 Access denied, spam abuse detected",
        source:
          "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online (Email non-delivery reports in Exchange Online)",
      },
      {
        text: "Email relay denied ip-address. The sending email account has been temporarily suspended due to abuse. For more information, go to SMTP relay spam policy in Gmail.",
        source: "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.0)",
      },
    ],
  },
  {
    // A quantity of spam seen from the sender, given as the reason for a refusal: "too much"
    // or "too many" is a count over past mail, so a verdict on the sender's standing
    // (bad-reputation), not on this message's content.
    id: "concept.too-much-spam-seen",
    cause: "bad-reputation",
    says: "the receiver refused the sender because it has seen too much spam from it",
    subject: ["too much spam", "too many spam"],
    failure: ["refused", "rejected", "throttled", "blocked", "from your", "lately"],
    // A list's finding (ip-blocklisted), and a count inside this message ("too many spam
    // words", a filter's score of its content: content-spam).
    unless: [
      "spamhaus",
      "spamcop",
      "dnsbl",
      "blocklist",
      "blacklist",
      "listed",
      "spam words",
      "spam keywords",
      "in the message",
      "in this message",
    ],
    examples: [
      {
        text: "451 4.3.0 <servername[xx.xx.xx.xx]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
        source:
          "https://docs.rackspace.com/docs/common-email-bounces (Common email bounce messages (Rackspace Technology documentation))",
      },
      {
        text: "521 5.2.1 : (CON:B1) http://postmaster.info.aol.com/errors/554conb1.html AOL’s mail server rejected the connection because it’s seen just a bit too much spam lately from your mail server.",
        source:
          "http://www.mailchannels.com/2012/09/why-did-i-get-521-5-2-1-conb1-httppostmaster-info-aol-comerrors554conb1-html/ (Why did I get 521 5.2.1 : (CON:B1)? (MailChannels), AOL's reply quoted)",
      },
    ],
  },
  {
    // Complaints from the receiver's own users about mail from the sending IP: the large
    // mailbox providers block or defer a sender whose complaints pass their threshold, whatever
    // their wording (Yahoo's TSS04 deferral, AOL's RLY:B1 dynamic block, Outlook.com's SC-004
    // block). The complaints are the reason; the sender's standing with that receiver is what
    // must mend (bad-reputation), not a public list.
    id: "concept.complaints-over-threshold",
    cause: "bad-reputation",
    says: "the receiver blocks or defers the sending IP because its users complained about mail from it",
    // "complaints" as a whole word (the plural: the count of them), not a single "spam
    // complaint", which a sending service's suppression list names (concept.suppression-list).
    subject: ["complaints"],
    // Said of the sending address or of a limit passed: a block, a deferral, a threshold.
    failure: ["deferred", "threshold", "block", "ip address", "from that ip", "from your ip"],
    // A domain the complaints are about is a domain reading (AOL's HVU:B1 "at least one domain
    // in your email that is generating substantial complaints", domain-blocklisted); a sending
    // service's list of addresses that complained is a suppression, not a refusal.
    unless: ["domain in your", "suppress", "inactive", "unsubscri", "hard bounce"],
    examples: [
      {
        text: "smtp;421 4.7.0 [TSS04] Messages from 0.0.0.0 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/67831a2e3a81cfacd8038a00cb389714a62e9342/data/codes/421.json (SMTP Field Manual, Yahoo's TSS04: 'your emails are generating an excessive amount of complaints from Yahoo users')",
      },
      {
        text: "554 RLY:B1 http://postmaster.info.aol.com/errors/554rlyb1.html This error message is a dynamic block on our system. Dynamic blocks are placed on an IP address when AOL member complaints go over our set threshold.",
        source:
          "http://postmaster.info.aol.com/errors/554rlyb1.html (Error 554 RLY:B1 (AOL Postmaster.Info))",
      },
      {
        text: "550 SC-004 Mail rejected by Outlook.com for policy reasons. A block has been placed against your IP address because we have received complaints concerning mail coming from that IP address.",
        source:
          "https://sendersupport.olc.protection.outlook.com/pm/troubleshooting.aspx (Outlook.com Postmaster: Troubleshooting, SC-004)",
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
      // Plesk's own refusal: "550 mail not accepted from blacklisted IP address [203.0.113.2]".
      "blacklisted ip address",
      "ip address is",
    ],
    failure: [
      "banned",
      "not accepted from",
      "block listed",
      "being blacklisted",
      "failed an rbl",
      "blocked, see",
      // The site's own list of addresses: greyd's documented example list "Your IP address %A
      // has been blocked by our blacklist".
      "by our blacklist",
      "by our blocklist",
      "on our blacklist",
      "on our blocklist",
    ],
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
        text: "550 mail not accepted from blacklisted IP address [203.0.113.2]",
        source:
          "https://support.plesk.com/hc/en-us/articles/12377216408855-An-IP-address-of-a-Plesk-mail-server-got-blacklisted-How-to-troubleshoot (Plesk KB: An IP address of a Plesk mail server got blacklisted)",
      },
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
        text: "450 Your IP address 198.51.100.7 has been blocked by our blacklist",
        source:
          "https://github.com/mikey-austin/greyd/blob/f04f414fb1d7a17d01e57310b31c5c73de2c9fe3/doc/greyd.8.md#L209 (greyd(8), configuration connections: a blacklist's message, as the manual's example gives it)",
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
    // A reputation list or service of sending hosts that blocked the sender, named as such: a
    // blocklist of IP addresses by another name. Dominio Absoluto's "553 Blocked by antispam
    // reputation list: Listed <IP>" (its page: public and private lists of IPs that sent spam or
    // malware; the sender's postmaster asks for removal) and Trend Micro's "Your email messages
    // have been blocked by Trend Micro Email Reputation Service." (ERS, its DNS-based list of
    // sending IPs), as "blocked using Barracuda Reputation" is (concept.blocked-using-named-list).
    // A reputation the words call poor or low is the receiver's own judgement
    // (concept.low-reputation), and a list of domains is a domain list.
    id: "concept.reputation-list-hit",
    cause: "ip-blocklisted",
    says: "a reputation list (or reputation service) of sending hosts blocked the sending server",
    subject: ["reputation list", "reputation service", "reputation services"],
    failure: ["blocked", "listed"],
    unless: ["poor", "low", "bad", "negative", "domain", "dbl", "uribl", "surbl"],
    examples: [
      {
        text: "553 Blocked by antispam reputation list: Listed XXX.XXX.XXX.XXX",
        source:
          "http://postmaster.dominioabsoluto.com/checks.html (Checks done by the incoming mail servers of DominioAbsoluto: its public and private lists of IPs)",
      },
      {
        text: "Your email messages have been blocked by Trend Micro Email Reputation Service.",
        source:
          "https://success.trendmicro.com/solution/1056643-valid-emails-are-blocked-by-the-email-reputation-feature-of-worry-free-business-security-wfbs (Valid emails are blocked by the Email Reputation feature of Worry-Free Business Security, Trend Micro)",
      },
    ],
  },
  {
    id: "concept.residential-space",
    cause: "ip-blocklisted",
    says: "the sending address is in a dynamic or residential range the receiver refuses",
    // The same ranges by their other names: T-Online's "Dialup/transient IP not allowed" (its
    // DIAL refusal of an address its list marks as dial-up).
    subject: ["residential space", "dynamic/residential", "dialup", "dial-up", "transient ip"],
    failure: ["attempted from", "from", "not allowed"],
    examples: [
      {
        text: "ES000010 This error results when mail delivery is attempted from external dynamic/residential space.",
        source:
          "http://postmaster.comcast.net/mail-error-codes.html (Mail to Comcast is rejected and is returned with an error message (Comcast Postmaster))",
      },
      {
        text: "554 IP=http://95.216.152.144/ - Dialup/transient IP not allowed. Use a\nmailgateway or contact toda@rx.t-online.de if obsolete. (DIAL)",
        source:
          "https://github.com/chatmail/provider-db/issues/280 (telekom.de / t-com : All small servers are blocked. (chatmail/provider-db #280): the refusal quoted)",
      },
    ],
  },
  {
    // A list of compromised ("zombie") hosts, the bots that send spam for others, names the
    // sending address: Trend Micro's Email Reputation Services defer a client it lists so, and
    // EarthLink refuses dynamic, zombied and spamming addresses with one reply. A list of
    // sending addresses, whoever keeps it (SORBS kept one as zombie.dnsbl.sorbs.net): not the
    // receiver's own reputation score.
    id: "concept.zombie-host-listed",
    cause: "ip-blocklisted",
    says: "the sending address is on a list of compromised (zombie) hosts that send spam",
    subject: ["zombie", "zombied"],
    // ERS names the list's hit ("Zombie matches"); EarthLink blocks the addresses.
    failure: ["matches", "match", "blocked", "listed", "rejected", "refused"],
    examples: [
      {
        text: "450 Temporary denial of connection (450) for Zombie matches (ERS)",
        source:
          "https://docs.trendmicro.com/en-us/documentation/article/deep-discovery-email-inspector-51-online-help-smtp-error-codes (Trend Micro Deep Discovery Email Inspector 5.1, SMTP error codes: Email Reputation Services, 450; providers/trend-micro.ts)",
      },
      {
        text: "PERM_FAILURE: SMTP Error (state 8): 550 550 Dynamic/zombied/spam IPs blocked. Write [email protected]",
        source:
          "https://www.rackaid.com/blog/how-to-remove-your-email-server-ip-from-earthlinks-blacklist/ (How to Remove your Email Server IP from Earthlink's Blacklist (rackAID): EarthLink's reply as a Gmail relay reported it)",
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
    // "Listed by" as Texas Tech's TechMail refusal and Amazon SES's FAQ word it.
    failure: ["listed on", "listed in", "listed by", "found in"],
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
      {
        text: "550 550 5.7.1 Email rejected because the IP address X.X.X.X has been listed by an Internet spam block list [1].",
        source:
          "https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029071 (Texas Tech AskIT KB0029071: email rejected because the IP address has been listed by an Internet spam block list; providers/texas-tech.ts)",
      },
      {
        text: "An email provider is rejecting my email because the sending IP address is listed by a blacklist other than Spamhaus.",
        source:
          "https://docs.aws.amazon.com/ses/latest/dg/faqs-dnsbls.html (Amazon SES Developer Guide, Amazon SES and blocklists FAQ, Q5)",
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
    id: "concept.client-name-forged",
    cause: "reverse-dns",
    says: "the sending IP address's reverse name does not resolve back to it",
    // Veraciti's "501 5.7.1 <...>...Sender IP must resolve" (its reverse DNS page: without a
    // PTR record for the sending IP, or with one that does not match, the mail is refused)
    // says sendmail's require_rdns check in its own words.
    subject: ["client ip address", "forged hostname", "sender ip"],
    failure: ["does not resolve", "possibly forged", "must resolve"],
    // A domain that must resolve is the sender's domain (sender-address-invalid), not the IP.
    unless: ["domain", "mx"],
    examples: [
      {
        text: "451 4.1.8 Client IP address 192.0.2.1 does not resolve",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L1859 (sendmail, Basic_check_relay (FEATURE(require_rdns)))",
      },
      {
        text: "451 4.1.8 Possibly forged hostname for 192.0.2.1",
        source:
          "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4#L1860 (sendmail, Basic_check_relay (FEATURE(require_rdns)))",
      },
      {
        text: "501 5.7.1 <sender's email address>...Sender IP must resolve",
        source:
          "http://www.veraciti.com/Customer-Support/reverse-dns.html (Reverse DNS, Veraciti customer support: no PTR record for the sending IP, or one that does not match, and the mail is refused)",
      },
    ],
  },
  {
    // "The IP is in <a list>": the sending address named as a member of a list the receiver
    // checks, in the words of several writers that do not say "listed" or "blocked by" (which
    // concept.named-ip-blocklist and concept.listed-on-blocklist read). Yahoo names Spamhaus's
    // list, Symantec's MessageLabs the Spamhaus PBL, Cox two DNSBLs by name, a NiX Spam refusal
    // "a black list" at its zone.
    id: "concept.ip-in-a-list",
    cause: "ip-blocklisted",
    says: "the reply says the sending IP address is on a blocklist",
    subject: [
      "ip is in",
      "ip address is in",
      "is in a black list",
      "is in a blacklist",
      "is in a blocklist",
      "is in a block list",
    ],
    failure: ["list", "dnsbl", "pbl"],
    // A list that lets the sender through, a range or a record (SPF's) that is no blocklist, and
    // a domain or link on a list (domain-blocklisted).
    unless: [
      "allow",
      "white",
      "safe",
      "permit",
      "spf",
      "range",
      "domain",
      "url",
      "dbl",
      "uribl",
      "surbl",
    ],
    examples: [
      {
        text: "host xx.yahoodns.net [x.xx.xx.xx] SMTP error from remote mail server after MAIL FROM:<user@example.com> SIZE=2022: 553 5.7.1 [BL21] Connections will not be accepted from x.xx.xx.xx, because the ip is in Spamhaus's list; see http://postmaster.yahoo.com/550-bl23.html",
        source:
          "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/553.json (SMTP Field Manual: a Yahoo refusal, BL21)",
      },
      {
        text: "553-mail rejected because your IP is in the PBL. See http://www.spamhaus.org/pbl",
        source:
          "https://knowledge.broadcom.com/external/article/165165 (Broadcom KB 165165, Email Security.cloud (MessageLabs): the refusal quoted)",
      },
      {
        text: "IPBL0011 The sending IP is in the Spamhaus Zen and Return Path DNSBLs",
        source:
          "http://postmaster.cox.net/confluence/display/postmaster/Error+Codes (Cox Postmaster: Error Codes, IPBL0011)",
      },
      {
        text: "Server response: 550 550 rejected because 198.61.254.12 is in a black list at ix.dnsbl.manitu.net Your e-mail service was detected by spam.over.port25.me (NiX Spam) as spamming at Mon, 27 Mar 2017 14:52:05 +0200. Your admin should visit http://www.dnsbl.manitu.net/lookup.php?value=198.61.254.12",
        source:
          "https://github.com/mitodl/micromasters/issues/2958 (mitodl/micromasters #2958: a NiX Spam refusal quoted)",
      },
    ],
  },
  {
    // Sendmail's FEATURE(dnsbl) default before 8.13 (and FEATURE(rbl) before it): "550 Mail from
    // <client IP> refused by blackhole site <zone>", still met in old setups and copied into
    // others' lists of replies. The same words with the sender's domain in place of the IP are
    // FEATURE(rhsbl)'s (a domain list, domain-blocklisted), so the IP itself must follow "mail
    // from": an address begins with a digit, a domain name almost never. (Literal tokens
    // only: "mail from" and the IP's first digit.)
    id: "concept.refused-by-blackhole-site",
    cause: "ip-blocklisted",
    says: "the reply says mail from the sending IP address was refused because a blocklist (a 'blackhole site') lists it",
    subject: ["refused by blackhole site"],
    failure: [
      "mail from 0",
      "mail from 1",
      "mail from 2",
      "mail from 3",
      "mail from 4",
      "mail from 5",
      "mail from 6",
      "mail from 7",
      "mail from 8",
      "mail from 9",
    ],
    // A domain or link list named instead (FEATURE(rhsbl) with a domain that begins with a digit).
    unless: ["rhsbl", "dbl", "uribl", "surbl", "domain"],
    examples: [
      {
        text: "550 5.7.1 <bgodette@idcomm.com>... Mail from 199.183.24.194 refused by blackhole site orbz.gst-group.co.uk",
        source:
          "https://github.com/ammarfaizi2/lore-inbox (a linux-kernel list archive: vger.kernel.org's delivery report of 19 Dec 2001, the reply of brainstem.idcomm.com)",
      },
      {
        text: "550 5.7.1 Mail from 192.0.2.1 refused by blackhole site blackholes.mail-abuse.org",
        source:
          "https://github.com/freebsd/freebsd-src/commits/main/contrib/sendmail/cf/feature/dnsbl.m4 (sendmail dnsbl.m4 v8.26, 2001: _DNSBL_MSG_ by default, the client's address and the zone filled in)",
      },
    ],
  },
];
