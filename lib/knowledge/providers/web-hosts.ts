// Web-hosting companies' mail servers, from the hosts' own help pages that print the replies their
// servers give and say what they mean: ALL-INKL.COM (Germany), a cPanel host's (Hoasted, the
// Netherlands) page on cPanel's outgoing-mail limit, and OneSystems (Switzerland) on qmail's
// delivery error. Each reply is the page's; the hosts' other listed replies read right unaided.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ALL_INKL = page(
  "https://all-inkl.com/en/mail-error/",
  "Email error messages (ALL-INKL.COM)",
  "stored copy (pages corpus)",
);
const HOASTED = page(
  "https://support.hoasted.com/article/282-e-mail-fouten-debuggen",
  "E-mail fouten debuggen (Hoasted support)",
  "stored copy (pages corpus)",
);
const ONESYSTEMS = page(
  "https://support.onesystems.ch/722126-%C3%9Cbersicht-h%C3%A4ufig-vorkommender-Fehlermeldungen",
  "Übersicht häufig vorkommender Fehlermeldungen (OneSystems support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("web-hosts");

export const WEB_HOSTS_TABLE: ProviderTable = {
  provider: "web-hosts",
  identity: {
    provider: "web-hosts",
    name: "Web-hosting companies' mail servers",
    hosts: ["kasserver.com", "all-inkl.com"],
    source: ALL_INKL,
  },
  phrases: [
    phrase({
      id: "all-inkl-previously-unknown",
      cause: "recipient-unknown",
      match: ["one or more recipients were previously reported as unknown"],
      scope: "any",
      source: ALL_INKL,
      example:
        "Message cannot be sent. One or more recipients were previously reported as unknown.",
      note: "ALL-INKL's outgoing server refuses the message itself: at least one recipient address no longer exists or its mailbox is permanently blocked, as earlier deliveries showed. Remove the address; ALL-INKL blocks it to protect the sender's reputation.",
    }),
    phrase({
      id: "cpanel-max-defers-failures",
      cause: "rate-limited",
      match: [/has exceeded the max defers and failures per hour/],
      scope: "any",
      source: HOASTED,
      example:
        "Domain domein.nl has exceeded the max defers and failures per hour (5/5 (100%)) allowed. Message discarded.",
      note: "The sender's own hosting server (cPanel's outgoing-mail limit, whose API documentation prints the same message) discarded the message: the domain's outgoing mail bounced or was deferred too often in the last hour. Wait an hour, and find what bounced (stale addresses, a compromised account); nothing is wrong with this recipient.",
    }),
    phrase({
      id: "qmail-trouble-in-home-directory",
      cause: "mailbox-full",
      match: ["qq trouble in home directory"],
      scope: "any",
      source: ONESYSTEMS,
      example: "451 qq trouble in home directory",
      note: "OneSystems: the recipient mailbox's storage limit (quota) is reached; the mailbox's owner must raise the quota or free space. (qmail cannot write the message into the mailbox's directory.)",
    }),
  ],
  statusReadings: [],
  missingPages: [],
};
