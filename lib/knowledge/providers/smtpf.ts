// Barricade MX's smtpf (SnertSoft's SMTP filtering proxy), from its "SMTP Replies" page, which
// lists every reply it writes, each ending in its own number ("#120"), with the option or the
// access-map entry behind it. A self-hosted filter has no host of its own: the entries are
// scoped "any", on the reply's shape and its number. The access-map replies carry the text the
// site's admin put on the entry (2.3: "host %s [%s] %s #120"; 2.1 wrote "black listed" there):
// the number, not the words, says which entry refused.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REPLIES = page(
  "http://www.snertsoft.com/smtp/smtpf/reply.html",
  "Barricade MX smtpf: SMTP Replies",
  "stored copies (pages corpus) of smtpf 2.1.2 and 2.3.12's page, and of 2.1.56's at www.milter.info/smtp/smtpf/reply.html",
);

const { phrase } = entryKit("smtpf");

/** Why an access-map refusal is the site's own rule, not a public blocklist. */
const ACCESS_MAP =
  "An entry of the site's own access-map (smtpf's list of hosts, senders and recipients with REJECT, TEMPFAIL or OK) refused it: a rule of the receiving site's admin, who alone can lift it; no public list to be removed from.";

export const SMTPF_TABLE: ProviderTable = {
  provider: "smtpf",
  identity: { provider: "smtpf", name: "Barricade MX (smtpf)", hosts: [], source: REPLIES },
  phrases: [
    phrase({
      id: "120-connect-reject",
      cause: "sender-policy",
      match: [/\bhost \S{1,255} \[[0-9a-f.:]{2,45}\] [^#]{0,200}#120\b/],
      scope: "any",
      source: REPLIES,
      example: "550 5.7.1 host mail.example.net [192.0.2.1] black listed #120",
      verbatim: false,
      note: `The page: "There is a Connect: tag entry for either the client name or IP address with a right-hand-side value of REJECT." ${ACCESS_MAP} The example fills 2.1.56's "550 5.7.1 host %s [%s] black listed #120" with a host and address.`,
    }),
    phrase({
      id: "125-connect-from-reject",
      cause: "sender-policy",
      match: [/\bhost \S{1,255} \[[0-9a-f.:]{2,45}\] sender <[^<>]{0,255}> [^#]{0,200}#125\b/],
      scope: "any",
      source: REPLIES,
      example:
        "550 5.7.1 host mail.example.net [192.0.2.1] sender <bob@example.net> black listed #125",
      verbatim: false,
      note: `The page: a Connect:From: combo entry for the client and sender pair with REJECT. ${ACCESS_MAP} The example fills 2.1.56's "550 5.7.1 host %s [%s] sender <%s> black listed #125".`,
    }),
    phrase({
      id: "127-from-reject",
      cause: "sender-policy",
      match: [/\bsender <[^<>]{0,255}> [^#]{0,200}#127\b/],
      scope: "any",
      source: REPLIES,
      example: "550 5.7.1 sender <bob@example.net> black listed #127",
      verbatim: false,
      note: `The page: a From: tag entry for the sender address or its domain with REJECT. ${ACCESS_MAP} The example fills 2.1.56's "550 5.7.1 sender <%s> black listed #127".`,
    }),
    phrase({
      id: "131-routed-address-relaying-denied",
      cause: "relay-denied",
      match: ["routed address relaying denied"],
      scope: "any",
      source: REPLIES,
      example: "550 5.7.1 routed address relaying denied #131",
      note: "The page: reject-percent-relay. A recipient written as a route through this server (user%host@domain) asks it to relay, which it refuses.",
    }),
  ],
  statusReadings: [],
};
