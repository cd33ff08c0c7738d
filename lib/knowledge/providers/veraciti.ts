// Veraciti (a US hosting and IT company), from its customer-support page on mail it refuses
// because the sending server's reverse DNS is missing or does not match, which prints the two
// refusals senders see.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REVERSE_DNS = page(
  "http://www.veraciti.com/Customer-Support/reverse-dns.html",
  "Reverse DNS (Veraciti customer support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("veraciti");

export const VERACITI_TABLE: ProviderTable = {
  provider: "veraciti",
  identity: {
    provider: "veraciti",
    name: "Veraciti",
    hosts: ["veraciti.com", "kooobra.com"],
    source: REVERSE_DNS,
  },
  phrases: [
    phrase({
      id: "no-reverse-dns-lookup",
      cause: "reverse-dns",
      match: ["does not properly resolve for reverse dns lookup"],
      scope: "any",
      source: REVERSE_DNS,
      example: "550 IP address does not properly resolve for reverse DNS lookup",
      note: "The page: without a PTR record for the sending IP, or with one that does not match the mail server's name, Veraciti does not accept the mail.",
    }),
    phrase({
      id: "sender-ip-must-resolve",
      cause: "reverse-dns",
      match: ["sender ip must resolve"],
      scope: "any",
      source: REVERSE_DNS,
      example: "501 5.7.1 <sender's email address>...Sender IP must resolve",
      note: "The page gives this as the other form of the same refusal: the sending server's IP has no matching reverse DNS (PTR) record.",
    }),
  ],
  statusReadings: [],
};
