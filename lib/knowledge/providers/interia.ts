// Interia (interia.pl, interia.eu, poczta.fm), a large Polish mailbox provider. Its help centre
// lists the refusals its servers send, each in Polish and English, and its anti-spam page explains
// the refusal of a sending IP its users mark as spam.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const WHY = page(
  "https://pomoc.poczta.interia.pl/news-dlaczego-wiadomosc-nie-zostala-dostarczona,nId,6589600",
  "Dlaczego wiadomość nie została dostarczona? (Interia Poczta help: why was the message not delivered?)",
  "stored copy (pages corpus)",
);
const SPAM_IP = page(
  "http://pomoc.poczta.interia.pl/antispam,ip,ip_serwera",
  "Interia Poczta anti-spam: the sending server's IP address",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("interia");

export const INTERIA_TABLE: ProviderTable = {
  provider: "interia",
  identity: {
    provider: "interia",
    name: "Interia Poczta (interia.pl)",
    hosts: ["interia.pl", "interia.eu", "poczta.fm"],
    markers: ["pomoc.poczta.interia.pl"],
    source: WHY,
  },
  phrases: [
    phrase({
      id: "account-not-found",
      cause: "recipient-unknown",
      match: ["550 5.1.1 account not found"],
      source: WHY,
      example: "550 5.1.1 Account not found",
      note: "The page: the account you send to does not exist or has been blocked; check the recipient's address.",
    }),
    phrase({
      id: "recipient-doesnt-want-your-mail",
      cause: "sender-policy",
      match: ["recipient doesn't want your mail"],
      source: WHY,
      example: "550 5.7.1 Recipient doesn't want your mail",
      note: "The page: the recipient has probably added you to their blocked list; only the recipient can lift it.",
    }),
    phrase({
      id: "spf-host-not-allowed",
      cause: "authentication-failure",
      match: ["[spf] host"],
      also: ["is not allowed to send mail from"],
      source: WHY,
      example: "550 5.7.0 [SPF] host (host number) is not allowed to send mail from domain",
      note: "The page: the domain's owner sets which IPs may send its mail (SPF), and the sending IP is not one of them.",
    }),
    phrase({
      id: "ip-labeled-source-of-spam",
      cause: "bad-reputation",
      match: ["has been labeled as a source of spam"],
      source: SPAM_IP,
      example:
        "IP address () of the server handling your email has been labeled as a source of spam.",
      note: "The page: Interia's users move most mail from this IP to their spam folder, so Interia refuses it. It names shared hosting, transactional and marketing mail sent from the same IPs, an SPF record that does not list the IP (or is not closed with -all), and a missing PTR record as common reasons.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Interia's '550 5.2.1 Mailbox not available' is left out: its page says it can mean a mistyped address, a full mailbox or a suspended account, which the words cannot tell apart.",
  ],
};
