// Baruwa, the open-source mail filter (Exim and MailScanner) hosting companies run in front of
// their customers' mail, from the information page of one such service (Umanix's Bastion),
// which lists each refusal Baruwa gives with its meaning and what to do. The replies that read
// right without help (relay, sender verification, rbl.baruwa.net listings) are not repeated.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const INFO = page(
  "https://bastion.umanix.net/info",
  "Bastion information page (Umanix, a Baruwa mail filter service)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("baruwa");

/** [id, cause, needle, reply, note]. */
const ROWS: readonly (readonly [string, CauseId, string | RegExp, string, string])[] = [
  [
    "sender-banned",
    "sender-policy",
    /the sender \S+ is banned/,
    "The sender xxx.xxx.xxx.xxx is banned",
    "The page: the sending IP address is on the banned senders list (the recipient's side keeps it); it must be taken off that list.",
  ],
  [
    "domain-banned",
    "sender-policy",
    /the domain \S+ is banned/,
    "The domain example.com is banned",
    "The page: the sender's domain is on the banned senders list; it must be taken off that list.",
  ],
  [
    "dictionary-attack",
    "bad-reputation",
    "dictionary attack detected",
    "Dictionary attack detected",
    "The page: the filter saw an attempt to harvest addresses (many unknown recipients); send only to existing addresses and update the mailing list.",
  ],
  [
    "multi-recipient-bounce",
    "protocol-syntax",
    "legitimate bounces are never sent to more than one recipient",
    "Legitimate bounces are never sent to more than one recipient.",
    "The page: a bounce (empty envelope sender) was addressed to more than one recipient, which real bounces never are.",
  ],
  [
    "recipient-verification-failed",
    "recipient-unknown",
    "recipient verification failed",
    "Recipient verification failed",
    "The page: the recipient's address could not be verified with the protected mail server; check the address.",
  ],
];

export const BARUWA_TABLE: ProviderTable = {
  provider: "baruwa",
  identity: {
    provider: "baruwa",
    name: "Baruwa mail filter",
    hosts: ["baruwa.net", "baruwa.com"],
    source: INFO,
  },
  phrases: ROWS.map(([id, cause, needle, example, note]) =>
    phrase({ id, cause, match: [needle], scope: "any", source: INFO, example, note }),
  ),
  statusReadings: [],
  missingPages: [
    "Baruwa's own documentation of its refusals: not found stored; a Baruwa service's information page was read instead.",
  ],
};
