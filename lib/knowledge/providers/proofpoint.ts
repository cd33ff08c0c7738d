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

const EMAILWIZ_233 = page(
  "https://github.com/LukeSmithxyz/emailwiz/issues/233",
  "Getting removed from Proofpoint blacklist (LukeSmithxyz/emailwiz #233)",
  "stored thread (issues corpus)",
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
      source: EMAILWIZ_233,
      example:
        "host mxb-001.gslb.pphosted.com[10.11.20.40]\n    said: 550 5.7.0 Blocked - see\n    https://ipcheck.proofpoint.com/?ip=149.28.244.134 (in reply to end of DATA\n    command)",
      note: `Proofpoint Dynamic Reputation lists the IP (it can move between delayed, blocked and clear); request review at ipcheck.proofpoint.com (${POSTMASTER.url}). The reply as a sender pasted it in a public thread; the portal prints no reply lines.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Proofpoint Essentials and enterprise SMTP error pages: not found stored; only the reputation block is entered, its reply quoted from a public issue thread.",
  ],
};
