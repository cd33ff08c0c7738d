// The SMTP server of TCP/IP Services for OpenVMS (Compaq, then HP, now VMS Software), from its
// management guide's section on SMTP antiSPAM: when the server drops a client for one of its
// antiSPAM checks it sends a text that names the check only when the site set Security to
// FRIENDLY (the default, SECURE, sends "Closing transmission channel." for all but relaying,
// which says nothing of the cause). The guide prints each check's default text. A self-hosted
// server has no host of its own: the entries are scoped "any" on the texts, which only it writes.
// Its RBL text ("Your IP address is in my RBL list.") reads right unaided.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REJECTION_TEXT = page(
  "http://www.manualshelf.com/manual/compaq/compaq-tcp-ip-services-for-openvms/2-technical-data-english/page-340.html",
  "Compaq TCP/IP Services for OpenVMS Management, 17.6.8.3 Specifying the SPAM Rejection Text",
  "stored copy (pages corpus)",
);
const SPAM_EVENTS = page(
  "http://www.manualshelf.com/manual/compaq/compaq-tcp-ip-services-for-openvms/2-technical-data-english/page-339.html",
  "Compaq TCP/IP Services for OpenVMS Management, 17.6.8 Specifying Handling of SPAM Events",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("openvms-smtp");

export const OPENVMS_SMTP_TABLE: ProviderTable = {
  provider: "openvms-smtp",
  identity: {
    provider: "openvms-smtp",
    name: "TCP/IP Services for OpenVMS SMTP server",
    hosts: [],
    source: REJECTION_TEXT,
  },
  phrases: [
    phrase({
      id: "unbacktranslatable-ip",
      cause: "reverse-dns",
      // The guide prints a typographic apostrophe; the needle stops short of it.
      match: ["backtranslate your ip address to a host name"],
      scope: "any",
      source: REJECTION_TEXT,
      example: "I can’t backtranslate your IP address to a host name.",
      note: "The Unbacktranslatable-IP check: the server could not turn the client's IP address back into a host name, that is the sending IP address has no usable reverse DNS (PTR) record.",
    }),
    phrase({
      id: "bad-clients",
      cause: "sender-policy",
      match: ["your ip address or subnet is in my list of bad ones"],
      scope: "any",
      source: REJECTION_TEXT,
      example: "Your IP address or subnet is in my list of bad ones.",
      note: "The Bad-Clients check: the receiving site's admin listed the client's IP address or subnet among the hosts it refuses (section 17.6.4, Blocking Mail from Specified Clients). A rule of that site alone, not a public list.",
    }),
    phrase({
      id: "reject-mail-from",
      cause: "sender-policy",
      match: ["that sender address is in my list of bad ones"],
      scope: "any",
      source: REJECTION_TEXT,
      example: "That sender address is in my list of bad ones.",
      note: "The Reject-Mail-From check: the receiving site's admin listed the sender address (or its domain) among the senders it refuses (section 17.6.7, Blocking Mail from Specified Senders).",
    }),
    phrase({
      id: "unqualified-sender",
      cause: "sender-address-invalid",
      match: ["that sender address is unqualified"],
      scope: "any",
      source: REJECTION_TEXT,
      example: "That sender address is unqualified.",
      note: "The Unqualified-Sender check: the MAIL FROM address has no domain part (a bare user name), which the server refuses.",
    }),
    phrase({
      id: "unresolvable-domain",
      cause: "sender-address-invalid",
      match: ["that sender address is unresolvable into a host name or mx domain"],
      scope: "any",
      source: SPAM_EVENTS,
      example: "That sender address is unresolvable into a host name or MX domain.",
      note: "The Unresolvable-Domain check (section 17.6.8's opening): the server found no MX record for the sender address's domain and refused the MAIL FROM command, unless the site set Accept-Unresolvable-Domains. The text is the guide's default on the next page (17.6.8.3).",
    }),
    phrase({
      id: "spam-relay-friendly",
      cause: "relay-denied",
      // The words "recipient are unknown" must not read as an unknown recipient: neither the
      // client nor the recipient's domain is this server's, so it will not relay.
      match: ["both you and the recipient are unknown to me. i will not relay"],
      scope: "any",
      source: REJECTION_TEXT,
      example: "Both you and the recipient are unknown to me. I will not relay.",
      note: "The SPAM-Relay check, FRIENDLY text: the client is not one the server relays for and the recipient's domain is not one it delivers, so it refuses to pass the mail on. Send through the sender's own authenticated server.",
    }),
    phrase({
      id: "spam-relay-secure",
      cause: "relay-denied",
      match: ["user not local, relay disabled"],
      scope: "any",
      source: REJECTION_TEXT,
      example: "User not local, Relay disabled.",
      note: "The SPAM-Relay check, SECURE text (the default): the recipient is not on this server and it does not relay for this client.",
    }),
  ],
  statusReadings: [],
};
