// Barracuda: the Barracuda Reputation Block List (BRBL), a DNS blocklist that receivers (Barracuda
// appliances above all) consult and quote, and Barracuda's own gateways: the Email Security
// Gateway appliance and the cloud Email Gateway Defense (formerly Email Security Service, hosts
// under ess.barracudanetworks.com). Barracuda's Campus pages list the gateways' Message Log
// reasons (what the recipient's administrator sees) but print no reply lines; the lines below come
// from pages and lists that quote them, each cited.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BRBL = page("https://www.barracudacentral.org/rbl", "Barracuda Reputation Block List (BRBL)");
const BOUNCES = page(
  "https://hardwaresecrets.com/understanding-email-bounce-messages/4/",
  "Understanding Email Bounce Messages: Problems with Your Email Server (Hardware Secrets)",
  "stored copy (pages corpus)",
);
const MIT_TIG = page(
  "http://tig.csail.mit.edu/wiki/TIG/EmailBlockedByBarracuda",
  'How to deal with "host blocked using Barracuda reputation" (MIT CSAIL TIG)',
  "stored copy (pages corpus); the stored text lacks the IP inside the brackets",
);
const EGD_LOG = page(
  "https://campus.barracuda.com/doc/167976683",
  "Email Gateway Defense: Message Log reasons and actions (Barracuda Campus)",
  "stored copy (pages corpus)",
);
const ESG_NDR = page(
  "https://campus.barracuda.com/product/emailsecuritygateway/knowledgebase/50160000000HmT0AAK/in-what-specific-situations-will-my-email-security-gateway-send-an-ndr-bounce-message-to-the-sender/",
  "In what specific situations will my Email Security Gateway send an NDR (bounce) message to the sender? (Barracuda Campus)",
  "stored copy (pages corpus)",
);

const SFM_550 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json",
  "SMTP Field Manual: 550 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/550.json",
);
const SFM_554 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/554.json",
);
const SFM_421 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/421.json",
  "SMTP Field Manual: 421 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/421.json",
);
const SFM =
  "The reply as ActiveCampaign's SMTP Field Manual records it for Barracuda (a public, curated list of replies seen in bounces).";

const barracuda = entryKit("barracuda");

export const BARRACUDA_TABLE: ProviderTable = {
  provider: "barracuda",
  identity: {
    provider: "barracuda",
    name: "Barracuda (BRBL; Email Security Gateway; Email Gateway Defense)",
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
      match: ["b.barracudacentral.org", "barracudacentral.org", "barracudanetworks.com/reputation"],
      scope: "any",
      source: BOUNCES,
      example:
        "blocked using b.barracudacentral.org;\nhttps://www.barracudanetworks.com/reputation/?pr=1&ip=[ip address]",
      note: "The BRBL zone and lookup link as a receiver quotes them (the page lists the line among blocklist refusals). Delisting is requested at barracudacentral.org.",
      removal: { blocklist: "barracuda", source: BRBL },
    }),
    barracuda.phrase({
      id: "brbl-reputation-reply",
      cause: "ip-blocklisted",
      match: ["blocked using barracuda reputation"],
      scope: "any",
      source: MIT_TIG,
      example: "554 Service unavailable; Client host [] blocked using Barracuda Reputation;",
      note: "A Barracuda appliance's refusal citing the BRBL. The page warns that the IP in the brackets may come from a Received: header (the client's submission address) rather than the sending server.",
      removal: { blocklist: "barracuda", source: BRBL },
    }),
    barracuda.phrase({
      id: "ess-blocked",
      cause: "sender-policy",
      match: [/permanent failure for one or more recipients \([^)]{0,300}:blocked\)/],
      source: SFM_550,
      example: "smtp;550 permanent failure for one or more recipients (email@example.com:blocked)",
      note: `${SFM} Email Gateway Defense hosts (d*.ess.barracudanetworks.com) send it. The Campus page (${EGD_LOG.url}) lists why a message is blocked (reputation, sender policy, SPF/DMARC, content, ATP) but only the recipient's administrator sees which reason applied in the Message Log. When the brackets hold a reply instead of 'blocked', that reply is the recipient's own server's.`,
    }),
    barracuda.phrase({
      id: "cuda-nsu-user-unknown",
      cause: "recipient-unknown",
      match: [/cuda_nsu 5\.1\.1 <[^>\s]{1,254}>\.{3} user unknown/],
      source: SFM_550,
      example: "smtp;550 cuda_nsu 5.1.1 <email@example.com>... User unknown",
      note: `${SFM} 'cuda_nsu' marks the Barracuda appliance's own reply: the recipient's server (or its directory) does not know the address.`,
    }),
    barracuda.phrase({
      id: "spam-url-in-content",
      cause: "domain-blocklisted",
      match: ["rejected due to spam url in content"],
      source: SFM_554,
      example: "smtp;554 rejected due to spam URL in content",
      note: `${SFM} Intent Analysis: a link in the message points to a domain Barracuda's reputation data lists as spam.`,
    }),
    barracuda.phrase({
      id: "banned-content",
      cause: "content-spam",
      match: ["rejecting banned content"],
      source: SFM_554,
      example: "smtp;554 rejecting banned content",
      note: `${SFM} A content rule of the recipient's gateway (words, attachment types) matched the message.`,
    }),
    barracuda.phrase({
      id: "spoofed-message",
      cause: "authentication-failure",
      match: ["rejecting spoofed message"],
      source: SFM_550,
      example: "smtp;550 rejecting spoofed message",
      note: `${SFM} The gateway judged the sender address forged (it claims a domain whose SPF/DMARC the message fails, or the recipient's own domain).`,
    }),
    barracuda.phrase({
      id: "license-expired",
      cause: "remote-server-error",
      match: ["422 license expired"],
      source: SFM_421,
      example: "smtp;422 License Expired",
      note: `${SFM} The recipient organisation's Barracuda subscription has lapsed: only its administrator can fix it.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "barracudacentral.org/rbl was not read from a stored copy (the BRBL lines are quoted from third-party pages that print them).",
    `Barracuda's Campus pages print no reply lines for the Email Security Gateway or Email Gateway Defense: the gateway's replies are quoted from ActiveCampaign's SMTP Field Manual. ${ESG_NDR.url} says connection-level blocks (RBLs, Barracuda Reputation, rDNS, rate control, sender policy) produce no Barracuda NDR: the sender's MTA reports the reply.`,
  ],
};
