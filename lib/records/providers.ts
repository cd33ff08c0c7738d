// What each sending platform asks to be published, with the provider's own documentation.
// Pure data, read by the record generators and the checklists.

export interface ProviderRecords {
  name: string;
  /** The SPF mechanism the provider documents, e.g. "include:_spf.google.com". */
  spfInclude?: string;
  /** How its DKIM record is published. */
  dkim:
    | { kind: "txt"; selector: string; where: string }
    | { kind: "cname"; selectors: string[]; target: (domain: string) => string; where: string }
    | { kind: "provider"; where: string };
  source: string;
}

export const PROVIDERS: Record<string, ProviderRecords> = {
  "google-workspace": {
    name: "Google Workspace",
    spfInclude: "include:_spf.google.com",
    dkim: {
      kind: "txt",
      selector: "google",
      where:
        "Google Admin console → Apps → Google Workspace → Gmail → Authenticate email: generate a 2048-bit key (if Gmail already signs your mail with a key, enter a new prefix selector so that the old record can stay), publish the TXT record it shows, and press “Start authentication” only once that record answers in DNS.",
    },
    source:
      "https://support.google.com/a/answer/174124 (DKIM), https://support.google.com/a/answer/33786 (SPF)",
  },
  "microsoft-365": {
    name: "Microsoft 365",
    spfInclude: "include:spf.protection.outlook.com",
    dkim: {
      kind: "cname",
      selectors: ["selector1", "selector2"],
      // The exact targets differ by tenant and date; the portal shows them. This is the classic form.
      target: (domain) =>
        `${"{selector}"}-${domain.replace(/\./g, "-")}._domainkey.<your-tenant>.onmicrosoft.com`,
      where:
        "Microsoft Defender portal → Email & collaboration → Policies → Email authentication settings → DKIM: select the domain; it shows the two CNAME values to publish (or run Get-DkimSigningConfig -Identity <domain> | Format-List Selector1CNAME,Selector2CNAME), then turn signing on.",
    },
    source:
      "https://learn.microsoft.com/en-us/defender-office-365/email-authentication-dkim-configure",
  },
  sendgrid: {
    name: "SendGrid",
    spfInclude: "include:sendgrid.net",
    dkim: {
      kind: "provider",
      where:
        "SendGrid → Settings → Sender Authentication → Authenticate your domain: publish the CNAME records it lists (s1._domainkey, s2._domainkey).",
    },
    source:
      "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication",
  },
  mailchimp: {
    name: "Mailchimp",
    spfInclude: "include:servers.mcsv.net",
    dkim: {
      kind: "provider",
      where:
        "Mailchimp → Account → Domains → Authenticate: publish the CNAME records k2._domainkey and k3._domainkey it lists.",
    },
    source: "https://mailchimp.com/help/set-up-email-domain-authentication/",
  },
  "amazon-ses": {
    name: "Amazon SES",
    spfInclude: "include:amazonses.com",
    dkim: {
      kind: "provider",
      where:
        "Amazon SES console → Verified identities → your domain → Easy DKIM: publish the three CNAME records it lists.",
    },
    source: "https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim-easy.html",
  },
  mailgun: {
    name: "Mailgun",
    spfInclude: "include:mailgun.org",
    dkim: {
      kind: "provider",
      where: "Mailgun → Sending → Domains → DNS records: publish the TXT record it lists for DKIM.",
    },
    source: "https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify/",
  },
  brevo: {
    name: "Brevo",
    spfInclude: "include:spf.brevo.com",
    dkim: {
      kind: "provider",
      where:
        "Brevo → Senders, domains & dedicated IPs → Domains → Authenticate: publish the records it lists.",
    },
    source: "https://help.brevo.com/hc/en-us/articles/12163873383186",
  },
};

/**
 * The provider that sends the mail: the ESP named in the answers when the platform is "an
 * email service provider", else the platform itself. Undefined for own servers and unknowns.
 */
export function sendingProvider(
  platform: string | null,
  esp: string | null,
): ProviderRecords | undefined {
  const key = platform === "esp" ? esp : platform;
  return key && Object.hasOwn(PROVIDERS, key) ? PROVIDERS[key] : undefined;
}
