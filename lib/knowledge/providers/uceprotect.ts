// UCEPROTECT: a DNS blocklist operator whose zone and lookup link receivers quote in their
// refusals. The reply below is a receiver's, as a sender pasted it in a public issue thread.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HIJACKTHIS_190 = page(
  "https://github.com/dragokas/hijackthis/issues/190",
  "Undelivered Mail Returned to Sender - Your IP is BLACKLISTED (dragokas/hijackthis #190)",
  "stored thread (issues corpus); the stored text renders the link as Markdown",
);

const LEVEL2_QUOTED = page(
  "https://community.plus.net/t5/Tech-Help-Software-Hardware-etc/RBL-Blacklisting-by-UCEPROTECT/td-p/1925592",
  "RBL - Blacklisting by UCEPROTECT (Plusnet Community), quoting UCEPROTECT's own Level 2 lookup page",
  "stored copy (pages corpus)",
);

const uce = entryKit("uceprotect");
const UCE = page("https://www.uceprotect.net/en/", "UCEPROTECT Network: the blocklist levels");
export const UCEPROTECT_TABLE: ProviderTable = {
  provider: "uceprotect",
  identity: {
    provider: "uceprotect",
    name: "UCEPROTECT (blocklist operator)",
    hosts: ["uceprotect.net"],
    markers: ["uceprotect"],
    source: UCE,
  },
  phrases: [
    uce.phrase({
      id: "level-1-2-3",
      cause: "ip-blocklisted",
      match: [
        /dnsbl-[123]\.uceprotect\.net/,
        /uceprotect-level ?[123]/,
        "uceprotect.net/rblcheck.php",
      ],
      scope: "any",
      source: HIJACKTHIS_190,
      example:
        "said: 553\n\n    Your IP is BLACKLISTED at UCEPROTECT-LEVEL 1 - See:\n\n    [http://www.uceprotect.net/rblcheck.php?ipr=xxx.xxx.xxx.xxx]",
      note: `A receiver refusing the sending IP because UCEPROTECT lists it (${UCE.url}). Level 1 lists the IP; levels 2 and 3 list its neighbours or the whole network (ASN), so a clean IP can be caught: the receiver chose to use those levels. UCEPROTECT's Level 2 page, as quoted on ${LEVEL2_QUOTED.url}: 'UCEPROTECT Level 2 is an escalation list'; the listed IP itself was not involved in abuse but has a bad neighbourhood, and only its provider can fix it.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "uceprotect.net pages were not read from a stored copy (the Level 2 lookup page's text only as quoted on the Plusnet Community); the reply is quoted from a public issue thread.",
  ],
};
