// Trellix Email Security - Cloud (formerly FireEye Email Threat Prevention, "ETP"): a filtering
// service in front of companies' mail. Its refusals carry an ETP code and a short message
// ("ETP205 DMARC Failure for domain"); Trellix's "Error codes" page lists each code with its
// message, whether it rejects or defers, and why. Only the page's first rows (ETP100-ETP106, the
// client and segregation codes) could be read in its stored copies: those are the entries here,
// each example the row's code and message as the service's replies join them. ETP205 is added
// from a public list of logged replies.
import { entryKit, page } from "./entry-kit";
import type { CauseId } from "@/lib/causes/causes";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://docs.trellix.com/data-and-email/docs/error-codes",
  "Error codes (Trellix Email Security - Cloud documentation)",
  "stored copies (docs corpus: the page and its .md version), read from the start to the ETP106 row",
);
const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json, as lib/knowledge/signatures/generic-sources.ts quotes it",
);
const JOINED =
  "The page's Code and Message columns, joined as the service's replies print them (code, then message).";

const { phrase } = entryKit("trellix");

interface EtpRow {
  code: string;
  message: string;
  cause: CauseId;
  /** The row's type and rejection reason, in short. */
  note: string;
}

const ROWS: readonly EtpRow[] = [
  {
    code: "ETP100",
    message: "Invalid recipient",
    cause: "relay-denied",
    note: "Reject. The recipient's domain matches no domain the service handles (inline or out-of-band) for a customer: the domain's MX points to Trellix but the domain is not set up there.",
  },
  {
    code: "ETP101",
    message: "Invalid recipient",
    cause: "recipient-unknown",
    note: "Reject. The domain is a known BCC domain but the recipient is not a known BCC recipient.",
  },
  {
    code: "ETP102",
    message: "Invalid recipient",
    cause: "recipient-unknown",
    note: "Reject. The organisation's own (upstream) mail server rejected the recipient, so the mail cannot be delivered to it.",
  },
  {
    code: "ETP103",
    message: "Invalid recipient",
    cause: "remote-server-error",
    note: "Defer. The recipient could not be validated: the organisation's own mail server did not answer in time and the recipient is not cached as known. A later attempt may succeed.",
  },
  {
    code: "ETP104",
    message: "Routing loop detected",
    cause: "remote-server-error",
    note: "Reject. The service detected a routing loop with the sending server: the mail came back to where it started, a mail-routing (MX or connector) misconfiguration.",
  },
  {
    code: "ETP105",
    message: "Invalid domain mode",
    cause: "remote-server-error",
    note: "Reject. The recipient's domain has an invalid mode in the service's configuration: the recipient organisation must fix it.",
  },
  {
    code: "ETP106",
    message: "Requested action aborted",
    cause: "remote-server-error",
    note: "Defer ('Requested action aborted: Try again later'). The service's internal communication failed; a later attempt may succeed.",
  },
];

export const TRELLIX_TABLE: ProviderTable = {
  provider: "trellix",
  identity: {
    provider: "trellix",
    name: "Trellix Email Security - Cloud (formerly FireEye ETP)",
    // Its customers' MX records point under fireeyecloud.com.
    hosts: ["fireeyecloud.com"],
    markers: [/\betp\d{3}\b/],
    source: CODES,
  },
  phrases: [
    ...ROWS.map((r) =>
      phrase({
        id: r.code.toLowerCase(),
        cause: r.cause,
        match: [new RegExp(`\\b${r.code.toLowerCase()}\\b`)],
        source: CODES,
        example: `${r.code} ${r.message}`,
        verbatim: false,
        note: `${JOINED} ${r.note}`,
      }),
    ),
    phrase({
      id: "etp205",
      cause: "authentication-failure",
      match: [/\betp205\b/],
      source: SFM_550,
      example: "smtp;550 5.7.26 <example@example.com>: ETP205 DMARC Failure for domain",
      note: "The reply as ActiveCampaign's SMTP Field Manual records it. The message failed the sender domain's DMARC policy (no aligned SPF or DKIM pass).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Trellix's Error codes page could be read only to its ETP106 row (stored copies give the page's start): the sender-authentication, content and policy codes after it (ETP2xx and on) are not in the table, except ETP205 from the SMTP Field Manual.",
  ],
};
