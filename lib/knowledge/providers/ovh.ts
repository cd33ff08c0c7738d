// OVHcloud (mx*.ovh.net, ssl0.ovh.net): OVH's own mail guide prints the bounce its relays send when
// the recipient's server stayed unreachable for the spool's 24 hours (qmail's wording, with OVH's
// status code). OVH's current guides (MX Plan diagnosis, 'blocked for spam') describe account
// states without quoting replies; an OVH MX's reverse-DNS refusal is quoted from a logged bounce.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SMTP_GUIDE = page(
  "http://gids.ovh.nl/EmailSmtpPop3Imap",
  "Questions about SMTP, POP3 and IMAP (OVH guide)",
  "stored copy (pages corpus)",
);
const RDNS_QUOTE = page(
  "https://pastebin.com/Q9N0hNwj",
  "Undelivered Mail Returned to Sender (pastebin)",
  "stored copy (docs corpus)",
);

const { phrase } = entryKit("ovh");

export const OVH_TABLE: ProviderTable = {
  provider: "ovh",
  identity: {
    provider: "ovh",
    name: "OVHcloud mail (MX Plan, Email Pro, hosting)",
    hosts: ["ovh.net", "ovh.com", "ovhcloud.com"],
    source: SMTP_GUIDE,
  },
  phrases: [
    phrase({
      id: "queue-too-long",
      cause: "remote-unreachable",
      match: [/able to establish an smtp connection\. \(#4\.4\.1\)/],
      source: SMTP_GUIDE,
      example:
        "Sorry, I wasn't able to establish an SMTP connection. (#4.4.1) I'm not going to try again; this message has been in the queue too long.",
      note: "OVH's relay tried the recipient's server for 24 hours without reaching it: the page says the recipient's server does not work and OVH can do nothing at this stage. Check the recipient domain's MX.",
    }),
    phrase({
      id: "no-reverse-hostname",
      cause: "reverse-dns",
      match: ["cannot find your reverse hostname"],
      source: RDNS_QUOTE,
      example:
        "<caroline@mywayintl.fr>: host mx2.ovh.net[137.74.125.139] said: 450 4.7.1\nClient host rejected: cannot find your reverse hostname, [209.99.16.172]\n(in reply to RCPT TO command)",
      note: "An OVH MX refusing a sending IP without a PTR record (Postfix's reject_unknown_reverse_client_hostname wording). Temporary at first; the sending server's provider must publish reverse DNS.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "OVHcloud's current guides (help.ovhcloud.com MX Plan diagnosis, 'What to do if your account is blocked for spam') print no reply lines; the blocked-account refusal is not entered.",
  ],
};
