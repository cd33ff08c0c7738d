// The headline of Exchange Online's newer ("enhanced") NDR: "Your message to <address> couldn't
// be delivered.", the same for every code, above the line that says why. Microsoft's page describes
// the NDR this line heads ("Email non-delivery reports in Exchange Online", "What's included in an
// NDR?": the newest format, shown as a picture); the words themselves are read from real copies.
// Three readers take the wording from here, each in its own shape:
// - lib/bounce/human-recipients.ts: the recipient's line, for a copy of the NDR's top alone;
// - lib/share/ndr-headline.ts: the masker's line above the one that names the recipient by its
//   local part alone;
// - lib/knowledge/providers/microsoft-ndr.ts: the frame of "<local part> wasn't found at <domain>."
// One row per wording. Only wordings a source shows are listed: the NDR is written in the sender's
// mailbox language, but no copy of the headline in another language has been found yet.
import type { SourcePage } from "./providers/types";

export interface NdrHeadline {
  id: string;
  /** The language the wording is in (BCP 47). */
  lang: string;
  /** The words before the recipient's address, as the NDR writes them (with the blank). */
  before: string;
  /** The words after the address, to the sentence's end (with the blank and the full stop). */
  after: string;
  /** Real NDRs whose headline is in these words, each with its own line. */
  seen: readonly { source: SourcePage; example: string }[];
}

/** Microsoft's page on the NDR the headline belongs to. */
export const EXCHANGE_ONLINE_NDR_PAGE: SourcePage = {
  url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
  title: "Email non-delivery reports in Exchange Online (What's included in an NDR?)",
  readVia:
    "repo x13-me/OfficeDocs-Exchange Exchange/ExchangeOnline/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online.md",
};

export const NDR_HEADLINES: readonly NdrHeadline[] = [
  {
    id: "exchange-online.en",
    lang: "en",
    before: "Your message to ",
    after: " couldn't be delivered.",
    seen: [
      {
        source: {
          url: "https://pastebin.com/gJSdfVeR",
          title: "A Microsoft 365 NDR, enhanced format (pastebin gJSdfVeR)",
          readVia: "stored copy (docs corpus)",
        },
        example: "Your message to brian@xnergycapital.com couldn't be delivered.",
      },
      {
        source: {
          url: "https://github.com/crisp-oss/email-bounce-parser/blob/c7ffc73a57d345183ce151ec69076b16738f04c9/test/fixtures/550_5_1_10_no_such_recipient.txt",
          title:
            "A Microsoft 365 NDR, enhanced format (crisp-oss/email-bounce-parser test fixture 550_5_1_10_no_such_recipient.txt)",
        },
        example: "Your message to yannja@napa365.com couldn't be delivered.",
      },
      {
        source: {
          url: "https://github.com/Kananga5/sciebonoguide-self-engin-tshi/blob/9014f5acae4ba56134fbbadfe01a73aae31bb026/README.md",
          title:
            "An Exchange Online NDR for 554 5.4.14 as Gmail shows it, copied (Kananga5/sciebonoguide-self-engin-tshi README.md)",
        },
        example: "Your message to margeaux.groenewald@sci-bono.co.za couldn't be delivered.",
      },
    ],
  },
];

/** A string as a pattern that matches exactly it. */
export function escapeForPattern(words: string): string {
  return words.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
