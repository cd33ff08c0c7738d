// Rackspace Email (Cloud Office; its servers are under emailsrvr.com). Each refusal ends with a
// Rackspace reason code in parentheses ("(G28)", "(G1F)"), which its postmaster page explains.
// That page was not found in stored copies; the replies are as smtp.codes' Rackspace page lists
// them (a catalogue of the replies providers send, read from its start), and G8 as the SMTP Field
// Manual records it. Rackspace's own "Common email bounce messages" article says a refusal by
// Rackspace names emailsrvr.com, and explains its throttling of a server that sends much spam.
import { entryKit, page } from "./entry-kit";
import type { CauseId } from "@/lib/causes/causes";
import type { ProviderTable } from "./types";

const SMTP_CODES = page(
  "https://smtp.codes/rackspace",
  "Rackspace (smtp.codes: the replies Rackspace's servers send, with explanations)",
  "stored copy (pages corpus), read from its start to the G28 row",
);
const BOUNCES = page(
  "https://docs.rackspace.com/docs/common-email-bounces",
  "Common email bounce messages (Rackspace Technology documentation)",
  "stored copies (pages corpus)",
);
const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json, as lib/knowledge/signatures/generic-sources.ts quotes it",
);
const LISTED = "Rackspace's reply as smtp.codes lists it.";

const { phrase } = entryKit("rackspace");

interface GRow {
  /** Rackspace's reason code, as it ends the reply: "G28". */
  code: string;
  reply: string;
  cause: CauseId;
  note: string;
}

const ROWS: readonly GRow[] = [
  {
    code: "G14",
    reply: "550 5.7.1 Sender's MX record not allowed (G14)",
    cause: "domain-blocklisted",
    note: "The sender domain's MX records point to a provider Rackspace has blocklisted: the domain's mail set-up, not the sending IP.",
  },
  {
    code: "G18",
    reply: "550 5.7.0 header_contenttype_1 (G18)",
    cause: "content-virus",
    note: "The message matched a known virus signature.",
  },
  {
    code: "G19",
    reply:
      "550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)",
    cause: "content-virus",
    note: "Rackspace refuses partial (split) MIME messages as dangerous: send the message whole.",
  },
  {
    code: "GE",
    reply: "554 5.7.1 user@example.com: Sender address rejected: Blocked by this recipient (GE)",
    cause: "sender-policy",
    note: "The recipient has put the sender on their own block list: only the recipient can lift it.",
  },
  {
    code: "G2",
    reply: "421 Too many concurrent connections from this client (G2)",
    cause: "rate-limited",
    note: "Too many simultaneous connections from the sending IP: make fewer connections at once.",
  },
  {
    code: "G1F",
    reply: "450 4.7.1 Client host {IP} has no PTR record (G1F)",
    cause: "reverse-dns",
    note: "Rackspace requires a valid PTR (reverse DNS) record for the sending IP; whoever owns the IP must add it.",
  },
  {
    code: "G6",
    reply:
      "450 4.4.1 <email@example.com>: The recipient's server was temporarily unavailable to accept your message (G6)",
    cause: "remote-server-error",
    note: "A temporary failure while verifying the recipient's address; a retry a few minutes later should work.",
  },
  {
    code: "G30",
    reply:
      "450 4.2.1 <email@example.com>: Mailbox received too much email in a short period of time (G30)",
    cause: "rate-limited",
    note: "Rackspace limits how much mail one mailbox receives at a time (the recipient may be under a list-bomb attack); retry in a few minutes.",
  },
  {
    code: "G16",
    reply: "450 4.4.6 Routing loop detected (G16)",
    cause: "remote-server-error",
    note: "The message loops between servers; if it persists, postmaster@emailsrvr.com can look at it.",
  },
  {
    code: "G1E",
    reply: "450 4.4.0 <email@example.com> Temporary DMARC DNS lookup failure (G1E)",
    cause: "authentication-failure",
    note: "Looking up the sender domain's DMARC record failed for now; a retry should succeed. If it keeps failing, the sender domain's DNS does not answer properly.",
  },
  {
    code: "G28",
    reply: "451 4.7.1 Received too many messages from a new or untrusted IP (G28)",
    cause: "rate-limited",
    note: "A new or untrusted sending IP must build a good sending history before sending volume: warm the IP up and send more slowly.",
  },
];

export const RACKSPACE_TABLE: ProviderTable = {
  provider: "rackspace",
  identity: {
    provider: "rackspace",
    name: "Rackspace Email (emailsrvr.com)",
    hosts: ["emailsrvr.com"],
    markers: ["emailsrvr.com"],
    source: BOUNCES,
  },
  phrases: [
    ...ROWS.map((r) =>
      phrase({
        id: r.code.toLowerCase(),
        cause: r.cause,
        match: [new RegExp(`\\(${r.code.toLowerCase()}\\)`)],
        source: SMTP_CODES,
        example: r.reply,
        note: `${LISTED} ${r.note}`,
      }),
    ),
    phrase({
      id: "g8",
      cause: "recipient-unknown",
      match: [/\(g8\)/, "email address could not be found, or was misspelled"],
      source: SFM_550,
      example: "smtp;550 5.1.1 Email address could not be found, or was misspelled (G8)",
      note: "The reply as ActiveCampaign's SMTP Field Manual records it: the recipient's address does not exist at Rackspace.",
    }),
    phrase({
      id: "throttled-too-much-spam",
      cause: "bad-reputation",
      match: ["client host rejected: throttled - too much spam from your mail server"],
      source: BOUNCES,
      example:
        "451 4.3.0 <servername[xx.xx.xx.xx]>: Client host rejected: Throttled - Too much spam from your mail server. Try again later.",
      note: "The article: the recipient's server has received too much spam from this source. Try again later, follow Rackspace's best practices for sending so that the mail is not marked as spam, and ask the recipient to safelist your domain.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Rackspace's postmaster page (its reason codes) was not found in stored copies: the G-code replies are smtp.codes' (read to G28) and the SMTP Field Manual's (G8). Rackspace's 'Common email bounce messages' article could be read only to its third row (stored copies give its start); its throttling row is here.",
  ],
};
