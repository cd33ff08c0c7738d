// Cisco Secure Email (IronPort, ESA / Cloud Email Security). The default HAT rejection (sender
// reputation, SenderBase/Talos) and the default SPF reject and defer texts from the AsyncOS
// guides. The guides were read through stored copies of their pages; the HAT reject line as a
// Cisco engineer explained it on Cisco's community forum.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HAT = page(
  "https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/200436-Identify-and-allow-poor-SenderBase-Reput.html",
  "Identify and allow poor SenderBase reputation senders (Cisco ESA)",
  "the reply and Cisco's explanation on community.cisco.com/t5/email-security/cisco-esa-domain-exception (pages corpus)",
);
const SPF = page(
  "https://manualsbrain.com/en/manuals/1700579/?page=292",
  "Cisco AsyncOS 9.1 for Email CLI Reference Guide, SPF/SIDF verification (a stored copy of the guide's page 264)",
);

const SPF_SEEN = page(
  "https://pastebin.com/WuNRM1VB",
  "A forwarded Gmail delivery failure quoting a receiver's SPF refusal (pastebin)",
  "stored copy (docs corpus)",
);

const SMTP_CODES = page(
  "https://smtp.codes/cisco",
  "Cisco Secure Email (smtp.codes)",
  "repo fm/smtp-codes data/codes/*.json (the site's source)",
);
const SMTP_CODES_NOTE =
  "The reply as smtp.codes lists it for Cisco Secure Email (a public, curated collection of providers' replies, after ActiveCampaign's SMTP Field Manual).";

const { phrase } = entryKit("cisco");

export const CISCO_TABLE: ProviderTable = {
  provider: "cisco",
  identity: {
    provider: "cisco",
    name: "Cisco Secure Email (IronPort)",
    hosts: ["iphmx.com", "ironport.com"],
    markers: ["talosintelligence.com/reputation_center"],
    source: HAT,
  },
  phrases: [
    phrase({
      id: "hat-poor-reputation",
      cause: "bad-reputation",
      match: ["has been rejected due to the sending mta's poor reputation"],
      scope: "any",
      source: HAT,
      example:
        "554 smtp.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      note: "The sending IP's SenderBase/Talos reputation put it in the receiver's BLACKLIST sender group.",
    }),
    phrase({
      id: "spf-reject-default",
      cause: "authentication-failure",
      match: ["spf unauthorized mail is prohibited"],
      scope: "any",
      source: SPF_SEEN,
      example:
        "The error that the other server returned was: 550 550 5.7.1 SPF unauthorized mail is prohibited. (state 18).",
      note: `The AsyncOS guide (${SPF.url}) gives reject code 550 and this text as the SPF defaults; the line is a receiver's refusal as Gmail's delivery failure quoted it (2011). The sending IP is not allowed by the sender domain's SPF record.`,
    }),
    phrase({
      id: "spf-defer-default",
      cause: "authentication-failure",
      match: ["temporary error occurred during spf verification"],
      scope: "any",
      source: SPF,
      example: "451 #4.4.3 Temporary error occurred during SPF verification.",
      verbatim: false,
      note: "The default defer: SPF could not be checked (the sender domain's DNS failed); the guide gives code 451 and this text.",
    }),
    phrase({
      id: "access-to-submit-rejected",
      cause: "bad-reputation",
      match: ["your access to submit messages to this e-mail system has been rejected"],
      scope: "any",
      source: SMTP_CODES,
      example: "550 5.7.1 Your access to submit messages to this e-mail system has been rejected.",
      note: `${SMTP_CODES_NOTE} smtp.codes: a block on the sender, usually because the sending IP or domain has a low reputation as Cisco Talos reports it.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Cisco's AsyncOS user guide pages on HAT default responses were not stored; the reply is from Cisco's community forum.",
  ],
};
