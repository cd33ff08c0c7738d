// Proofpoint (enterprise gateway, Essentials, and the Proofpoint Dynamic Reputation list that
// iCloud and many companies use). Proofpoint's postmaster portal (stored copy) states the
// requirements (forward and reverse DNS, FQDN HELO, SPF/DKIM/DMARC, TLS) and points to
// ipcheck.proofpoint.com for blocked IPs; refusals link that page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "https://www.proofpoint.com/postmaster",
  "Proofpoint Postmaster portal",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("proofpoint");

export const PROOFPOINT_TABLE: ProviderTable = {
  provider: "proofpoint",
  identity: {
    provider: "proofpoint",
    name: "Proofpoint",
    hosts: ["pphosted.com", "ppe-hosted.com", "proofpoint.com"],
    markers: ["ipcheck.proofpoint.com", "support.proofpoint.com/dnsbl-lookup"],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "pdr-blocked",
      cause: "ip-blocklisted",
      match: [
        "ipcheck.proofpoint.com",
        "support.proofpoint.com/dnsbl-lookup",
        "proofpoint.com/dnsbl-lookup",
      ],
      scope: "any",
      source: POSTMASTER,
      example: "554 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1",
      verbatim: false,
      note: "Proofpoint Dynamic Reputation lists the IP (it can move between delayed, blocked and clear); request review at ipcheck.proofpoint.com. The portal lists no reply lines: this one is reconstructed.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Proofpoint Essentials and enterprise SMTP error pages: not found stored; only the reputation block is entered.",
  ],
};
