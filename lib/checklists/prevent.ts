// Preventive measures: what keeps mail flowing after the fix. Each names its source.
import type { ItemTemplate } from "./types";

export const PREVENT_ITEMS: ItemTemplate[] = [
  {
    id: "prevent.dmarc-reports",
    title: "Read your DMARC reports",
    detail:
      "With rua= in your DMARC record, receivers send daily aggregate reports of every server that sent as {domain} and whether it passed. A report analyser (many are free for small volumes) shows a new failing source before it causes bounces.",
    kind: "prevent",
    link: {
      label: "RFC 7489 §7.2 (aggregate reports)",
      url: "https://www.rfc-editor.org/rfc/rfc7489#section-7.2",
    },
  },
  {
    id: "prevent.postmaster-tools",
    title: "Register {domain} in Google Postmaster Tools",
    detail:
      "It shows the spam rate Gmail users report, your domain and IP reputation, authentication rates, and whether you meet Gmail's sender requirements.",
    kind: "prevent",
    link: { label: "Google Postmaster Tools", url: "https://postmaster.google.com/" },
  },
  {
    id: "prevent.snds",
    title: "Watch your IP in Microsoft SNDS",
    detail:
      "Smart Network Data Services shows how Outlook.com sees the IPs you send from ({ip}): volume, complaint rate, spam trap hits. Only for IPs you control, not for shared provider IPs.",
    kind: "prevent",
    link: {
      label: "Microsoft SNDS",
      url: "https://sendersupport.olc.protection.outlook.com/snds/",
    },
  },
  {
    id: "prevent.blocklist-monitoring",
    title: "Monitor the blocklists",
    detail:
      "Check your sending IPs and domain against the major blocklists regularly (daily for bulk senders) so a listing is fixed before it bounces mail; many monitoring services alert by email.",
    kind: "prevent",
  },
  {
    id: "prevent.bulk-sender-requirements",
    title: "Meet the bulk-sender requirements of Gmail, Yahoo and Outlook.com",
    detail:
      "Senders of about 5,000 or more messages a day to their users must: pass SPF and DKIM, publish DMARC (at least p=none) aligned with the From domain, keep the reported spam rate under 0.3% (aim for under 0.1%), have valid forward-confirmed reverse DNS, use TLS, and offer one-click unsubscribe (RFC 8058) in marketing mail. Everyone else should meet SPF or DKIM, reverse DNS and TLS.",
    kind: "prevent",
    link: {
      label: "Gmail email sender guidelines",
      url: "https://support.google.com/a/answer/81126",
    },
  },
  {
    id: "prevent.bulk-sender-yahoo-outlook",
    title: "Read Yahoo's and Outlook.com's own sender pages",
    detail:
      "Yahoo (since February 2024) and Outlook.com (for high-volume senders, since May 2025) ask for the same authentication, unsubscribe and complaint-rate limits.",
    kind: "prevent",
    link: {
      label: "Yahoo sender best practices",
      url: "https://senders.yahooinc.com/best-practices/",
    },
  },
];
