// The bulk-sender requirements of the three largest consumer mailbox providers, as data.
// Sources (each provider's own page):
//   Gmail   "Email sender guidelines" https://support.google.com/a/answer/81126
//           (all senders: SPF or DKIM, valid forward and reverse DNS, TLS, spam rate < 0.3%;
//            5,000+/day: SPF and DKIM, DMARC at least p=none, From aligned with SPF or DKIM,
//            one-click unsubscribe)
//   Yahoo   "Sender Best Practices" https://senders.yahooinc.com/best-practices/
//           (bulk: SPF and DKIM, DMARC at least p=none, alignment, one-click unsubscribe,
//            valid forward and reverse DNS, RFC 5321/5322 compliance)
//   Outlook.com "Strengthening Email Ecosystem: Outlook's New Requirements for High-Volume
//           Senders" (Microsoft Defender for Office 365 blog, 2 April 2025)
//           https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730
//           (5,000+/day to outlook.com/hotmail.com/live.com: SPF pass, DKIM pass, DMARC at least
//            p=none aligned with SPF or DKIM; rejection 550 5.7.515 otherwise)
// `check` names a predicate in bulk-sender.ts; "manual" requirements cannot be seen in DNS.

export type Provider = "gmail" | "yahoo" | "outlook";

export const PROVIDER_SOURCES: Record<Provider, { name: string; url: string }> = {
  gmail: {
    name: "Gmail email sender guidelines",
    url: "https://support.google.com/a/answer/81126",
  },
  yahoo: {
    name: "Yahoo Sender Best Practices",
    url: "https://senders.yahooinc.com/best-practices/",
  },
  outlook: {
    name: "Outlook.com requirements for high-volume senders",
    url: "https://techcommunity.microsoft.com/blog/microsoftdefenderforoffice365blog/strengthening-email-ecosystem-outlook%E2%80%99s-new-requirements-for-high%E2%80%90volume-senders/4399730",
  },
};

export type RequirementCheck =
  | "spfValid"
  | "dkimKeyPublished"
  | "dmarcAtLeastNone"
  | "dmarcAligned"
  | "forwardConfirmedReverseDns"
  | "manual";

export interface BulkSenderRequirement {
  id: string;
  title: string;
  providers: Provider[];
  check: RequirementCheck;
  fix: string;
}

export const BULK_SENDER_REQUIREMENTS: readonly BulkSenderRequirement[] = [
  {
    id: "spf",
    title: "SPF record that authorises your sending servers",
    providers: ["gmail", "yahoo", "outlook"],
    check: "spfValid",
    fix: "Publish one valid SPF record that lists every service sending as your domain.",
  },
  {
    id: "dkim",
    title: "DKIM signing with a published key",
    providers: ["gmail", "yahoo", "outlook"],
    check: "dkimKeyPublished",
    fix: "Turn on DKIM signing at your mail service and publish its key (2048-bit RSA).",
  },
  {
    id: "dmarc",
    title: "DMARC record, at least p=none",
    providers: ["gmail", "yahoo", "outlook"],
    check: "dmarcAtLeastNone",
    fix: "Publish v=DMARC1; p=none; rua=mailto:... at _dmarc.<your domain>.",
  },
  {
    id: "alignment",
    title: "From domain aligned with the SPF or DKIM domain",
    providers: ["gmail", "yahoo", "outlook"],
    check: "dmarcAligned",
    fix: "Sign with d=<your domain> or use a return-path under your domain.",
  },
  {
    id: "reverse-dns",
    title: "Valid forward and reverse DNS (PTR) for sending IPs",
    providers: ["gmail", "yahoo"],
    check: "forwardConfirmedReverseDns",
    fix: "Ask the IP's owner (ISP, host) for a PTR naming a host that resolves back to the IP.",
  },
  {
    id: "tls",
    title: "TLS for the SMTP connection",
    providers: ["gmail"],
    check: "manual",
    fix: "Make sure your server uses STARTTLS when sending.",
  },
  {
    id: "unsubscribe",
    title: "One-click unsubscribe (RFC 8058) in marketing mail",
    providers: ["gmail", "yahoo"],
    check: "manual",
    fix: "Add List-Unsubscribe and List-Unsubscribe-Post headers to marketing mail.",
  },
  {
    id: "spam-rate",
    title: "Spam complaint rate below 0.3% (Postmaster Tools)",
    providers: ["gmail", "yahoo"],
    check: "manual",
    fix: "Watch Google Postmaster Tools and Yahoo's complaint feedback loop; send only wanted mail.",
  },
];
