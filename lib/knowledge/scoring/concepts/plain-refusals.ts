// Concepts (see ./types.ts): refusals that servers word plainly, each read by several writers in
// their own words, which the phrase tables held only as one writer's exact strings (docs31, a
// held-out reading of sixteen provider pages): the sender's domain not found or unresolvable
// (whatever 5.1.x status stands beside the words), a server that says it will not relay or has
// relaying disabled, an IP address that cannot be turned back into a host name, and a refusal
// that names the DNS zone it found the client listed at.
import type { Concept } from "./types";

const OPENVMS =
  "http://www.manualshelf.com/manual/compaq/compaq-tcp-ip-services-for-openvms/2-technical-data-english/page-340.html (Compaq TCP/IP Services for OpenVMS Management, 17.6.8.3 Specifying the SPAM Rejection Text: the SMTP server's FRIENDLY texts; providers/openvms-smtp.ts)";

export const PLAIN_REFUSAL_CONCEPTS: readonly Concept[] = [
  {
    // The words name the SENDER's domain or address as the one that does not resolve. RFC 3463
    // gives X.1.2 to the destination's system, and a server that puts 5.1.2 beside these words
    // (Host Media's example) still names the sender: a concept outweighs a status's registry
    // meaning (weights.ts), so the words decide.
    id: "concept.sender-domain-not-found",
    cause: "sender-address-invalid",
    says: "the sender's domain (of the MAIL FROM address) was not found in DNS or cannot be resolved",
    subject: [
      "sender domain",
      "sender's domain",
      "sender address",
      "sender's address",
      "envelope sender",
    ],
    failure: [
      "domain not found",
      "not found",
      "unresolvable",
      "unqualified",
      "cannot be resolved",
      "could not be resolved",
      "does not resolve",
    ],
    // The sender's domain or address on a list, or not found in one, is a listing or the site's
    // own policy; the recipient's address named beside it is that address's refusal.
    unless: [
      "recipient address",
      "listed",
      "blacklist",
      "blocklist",
      "block list",
      "black list",
      "not found in",
    ],
    examples: [
      {
        text: "550 5.1.2 Sender Domain Not Found",
        source:
          "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html (Host Media knowledge base: the From domain has no DNS records; providers/hosting-kb.ts)",
      },
      {
        text: "451 4.1.8 Domain of sender address does not resolve.",
        source:
          "https://knowledge.broadcom.com/external/article/214073/451-418-domain-of-sender-address-does-no.html (Broadcom knowledge base, Messaging Gateway: the destination server found no MX or A record for the sender's domain)",
      },
      {
        text: "450 4.1.8 <bounce@example.invalid>: Sender address rejected: Domain not found",
        source:
          "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/smtpd/smtpd_check.c#L1574 (Postfix smtpd, reject_unknown_sender_domain; signatures/source-replies/postfix.ts)",
      },
      {
        text: "That sender address is unresolvable into a host name or MX domain.",
        source: OPENVMS,
      },
      { text: "That sender address is unqualified.", source: OPENVMS },
    ],
  },
  {
    // The server says it will not relay, or that relaying is off. "Relay" alone also names hosts
    // ("relay.example.net said: ... disabled"), so the subject is the word with its refusal
    // beside it, and the failure is that refusal's own negation. Weighed above the default: the
    // words of a relay refusal explain an "unknown" recipient beside them (OpenVMS's "Both you
    // and the recipient are unknown to me. I will not relay.": the server is not the
    // recipient's destination, it does not say the address does not exist).
    id: "concept.relay-switched-off",
    cause: "relay-denied",
    says: "the server says it will not relay this mail (relaying is disabled for this client)",
    subject: [
      "relay disabled",
      "relaying disabled",
      "relay is disabled",
      "relaying is disabled",
      "will not relay",
      "do not relay",
      "cannot relay",
    ],
    failure: ["disabled", "will not", "do not", "cannot"],
    weight: 3,
    // An open-relay listing or relay test names the sending host (ip-blocklisted); Sendmail's
    // temporary relay refusal for a PTR lookup is read elsewhere (concept.relaying-refused).
    unless: ["open relay", "relay test", "dnsbl", "blocked using", "temporarily"],
    examples: [
      { text: "Both you and the recipient are unknown to me. I will not relay.", source: OPENVMS },
      { text: "User not local, Relay disabled.", source: OPENVMS },
      {
        text: "RELAYING NOT ALLOWED (550 Relay Disabled)",
        source:
          "https://aiuto.libero.it/articolo/mail/messaggi-di-errore-piu-frequenti-dopo-invio-email (Messaggi di errore più frequenti dopo invio email, Libero Aiuto; providers/italiaonline.ts)",
      },
    ],
  },
  {
    // The server could not turn the client's IP address back into a host name (no PTR, or one
    // that does not resolve): reverse-dns, however the server words the lookup.
    id: "concept.ip-name-unresolved",
    cause: "reverse-dns",
    says: "the receiving server could not look up a host name for the sending server's IP address (reverse DNS)",
    subject: ["ip address", "your ip", "sender ip", "client ip"],
    failure: [
      "backtranslate",
      "must resolve",
      "properly resolve",
      "cannot be resolved",
      "could not be resolved",
    ],
    // A listed IP, or a domain (the sender's, a HELO name) that does not resolve, is another cause.
    unless: ["listed", "blacklist", "blocklist", "sender domain", "sender address", "helo"],
    examples: [
      { text: "I can’t backtranslate your IP address to a host name.", source: OPENVMS },
      {
        text: "550 IP address does not properly resolve for reverse DNS lookup",
        source:
          "http://www.veraciti.com/Customer-Support/reverse-dns.html (Veraciti customer support: Reverse DNS, the replies its mail servers give a client without a valid PTR)",
      },
      {
        text: "501 5.7.1 <sender's email address>...Sender IP must resolve",
        source:
          "http://www.veraciti.com/Customer-Support/reverse-dns.html (Veraciti customer support: Reverse DNS)",
      },
    ],
  },
  {
    // "Rejected: <client> listed at <zone>": Sendmail's FEATURE(dnsbl) default, and hosts who
    // print the same shape with the client's name in place of its address (Ubiquity's example,
    // at ORDB's zone). The refusal names the zone it queried: a DNS blocklist of sending hosts.
    // A domain or URL list (DBL, SURBL, URIBL) is the message's or the sender domain's listing.
    id: "concept.rejected-listed-at-zone",
    cause: "ip-blocklisted",
    says: "the server refused the sending server because a DNS blocklist zone it names lists it",
    subject: ["listed at"],
    failure: ["rejected"],
    unless: ["dbl", "uribl", "surbl", "url", "uri ", "domain", "helo", "sender's"],
    examples: [
      {
        text: "550 5.7.1 Rejected: 192.0.2.1 listed at zen.spamhaus.org",
        source:
          'https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/feature/dnsbl.m4#L38 (Sendmail FEATURE(dnsbl), _DNSBL_MSG_ "550 Rejected: " $&{client_addr} " listed at " zone; signatures/source-replies/sendmail.ts)',
      },
      {
        text: "Remote host said: 550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org",
        source:
          "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification (Delivery Status Notification, Ubiquity Web Hosting Wiki; providers/hosting-kb.ts)",
      },
    ],
  },
];
