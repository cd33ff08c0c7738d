// COMSERVICE (a hosting and IT company in Frankfurt (Oder)), from its FAQ table of SMTP error
// messages and their causes (SMTP Fehlermeldungen / E-Mail Fehler). Its explanation of 'Reject
// due to policy violations' names the cause the words leave out: the sending IP's poor delivery
// record (mail to many addresses that do not exist), or a HELO that keeps changing.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FAQ = page(
  "https://new-faq.comservice-ffo.de/smtp-fehlermeldungen-e-mail-fehler/",
  "SMTP Fehlermeldungen / E-Mail Fehler (COMSERVICE FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("comservice-ffo");

export const COMSERVICE_FFO_TABLE: ProviderTable = {
  provider: "comservice-ffo",
  identity: {
    provider: "comservice-ffo",
    name: "COMSERVICE Frankfurt (Oder)",
    hosts: ["comservice-ffo.de"],
    source: FAQ,
  },
  phrases: [
    phrase({
      id: "421-reject-policy-violations",
      cause: "bad-reputation",
      match: ["reject due to policy violations"],
      replyCode: [421],
      source: FAQ,
      example: "421 Reject due to policy violations",
      note: "The FAQ: the sending server's IP is barred from delivering for now because of a poor delivery record (mail to too many addresses that do not exist), usually an out-of-date newsletter list or a hijacked mailbox sending spam. Fix the cause and try again later.",
    }),
    phrase({
      id: "450-reject-policy-violations",
      cause: "bad-reputation",
      match: ["reject due to policy violations"],
      replyCode: [450],
      source: FAQ,
      example: "450 Reject due to policy violations.",
      note: "The FAQ gives two causes: a HELO/EHLO name that keeps changing from one connection to the next (a sign of an infected system sending spam), or the same poor delivery record as the 421. Either way the sending server's behaviour, judged by the receiver.",
    }),
    phrase({
      id: "rate-limit-reached",
      cause: "rate-limited",
      match: ["rate limit reached. please try again later"],
      scope: "any",
      source: FAQ,
      example: "421 Rate limit reached. Please try again later",
      note: "The FAQ: too many messages were delivered in too short a time; try again in a few hours and send more slowly.",
    }),
  ],
  statusReadings: [],
};
