// BIGLOBE (biglobe.ne.jp), a Japanese ISP, and the cable operators on its mail system
// (inacatv.ne.jp, tmtv.ne.jp, ttv.ne.jp): its bounces, "Returned mail: ..." from postmaster@,
// give the reason under "----- Non-delivered information -----". No BIGLOBE page listing them
// was found stored; the wording is the one Sisimai's Biglobe parser reads (BSD-2, pinned), and
// the bounce of Sisimai's set-of-emails lhost-biglobe-01.eml carries it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SISIMAI_BIGLOBE = page(
  "https://github.com/sisimai/p5-sisimai/blob/21cfb9321ba94f9bc72f2b5a46e2dda70c1d9c45/lib/Sisimai/Lhost/Biglobe.pm#L20-L32",
  "Sisimai::Lhost::Biglobe (sisimai/p5-sisimai)",
);

const { phrase } = entryKit("biglobe");

export const BIGLOBE_TABLE: ProviderTable = {
  provider: "biglobe",
  identity: {
    provider: "biglobe",
    name: "BIGLOBE",
    hosts: ["biglobe.ne.jp", "inacatv.ne.jp", "tmtv.ne.jp", "ttv.ne.jp"],
    source: SISIMAI_BIGLOBE,
  },
  phrases: [
    phrase({
      id: "message-count-limit",
      cause: "mailbox-full",
      match: ["the number of messages in recipient's mailbox exceeded the local limit"],
      // The sentence names the recipient's mailbox and its limit: it means the same wherever
      // it is read.
      scope: "any",
      source: SISIMAI_BIGLOBE,
      example: "The number of messages in recipient's mailbox exceeded the local limit.",
      note: "The recipient's mailbox holds as many messages as BIGLOBE allows: it is full (by count). The recipient must delete mail.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "No BIGLOBE help page on its bounces was found stored; Sisimai also reads 'Mail Delivery Failed... User unknown' as a filter's refusal, which is not entered (no page says why).",
  ],
};
