// Iridis mailRelay / mailFeed (a UK outbound relay and inbound filtering service), from its
// knowledge-base table of the replies its relay gives, each a prefix and a specific response
// ("HST-RTE: Hourly send rate exceeded, retry later."). The table gives the class (4xx or 5xx)
// but not the exact reply code, so each example is the prefix and response as the table pairs
// them (verbatim: false); the rows that read right unaided (unknown sender or recipient domain,
// unknown recipient, virus, blocked file extension) are not repeated.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://portal.iridis.uk/?action=article&cmd=knowledgebase&id=254",
  "mailRelay / mailFeed response codes (Iridis knowledge base)",
  "stored copy (pages corpus)",
);
const FORM =
  "The table pairs the prefix and the response ('formatted Prefix: Specific Response') under a reply class, not a full code; the example joins them as it says.";

const { phrase } = entryKit("iridis");

/** [id, cause, needle, example, note]. */
const ROWS: readonly (readonly [string, CauseId, string | RegExp, string, string])[] = [
  [
    "hst-rte-hourly",
    "rate-limited",
    /hst-rte: (?:hourly|daily) send rate exceeded/,
    "HST-RTE: Hourly send rate exceeded, retry later.",
    "A temporary limit of the standard packages on how much a customer sends through the relay per hour; retry later.",
  ],
  [
    "hst-rte-daily",
    "rate-limited",
    /hst-rte: (?:hourly|daily) send rate exceeded/,
    "HST-RTE: Daily send rate exceeded, retry later",
    "A temporary limit of the standard packages on how much a customer sends through the relay per day; retry later.",
  ],
  [
    "snd-nul",
    "bad-reputation",
    "snd-nul: high null sender rate",
    "SND-NUL: High Null sender rate",
    "The table: a high volume of bounces (null-sender messages) from the customer, typical of a compromised host; the relay refuses its mail.",
  ],
  [
    "msg-dom",
    "relay-denied",
    /msg-dom: (?:envelope|header)-from/,
    "MSG-DOM: Envelope-From (user@example.com)",
    "The table: the 'From' address (envelope or header) does not use a domain authorised for relay on the customer's account; add the domain or send from one that is.",
  ],
  [
    "msg-rfc",
    "protocol-syntax",
    "msg-rfc: your message does not conform to rfc2822 standard",
    "MSG-RFC: Your message does not conform to RFC2822 standard",
    "The message's format breaks RFC 2822 (headers or structure).",
  ],
];

export const IRIDIS_TABLE: ProviderTable = {
  provider: "iridis",
  identity: {
    provider: "iridis",
    name: "Iridis mailRelay / mailFeed",
    hosts: ["iridis.uk"],
    markers: [/\b(?:hst-rte|snd-nul|snd-vfy|rpt-vfy|msg-dom|msg-rfc|msg-vms|msg-ext): /],
    source: CODES,
  },
  phrases: ROWS.map(([id, cause, needle, example, note]) =>
    phrase({
      id,
      cause,
      match: [needle],
      scope: "any",
      source: CODES,
      example,
      verbatim: false,
      note: `${note} ${FORM}`,
    }),
  ),
  statusReadings: [],
  missingPages: [],
};
