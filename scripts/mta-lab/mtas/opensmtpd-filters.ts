// OpenSMTPD (Debian package opensmtpd, 6.8) with the site rules admins write in smtpd.conf(5):
// built-in filters on tables (a client address, a sender, a recipient) with their own reply
// text, the man page's example against forged senders in the site's own domain (match ...
// reject), and a virtual user mapped to an error (aliases(5) "error:code message").
import { MTA_LAB_FIXTURES as L } from "../../../lib/dns/testing/zones/mta-lab";
import { MAIL_DIR, at, dialogue } from "../lab-common";
import type { LabCase } from "../lab-types";
import { opensmtpdDriver, smtpdTable as table } from "./opensmtpd-setup";

const filters = {
  badhosts: `filter "badhosts" phase connect match src <badhosts> disconnect "554 5.7.1 Your host is blacklisted here"`,
  badsenders: `filter "badsenders" phase mail-from match mail-from <badsenders> reject "550 5.7.1 Sender rejected by local policy"`,
  closed: `filter "closed" phase rcpt-to match rcpt-to <closed> reject "550 5.2.1 Mailbox disabled"`,
};
const forged = `match !from src <other-relays> mail-from "@${L.domain}" for any reject`;
const virtualError = `${at("former")} error:550 This mailbox has been closed`;

const smtpdConf = `# Bounce Doctor MTA lab (scripts/mta-lab): written by the lab, removed with the package.
table vusers file:${table("vusers")}
table badhosts file:${table("badhosts")}
table badsenders file:${table("badsenders")}
table closed file:${table("closed")}
table other-relays file:${table("other-relays")}

${filters.badhosts}
${filters.badsenders}
${filters.closed}
filter "lab" chain { "badhosts", "badsenders", "closed" }

listen on 127.0.0.1 port 25 hostname ${L.mxHost} filter "lab"

action "local" maildir "${MAIL_DIR}/%{dest.user}" virtual <vusers>
action "relay" relay

# smtpd.conf(5) EXAMPLES: refuse forged mail that claims the site's own domain.
${forged}
match from any for domain "${L.domain}" action "local"
match from src 127.0.0.0/8 for any action "relay"
`;

const mailboxes = ["user"];

const cases: LabCase[] = [
  {
    kind: "reply",
    id: "host-blacklisted",
    // The site's own list of refused client addresses, named so in its words.
    cause: "ip-blocklisted",
    rule: `${filters.badhosts} (badhosts: ${L.goodClient2})`,
    dialogue: dialogue({ from: L.goodClient2, helo: "client2.mta-lab.test" }),
  },
  {
    kind: "reply",
    id: "sender-rejected",
    cause: "sender-policy",
    rule: `${filters.badsenders} (badsenders: spammer@${L.goodSenderDomain})`,
    dialogue: dialogue({ mailFrom: `spammer@${L.goodSenderDomain}` }),
  },
  {
    kind: "reply",
    id: "recipient-disabled",
    cause: "mailbox-disabled",
    rule: `${filters.closed} (closed: ${at("blocked")})`,
    dialogue: dialogue({ rcpts: [{ address: at("blocked") }] }),
  },
  {
    kind: "reply",
    id: "forged-local-sender",
    // A sender in the site's own domain from a client outside its relays: the man page's
    // anti-forgery rule. OpenSMTPD's reply for a "reject" match names no reason.
    cause: "unknown",
    ruleCause: "authentication-failure",
    rule: `${forged} (smtpd.conf(5) EXAMPLES; other-relays: 127.0.0.1)`,
    dialogue: dialogue({ mailFrom: at("someone") }),
  },
  {
    kind: "reply",
    id: "virtual-error",
    cause: "mailbox-disabled",
    rule: `action "local" ... virtual <vusers>; vusers: ${virtualError} (aliases(5) error:code message)`,
    dialogue: dialogue({ rcpts: [{ address: at("former") }] }),
  },
];

export const opensmtpdFilters = opensmtpdDriver({
  id: "opensmtpd-filters",
  mailboxes,
  cases,
  reportWaitSeconds: 5,
  conf: () => smtpdConf,
  tables: {
    // "blocked" exists, so that the rcpt-to filter, not the lookup, refuses it.
    vusers: [...mailboxes.map((m) => `${at(m)} nobody`), `${at("blocked")} nobody`, virtualError],
    badhosts: [L.goodClient2],
    badsenders: [`spammer@${L.goodSenderDomain}`],
    closed: [at("blocked")],
    "other-relays": ["127.0.0.1"],
  },
});
