// Gandi Mail (GandiMail, the French registrar's hosted mail), from its postmaster page, the
// troubleshooting page its refusals link to ("Reject for policy reason RULE3_2. See
// http://postmaster.gandi.net"), and its documentation's page on one of those errors. The
// refusal's words say only "policy reason" and a rule number; the page says what each rule is.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const POSTMASTER = page(
  "https://postmaster.gandi.net/",
  "Troubleshooting page for GandiMail (Gandi postmaster)",
  "stored copy (pages corpus)",
);

const SERVICE_UNAVAILABLE = page(
  "https://docs.gandi.net/de/gandimail/faq/error_types/554_5_7_1_service_unavailable.html",
  "554 5.7.1 Service unavailable (Gandi documentation, GandiMail FAQ, error types)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("gandi");

/** "Reject for policy reason. RULE2_1" as the page prints it, "... reason RULE2_1." in replies. */
const rule = (n: string): RegExp => new RegExp(`reject for policy reason\\.? ${n}(?![0-9])`);

const DOCS =
  "The page sends the sender to Gandi's documentation for the steps; the refusal itself says only 'policy reason' and the rule.";

export const GANDI_TABLE: ProviderTable = {
  provider: "gandi",
  identity: {
    provider: "gandi",
    name: "Gandi Mail",
    hosts: ["gandi.net"],
    markers: ["postmaster.gandi.net"],
    source: POSTMASTER,
  },
  phrases: [
    phrase({
      id: "rule1-1-virus",
      cause: "content-virus",
      match: [rule("rule1_1")],
      scope: "any",
      source: POSTMASTER,
      example: "Reject for policy reason. RULE1_1",
      note: `The page: a possible virus or malware was found in the message. ${DOCS}`,
    }),
    phrase({
      id: "rule2-1-phishing",
      cause: "content-spam",
      match: [rule("rule2_1")],
      scope: "any",
      source: POSTMASTER,
      example: "Reject for policy reason. RULE2_1",
      note: `The page: the message was taken for phishing, by heuristic analysis or for a suspicious link in it. ${DOCS}`,
    }),
    phrase({
      id: "rule2-2-scam",
      cause: "content-spam",
      match: [rule("rule2_2")],
      scope: "any",
      source: POSTMASTER,
      example: "Reject for policy reason. RULE2_2",
      note: `The page: heuristic analysis took the message for a potential scam. ${DOCS}`,
    }),
    phrase({
      id: "rule3-1-suspicious-commercial",
      cause: "content-spam",
      match: [rule("rule3_1")],
      scope: "any",
      source: POSTMASTER,
      example: "Reject for policy reason. RULE3_1",
      note: `The page: a suspicious commercial email was detected. ${DOCS}`,
    }),
    phrase({
      id: "rule3-2-high-spam-score",
      cause: "content-spam",
      match: [rule("rule3_2")],
      scope: "any",
      source: POSTMASTER,
      example: "Reject for policy reason. RULE3_2",
      note: `The page: Gandi's filter gave the message a high spam probability score. Replies carry it as '550 5.7.1 Reject for policy reason RULE3_2. See http://postmaster.gandi.net'. ${DOCS}`,
    }),
    phrase({
      id: "blocked-you-may-be-infected",
      cause: "ip-blocklisted",
      // The postmaster page prints "blocked you maybe infected", the documentation "blocked you
      // may be infected".
      match: [/blocked you may ?be infected/],
      scope: "any",
      source: SERVICE_UNAVAILABLE,
      example:
        "554 5.7.1 Service unavailable; Client host [xxx.xxx.xxx.xxx] blocked you may be infected",
      note: "The documentation: the public IP address the mail was sent from (the sender's internet gateway) is listed by Spamhaus (its CBL part) for a high probability of spam, so Gandi blocks sending from it for a time; the postmaster page adds that a computer behind it may carry a trojan or virus. Clean the network, then ask Spamhaus to delist the address (the CBL link in its lookup report).",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The postmaster page's 'sasl_rate_limit per %' is printed without an explanation in the stored copy; 'Greylisted for %s seconds' is a greylisting deferral (no cause of the vocabulary; the page says no action is needed); 'blocked using sbl-xbl.spamhaus.org' is a public list's refusal the generic knowledge reads already.",
  ],
};
