// The classifier's own provider tables, in the shape of lib/knowledge/providers (ProviderTable):
// how the big providers' servers are recognised, and the provider readings of status codes that
// the registry reads otherwise. The provider documentation tables (PROVIDER_TABLES) add to these.
import type { ProviderTable, SourcePage } from "@/lib/knowledge/providers/types";

const GMAIL_ERRORS: SourcePage = {
  url: "https://support.google.com/a/answer/3726730",
  title: "Gmail SMTP errors and codes",
};

export const CORE_TABLES: readonly ProviderTable[] = [
  {
    provider: "google",
    identity: {
      provider: "google",
      name: "Gmail / Google Workspace",
      hosts: ["google.com", "gmail.com", "googlemail.com"],
      // Every Gmail reply ends with its queue id and " - gsmtp" (the page's replies all do).
      markers: [/(?:^|\s)gsmtp\b/],
      codes: ["gmail"],
      source: GMAIL_ERRORS,
    },
    phrases: [],
    statusReadings: [
      {
        id: "google.5.7.27",
        provider: "google",
        status: "5.7.27",
        replyCode: 550,
        cause: "authentication-failure",
        source: GMAIL_ERRORS,
        example:
          "550 5.7.27 This message was blocked because it didn't pass SPF authentication. - gsmtp",
        verbatim: false,
        note: "Gmail uses 5.7.27 for a message whose SPF check did not pass; RFC 7505 registers X.7.27 for a sender domain with a null MX. Reconstructed from the page's table row (code and text) with Gmail's usual tail.",
      },
      {
        id: "google.4.7.27",
        provider: "google",
        status: "4.7.27",
        replyCode: 421,
        cause: "authentication-failure",
        source: GMAIL_ERRORS,
        example:
          "421 4.7.27 This message was rate limited because it didn't pass SPF authentication. - gsmtp",
        verbatim: false,
        note: "The temporary form of 5.7.27: rate limited because SPF did not pass.",
      },
    ],
  },
  {
    provider: "microsoft",
    identity: {
      provider: "microsoft",
      name: "Microsoft 365 / Outlook.com",
      hosts: [
        "outlook.com",
        "hotmail.com",
        "office365.com",
        "microsoft.com",
        "live.com",
        "protection.outlook.com",
      ],
      codes: ["microsoft"],
      source: {
        url: "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
        title: "Non-delivery reports in Exchange Online",
      },
    },
    phrases: [],
    statusReadings: [],
  },
  {
    provider: "yahoo",
    identity: {
      provider: "yahoo",
      name: "Yahoo / AOL",
      hosts: ["yahoo.com", "yahoodns.net", "yahoo.co.jp", "aol.com"],
      codes: ["yahoo"],
      source: { url: "https://senders.yahooinc.com/smtp-error-codes/", title: "SMTP error codes" },
    },
    phrases: [],
    statusReadings: [],
  },
  {
    provider: "apple",
    identity: {
      provider: "apple",
      name: "iCloud Mail",
      hosts: ["icloud.com", "me.com", "mac.com", "apple.com"],
      codes: ["icloud"],
      source: {
        url: "https://support.apple.com/en-us/102322",
        title: "If you can't send email to iCloud Mail",
      },
    },
    phrases: [],
    statusReadings: [],
  },
];
