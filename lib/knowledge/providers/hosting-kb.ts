// Hosting companies' help pages that print the replies their customers' mail meets from other
// servers and say what each means: Host Media (UK) on rejected mail and Ubiquity Hosting (US) on
// delivery status notifications. Each reply is the page's; the pages' other listed replies read
// right unaided (Host Media's "[ESA] Sender blocked" is left out: MailChannels, whose reply it is,
// documents it as a manual block, see mailchannels.ts).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HOST_MEDIA = page(
  "https://portal.hostmedia.uk/knowledgebase/201204295/My-emails-are-being-rejected-or-not-arriving-at-their-destination.html",
  "My emails are being rejected or not arriving at their destination (Host Media knowledge base)",
  "stored copy (pages corpus)",
);
const UBIQUITY = page(
  "http://wiki.ubiquityhosting.com/index.php/Delivery_Status_Notification",
  "Delivery Status Notification (Ubiquity Web Hosting Wiki)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("hosting-kb");

export const HOSTING_KB_TABLE: ProviderTable = {
  provider: "hosting-kb",
  identity: {
    provider: "hosting-kb",
    name: "Hosting companies' help pages",
    hosts: ["hostmedia.uk", "ubiquityhosting.com"],
    source: HOST_MEDIA,
  },
  phrases: [
    phrase({
      id: "host-media-sender-domain-not-found",
      cause: "sender-address-invalid",
      // The words name the sender's domain; the status beside them (5.1.2, a bad destination
      // system) would otherwise send the reading to the recipient's domain.
      match: ["sender domain not found"],
      scope: "any",
      source: HOST_MEDIA,
      example: "550 5.1.2 Sender Domain Not Found",
      note: "Host Media: the domain of the From address has no DNS records. Check that the sending domain is live and has an MX record.",
    }),
    phrase({
      id: "ubiquity-listed-at",
      cause: "ip-blocklisted",
      // "Rejected: <sender's host> listed at <list's zone>": the reply names the list it used.
      match: [/rejected: \S+ listed at \S/],
      scope: "any",
      source: UBIQUITY,
      example: "Remote host said: 550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org",
      note: "Ubiquity Hosting: the sender's domain name or IP address is listed in a blacklist database the receiving provider filters with, the one the reply names (relays.ordb.org in the page's example).",
    }),
  ],
  statusReadings: [],
};
