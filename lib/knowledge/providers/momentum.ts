// Momentum (Message Systems' MTA, once "Ecelerity", now SparkPost's/Bird's): the replies it writes
// itself when a delivery attempt fails, marked "[internal]" (the page: such a response "did not
// originate with an external host but from the MTA itself"). Momentum runs inside other products
// too: review 31's delay notice (mediawiki-extensions-BounceHandler tests/phpunit/bounce_emails/
// oracle7) came through a Symantec Messaging Gateway, whose DSN carries the wording below. Source:
// the "Message Responses" appendix of the Momentum 4 reference, a table of SMTP code, enhanced
// code and message; only the rows whose message names one cause and that no other table reads
// are entered.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const RESPONSES = page(
  "https://support.sparkpost.com/momentum/4/message-responses",
  "Message Responses (Momentum 4 reference)",
  "repo SparkPost/support-docs content/momentum/4/message-responses.md",
);
const COLUMNS =
  "The table prints the SMTP code, enhanced code and message in columns; the example joins them as the MTA's reply line does.";

const { phrase } = entryKit("momentum");

export const MOMENTUM_TABLE: ProviderTable = {
  provider: "momentum",
  identity: {
    provider: "momentum",
    name: "Momentum (Message Systems / SparkPost MTA)",
    hosts: [],
    source: RESPONSES,
  },
  phrases: [
    phrase({
      id: "no-mxs-could-be-reached",
      cause: "remote-unreachable",
      match: ["no mxs for this domain could be reached"],
      scope: "any",
      source: RESPONSES,
      example: "421 4.4.0 [internal] no MXs for this domain could be reached at this time",
      verbatim: false,
      note: `The sending MTA found the recipient domain's mail servers but could connect to none of them (4.4.0, network or routing): it keeps retrying. If the delay lasts, the domain's servers are down or the domain is not the one meant (a mistyped domain whose MX hosts take no connections reads the same), so the recipient's domain is worth checking. ${COLUMNS}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The appendix's other '[internal]' rows are the MTA's generic transport failures (no banner, send DATA failed, TLS negotiation failed), read by the catalog's concepts and the status codes; '[internal] no MX or A for domain' is SparkPost's entry (sparkpost.ts timeout-no-mx-or-a).",
  ],
};
