// Proximus (the Belgian operator, formerly Belgacom/Skynet), from its support article for
// customers whose mail is refused because their IP address is on Proximus's own blacklist. The
// refusal does not name a list; the article does: Proximus's, for spam sent from the address.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLACKLIST = page(
  "https://www.proximus.be/support/en/id_sfaqs_mail_blacklist/self-employed-and-small-companies/support/internet/e-mails/problems-with-your-mailbox/your-ip-address-is-in-our-blacklist.html",
  "Your IP address is in our blacklist (Proximus support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("proximus");

export const PROXIMUS_TABLE: ProviderTable = {
  provider: "proximus",
  identity: { provider: "proximus", name: "Proximus", hosts: ["proximus.be"], source: BLACKLIST },
  phrases: [
    phrase({
      id: "under-investigation-for-spam-abuse",
      cause: "ip-blocklisted",
      match: ["under investigation for spam abuse"],
      scope: "any",
      source: BLACKLIST,
      example:
        "554 Access denied - Under investigation for spam abuse. Contact your email provider for more info",
      note: "The article: the sender's IP address (or domain, or mail server) is on Proximus's own blacklist because spam came from it: malware on a computer, a mail server that lets spammers use the domain, newsletters to addresses that no longer exist, or a phished mailbox. Stop the source (updates, a virus scan, new passwords, the server's relay and PTR settings), then ask Proximus to remove the address; its abuse page has a delisting button.",
    }),
  ],
  statusReadings: [],
};
