// Sophos Email (Sophos Central), from Sophos's "SMTP error codes" help page (stored copy), which
// lists the XGEMAIL_nnnn codes Sophos Email puts in its refusals, each with its description.
// The examples are the page's rows (code and description), verbatim.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://docs.sophos.com/central/customer/help/en-us/ManageYourProducts/EmailSecurity/SMTPErrorCodes/index.html",
  "SMTP error codes (Sophos Central Email Security)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("sophos");

const ROWS: readonly (readonly [string, CauseId, string, string?])[] = [
  ["0001", "authentication-failure", "Message didn't contain a valid DKIM signature."],
  ["0002", "authentication-failure", "Message failed an SPF check."],
  ["0003", "authentication-failure", "Message failed a DMARC check."],
  ["0004", "ip-blocklisted", "Sender IP address failed an RBL test."],
  ["0005", "domain-blocklisted", "Sender domain failed a DBL test."],
  [
    "0006",
    "tls-required",
    "Message rejected because the TLS version used doesn't match the version configured in your policy.",
  ],
  [
    "0007",
    "remote-server-error",
    "Message rejected because your license has expired.",
    "The recipient organisation's Sophos licence expired: only they can fix it.",
  ],
  [
    "0008",
    "sender-policy",
    "Message rejected because a domain, an IP address, or an email address is in the admin block list.",
  ],
  [
    "0009",
    "sender-policy",
    "Message rejected because a domain, an IP address, or an email address is in the user block list.",
  ],
  [
    "0010",
    "relay-denied",
    "Message rejected because the recipient's domain isn't a Sophos Email protected domain.",
    "The recipient domain's mail reaches Sophos but Sophos does not handle that domain (an MX or set-up mistake on the recipient's side).",
  ],
  [
    "0011",
    "recipient-unknown",
    "Message rejected because the recipient's email address doesn't exist in the Sophos Email protected domain.",
  ],
  ["0012", "message-too-large", "Message rejected because it exceeded the allowed size."],
  [
    "0013",
    "rate-limited",
    "Message rejected because it exceeded the maximum number of recipients allowed for a large message.",
  ],
  [
    "0014",
    "rate-limited",
    "Message rejected because it exceeded the recipient's inbound rate limit for the single sender.",
  ],
  [
    "0015",
    "rate-limited",
    "Message rejected because it exceeded the recipient's total inbound rate limit from all senders.",
  ],
];

export const SOPHOS_TABLE: ProviderTable = {
  provider: "sophos",
  identity: {
    provider: "sophos",
    name: "Sophos Email",
    hosts: ["hydra.sophos.com", "sophos.com"],
    markers: [/\bxgemail_\d{4}\b/],
    source: CODES,
  },
  phrases: ROWS.map(([n, cause, description, note]) =>
    phrase({
      id: `xgemail-${n}`,
      cause,
      match: [new RegExp(`\\bxgemail_${n}\\b`)],
      source: CODES,
      example: `XGEMAIL_${n} ${description}`,
      ...(note ? { note } : {}),
    }),
  ),
  statusReadings: [],
  missingPages: [
    "The stored copy was read in an excerpt ending at XGEMAIL_0015; later codes are not entered.",
  ],
};
