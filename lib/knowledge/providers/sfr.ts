// SFR (sfr.fr, neuf.fr, numericable.fr and SFR's other consumer domains, one infrastructure,
// MX smtp-in.sfr.fr), whose temporary IP blocks carry a code "SFR_IN_xyz": the first digit is
// internal to SFR, the last two name the reason, and every block lasts two hours. SFR's own page
// was not found stored; the codes are read on Bento's SFR page (an ESP's guide), which gives the
// code structure, the reply class (450 4.7.1) and the wording of SFR_IN_101. The replies are
// put together from those (verbatim: false) except where the page prints the text.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BENTO = page(
  "https://bentonow.com/smtp-errors/sfr",
  "SFR SMTP Error Codes (Bento)",
  "stored copies (pages corpus) of the page and of its per-code pages (bentonow.com/smtp-errors/sfr/sfr-in-101, -103, -104)",
);
const STRUCTURE =
  "The page: 'SFR_IN_' then a digit internal to SFR, then two digits naming the error (01 too many spam messages, 02 virus/malware detected, 03 SMTP protocol errors, 04 too many unknown users, 05 volume limit exceeded); each block lasts two hours.";

const { phrase } = entryKit("sfr");

/** [last two digits, cause, the example's wording, note, the page's own wording to match]. */
const CODES: readonly (readonly [string, CauseId, string, string, RegExp?])[] = [
  [
    "01",
    "bad-reputation",
    "Service refused due to bad behavior - Too many spam messages",
    "Too many of the IP's messages were classified as spam (or marked as spam by SFR's users): the IP is blocked for two hours, a judgement of the sender's traffic rather than of this message. The page prints this wording after the code.",
    /service refused due to bad behavior - too many spam messages/,
  ],
  [
    "02",
    "content-virus",
    "Virus/malware detected",
    "The IP sent messages carrying viruses or malware: blocked for two hours; find the infected sender.",
  ],
  [
    "03",
    "protocol-syntax",
    "Too Many SMTP Errors",
    "The IP made too many SMTP errors (mismatched TLS, invalid commands, timeouts): paused for two hours.",
  ],
  [
    "04",
    "bad-reputation",
    "Unknown Users",
    "Too many messages to addresses that do not exist at SFR: blocked for two hours; clean the list.",
  ],
  [
    "05",
    "rate-limited",
    "Volume limit exceeded",
    "The IP sent more than SFR's volume threshold for its observation period: blocked for two hours; send more slowly.",
  ],
];

export const SFR_TABLE: ProviderTable = {
  provider: "sfr",
  identity: {
    provider: "sfr",
    name: "SFR (France)",
    hosts: ["sfr.fr", "neuf.fr", "numericable.fr"],
    markers: [/\bsfr_in_\d{3}\b/],
    source: BENTO,
  },
  phrases: CODES.map(([nn, cause, wording, note, own]) =>
    phrase({
      id: `sfr-in-x${nn}`,
      cause,
      match: [new RegExp(`\\bsfr_in_\\d${nn}\\b`), ...(own ? [own] : [])],
      scope: "any",
      source: BENTO,
      example: `450 4.7.1 SFR_IN_1${nn} ${wording}`,
      verbatim: false,
      note: `${note} ${STRUCTURE}`,
    }),
  ),
  statusReadings: [],
  missingPages: [
    "SFR's own postmaster page on its SFR_IN codes: not found stored; the codes are read on an ESP's (Bento) page.",
  ],
};
