// VPOP3 (Paul Smith Computer Services' Windows mail server), from the PSCS wiki, which gives each
// reply VPOP3's SMTP service writes a page of its own, titled with the reply. A self-hosted server
// has no host of its own: the entries are scoped "any", on words only VPOP3 was found to write.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const WIKI = "https://wiki.pscs.co.uk/how_to:";
const stored = "stored copy (pages corpus)";

const RELAYING = page(
  `${WIKI}550_5.7.1_relaying_not_allowed_bad_sender_ip_address`,
  "550 5.7.1 Relaying not allowed! Bad sender IP address (PSCS wiki, VPOP3)",
  stored,
);
const PROHIBITED = page(
  "https://wiki.pscs.co.uk/_export/raw/how_to:550_5.7.1_recipient_prohibited_x",
  "550 5.7.1 Recipient Prohibited (x) (PSCS wiki, VPOP3)",
  "stored copy of the page's raw export (pages corpus)",
);
const CONNECTIONS = page(
  `${WIKI}421_4.3.2_vpop3_too_many_connections_from_your_ip_address_-_try_later`,
  "421 4.3.2 VPOP3 Too many connections from your IP address - try later (PSCS wiki, VPOP3)",
  stored,
);
const FILTER_TIMEOUT = page(
  "https://wiki.pscs.co.uk/_export/xhtml/how_to:450_4.3.2_content_filter_timeout",
  "450 4.3.2 Content Filter Timeout (PSCS wiki, VPOP3)",
  "stored copy of the page's XHTML export (pages corpus)",
);

const { phrase } = entryKit("vpop3");

export const VPOP3_TABLE: ProviderTable = {
  provider: "vpop3",
  identity: {
    provider: "vpop3",
    name: "VPOP3 mail server",
    hosts: [],
    markers: ["vpop3 too many connections"],
    source: RELAYING,
  },
  phrases: [
    phrase({
      id: "relaying-not-allowed-bad-sender-ip",
      cause: "relay-denied",
      match: ["relaying not allowed! bad sender ip address"],
      scope: "any",
      source: RELAYING,
      example: "550 5.7.1 Relaying not allowed! Bad sender IP address",
      note: "The page: the computer sending the message is not permitted to send outgoing messages under the SMTP service's Access Restrictions, usually someone sending from outside the local network when VPOP3 is not set up to allow it (with authentication). Not a fault of the sender's address.",
    }),
    phrase({
      id: "recipient-prohibited",
      cause: "sender-policy",
      match: [/recipient prohibited \((?:x|\d{1,4})\)/],
      scope: "any",
      source: PROHIBITED,
      example: "550 5.7.1 Recipient Prohibited (x)",
      note: "The page: an SMTP rule rejects this recipient; the number in brackets is the rule's (Services, SMTP Server, Filtering, Edit SMTP Rules). A rule of the server's administrator, who alone can change it.",
    }),
    phrase({
      id: "too-many-connections",
      cause: "rate-limited",
      match: ["vpop3 too many connections from your ip address"],
      scope: "any",
      source: CONNECTIONS,
      example: "421 4.3.2 VPOP3 Too many connections from your IP address - try later",
      note: "The page: VPOP3 detected too many simultaneous connections from the sender's IP address (usually another mail server with much to send); the code tells the sender to try later, so the messages should get through eventually.",
    }),
    phrase({
      id: "content-filter-timeout",
      cause: "remote-server-error",
      match: ["4.3.2 content filter timeout"],
      scope: "any",
      source: FILTER_TIMEOUT,
      example: "450 4.3.2 Content Filter Timeout",
      note: "The page: VPOP3's content (spam) filter took longer than the allowed time (usually 60 seconds) on the message; normally it takes 2 or 3 seconds, so the receiving server has a problem. The sending server retries.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The wiki's pages '552 5.2.3 Message too large - contact your administrator' and '421 4.3.2 VPOP3 SMTP Server access disabled - content scanner problem' were seen in its page lists only, not stored: not entered.",
  ],
};
