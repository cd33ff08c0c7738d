// Other DNS blocklist operators whose answers receivers quote: SpamCop, Barracuda (BRBL),
// UCEPROTECT, Mailspike, PSBL. Each names its zone and its lookup page in its TXT answer. One
// file for these small operators' tables; each is its own ProviderTable.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FORM =
  "The operator's zone or TXT link in a receiver's reply; the line around it is reconstructed.";

const spamcop = entryKit("spamcop");
const SPAMCOP = page("https://www.spamcop.net/bl.shtml", "SpamCop Blocking List");
export const SPAMCOP_TABLE: ProviderTable = {
  provider: "spamcop",
  identity: {
    provider: "spamcop",
    name: "SpamCop (blocklist operator)",
    hosts: ["spamcop.net"],
    markers: ["spamcop.net"],
    source: SPAMCOP,
  },
  phrases: [
    spamcop.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: ["bl.spamcop.net", "spamcop.net/bl.shtml", "spamcop.net/w3m?action=checkblock"],
      scope: "any",
      source: SPAMCOP,
      example: "550 5.7.1 Blocked - see https://www.spamcop.net/bl.shtml?192.0.2.1",
      verbatim: false,
      note: `${FORM} SpamCop's TXT answer is 'Blocked - see' and its lookup link; listings expire by themselves 24 hours after the reports stop.`,
    }),
  ],
  statusReadings: [],
  missingPages: ["spamcop.net/bl.shtml was not read from a stored copy."],
};

const barracuda = entryKit("barracuda");
const BRBL = page("https://www.barracudacentral.org/rbl", "Barracuda Reputation Block List (BRBL)");
export const BARRACUDA_TABLE: ProviderTable = {
  provider: "barracuda",
  identity: {
    provider: "barracuda",
    name: "Barracuda (BRBL; Email Security Gateway)",
    hosts: [
      "barracudanetworks.com",
      "barracudacentral.org",
      "barracuda.com",
      "ess.barracudanetworks.com",
    ],
    markers: ["barracudacentral.org", "barracudanetworks.com/reputation"],
    source: BRBL,
  },
  phrases: [
    barracuda.phrase({
      id: "brbl",
      cause: "ip-blocklisted",
      match: [
        "b.barracudacentral.org",
        "barracudacentral.org",
        "barracudanetworks.com/reputation",
        "blocked using barracuda reputation",
      ],
      scope: "any",
      source: BRBL,
      example:
        "554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation; http://www.barracudanetworks.com/reputation/?pr=1&ip=192.0.2.1",
      verbatim: false,
      note: `${FORM} Delisting is requested at barracudacentral.org.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "barracudacentral.org/rbl and Barracuda Email Security Gateway rejection pages were not found stored; the gateway's own replies are not entered.",
  ],
};

const uce = entryKit("uceprotect");
const UCE = page(
  "https://www.uceprotect.net/en/index.php?m=3&s=3",
  "UCEPROTECT Network: the blocklist levels",
);
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
      source: UCE,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using dnsbl-1.uceprotect.net; IP 192.0.2.1 is UCEPROTECT-Level1 listed. See http://www.uceprotect.net/rblcheck.php?ipr=192.0.2.1",
      verbatim: false,
      note: `${FORM} Level 1 lists the IP; levels 2 and 3 list its neighbours or the whole network (ASN), so a clean IP can be caught: the receiver chose to use those levels.`,
    }),
  ],
  statusReadings: [],
  missingPages: ["uceprotect.net pages were not read from a stored copy."],
};

const mailspike = entryKit("mailspike");
const MS = page("https://mailspike.io/", "Mailspike IP reputation");
export const MAILSPIKE_TABLE: ProviderTable = {
  provider: "mailspike",
  identity: {
    provider: "mailspike",
    name: "Mailspike (blocklist operator)",
    hosts: ["mailspike.net", "mailspike.io"],
    markers: ["mailspike"],
    source: MS,
  },
  phrases: [
    mailspike.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: [
        "bl.mailspike.net",
        "z.mailspike.net",
        "mailspike.io/ip_verify",
        "mailspike.net/ip_verify",
      ],
      scope: "any",
      source: MS,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using bl.mailspike.net",
      verbatim: false,
      note: FORM,
    }),
  ],
  statusReadings: [],
  missingPages: ["mailspike.io pages were not read from a stored copy."],
};

const psbl = entryKit("psbl");
const PSBL = page("https://psbl.org/", "PSBL: Passive Spam Block List");
export const PSBL_TABLE: ProviderTable = {
  provider: "psbl",
  identity: {
    provider: "psbl",
    name: "PSBL (blocklist operator)",
    hosts: ["psbl.org", "surriel.com"],
    markers: ["psbl.surriel.com", "psbl.org"],
    source: PSBL,
  },
  phrases: [
    psbl.phrase({
      id: "bl",
      cause: "ip-blocklisted",
      match: ["psbl.surriel.com", "psbl.org/listing"],
      scope: "any",
      source: PSBL,
      example:
        "554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked using psbl.surriel.com; Listed in PSBL, see http://psbl.org/listing?ip=192.0.2.1",
      verbatim: false,
      note: `${FORM} PSBL lists IPs that sent to spam traps; anyone can remove a listing on the page.`,
    }),
  ],
  statusReadings: [],
  missingPages: ["psbl.org pages were not read from a stored copy."],
};
