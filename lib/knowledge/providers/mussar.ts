// mussar.com's mail server, from the page its rejections point to ("You are likely reading this
// page because you received a rejection response from our mail server"), which decodes the
// blocklist reply.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DNSBL = page(
  "http://www.mussar.com/dnsbl/",
  "Decoding the blocking response (mussar.com DNSBL page)",
  "stored copy (pages corpus); the list's name and link in the sample reply did not come through",
);

const { phrase } = entryKit("mussar");

export const MUSSAR_TABLE: ProviderTable = {
  provider: "mussar",
  identity: {
    provider: "mussar",
    name: "mussar.com mail",
    hosts: ["mussar.com"],
    source: DNSBL,
  },
  phrases: [
    phrase({
      id: "mail-from-ip-refused-by-list",
      cause: "ip-blocklisted",
      match: [/mail from [\dx]{1,3}(?:\.[\dx]{1,3}){3} refused by/],
      scope: "any",
      source: DNSBL,
      example:
        "Mail from xx.xx.xx.xx refused by relays.osirusoft.com; see http://relays.osirusoft.com/",
      verbatim: false,
      note: "The page: xx.xx.xx.xx is the IP of the blocklisted relay and the text after 'refused by' names the list that listed it; the relay's operator must have it retested by that list. The stored copy lost the list's name and link, so the example fills one in (Osirusoft, a list of that era).",
    }),
  ],
  statusReadings: [],
};
