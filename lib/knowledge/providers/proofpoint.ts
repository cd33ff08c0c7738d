// Proofpoint (enterprise gateway, Essentials, and the Proofpoint Dynamic Reputation list that
// iCloud and many companies use). Proofpoint's postmaster portal (stored copy) states the
// requirements (forward and reverse DNS, FQDN HELO, SPF/DKIM/DMARC, TLS) and points to
// ipcheck.proofpoint.com for blocked IPs; refusals link that page.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, RemovalPage } from "./types";

const POSTMASTER = page(
  "https://www.proofpoint.com/postmaster",
  "Proofpoint Postmaster portal",
  "stored copy (pages corpus)",
);

/**
 * Proofpoint's IP check, where the portal sends senders whose IP Proofpoint Dynamic Reputation
 * blocks: it shows the IP's state and takes a review request. iCloud's refusals link it too
 * (apple.ts), so it is written once, here.
 */
export const PROOFPOINT_IP_CHECK: RemovalPage = {
  name: "Proofpoint's IP check (ipcheck.proofpoint.com)",
  url: "https://ipcheck.proofpoint.com/",
  kind: "request",
  source: POSTMASTER,
};

const EMAILWIZ_233 = page(
  "https://github.com/LukeSmithxyz/emailwiz/issues/233",
  "Getting removed from Proofpoint blacklist (LukeSmithxyz/emailwiz #233)",
  "stored thread (issues corpus)",
);

const SPAMBRELLA = page(
  "https://www.spambrella.com/faq/email-delivery-error-codes/",
  "Common Email Delivery Error Codes (Spambrella FAQ)",
  "stored copy (pages corpus); the page drops the address between the status and the text",
);
const PPE_SPF = page(
  "https://www.404andmore.com/proofpoint-essentials-fixing-the-550-5-7-1-spf-rejected-error/",
  "Proofpoint Essentials: Fixing the 550 5.7.1 SPF Rejected Error (404 and More)",
  "stored copy (pages corpus)",
);

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

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
      removal: PROOFPOINT_IP_CHECK,
    }),
    phrase({
      id: "prs-blocked",
      cause: "ip-blocklisted",
      match: ["blocked using prs.proofpoint.com"],
      source: SFM_550,
      example:
        "smtp;550 5.7.1 Service unavailable; client [x.xx.xx.xx] blocked using prs.proofpoint.com",
      note: `${SFM_NOTE} A Proofpoint-protected receiver refusing an IP on Proofpoint's reputation list (prs.proofpoint.com); request review at ipcheck.proofpoint.com.`,
      removal: PROOFPOINT_IP_CHECK,
    }),
    phrase({
      id: "csi-blocked",
      cause: "ip-blocklisted",
      match: ["blocked using cloudmark sender intelligence"],
      scope: "any",
      source: SFM_550,
      example:
        "smtp;550 5.7.1 Service unavailable; client [x.xx.xx.xx] blocked using Cloudmark Sender Intelligence (Visit http://csi.cloudmark.com/reset-request/ if you feel this is in error)",
      note: `${SFM_NOTE} The receiver uses Cloudmark Sender Intelligence (CSI), which lists the IP; the reset request is at csi.cloudmark.com.`,
      // The address the reply itself gives for a reset request.
      removal: {
        name: "Cloudmark Sender Intelligence reset request",
        url: "http://csi.cloudmark.com/reset-request/",
        kind: "request",
        source: SFM_550,
      },
    }),
    phrase({
      id: "sender-dmarc-policy",
      cause: "authentication-failure",
      match: ["email rejected per sender's dmarc policy"],
      source: SFM_550,
      example: "smtp;550 5.7.0 Email rejected per sender's DMARC policy",
      note: `${SFM_NOTE} The message failed DMARC and the sending domain's policy is reject.`,
    }),
    phrase({
      id: "essentials-smtp-discovery-invalid",
      cause: "recipient-unknown",
      match: ["user email address is marked as invalid"],
      scope: "any",
      source: SPAMBRELLA,
      example: "550 5.7.1 : Recipient address rejected: User email address is marked as invalid",
      note: "A Proofpoint Essentials filter's refusal (SMTP Discovery): the recipient is on the SMTP Discovery invalid-users list, i.e. not a known user of the protected domain. Under 5.7.1 it reads like a policy block, but it is an unknown recipient (or one the recipient's administrator must take off that list).",
    }),
    phrase({
      id: "essentials-sender-spf-policy",
      cause: "authentication-failure",
      match: ["message rejected per sender's spf policy"],
      source: PPE_SPF,
      example: "550 5.7.1 Message rejected per sender's SPF policy - OXSUS001_514",
      note: "Mail sent out through Proofpoint Essentials' hosted dispatch, refused because the sending domain's SPF record does not authorise Proofpoint's dispatch servers (add its a:dispatch-<region>.ppe-hosted.com mechanism to the one SPF record).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Proofpoint's own Essentials and enterprise SMTP error pages: not found stored (help.proofpoint.com's 'Bounces and Deferrals' page is stored but lists status categories, not replies). The reputation block is quoted from a public issue thread; the Essentials SMTP Discovery refusal from a Proofpoint Essentials reseller's FAQ (Spambrella); the Essentials SPF refusal from an IT guide (404 and More).",
  ],
};
