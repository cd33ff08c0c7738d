// What each sending platform asks to be published, with the provider's own documentation.
// Pure data, read by the record generators and the checklists.

export interface ProviderRecords {
  name: string;
  /** The SPF mechanism the provider documents, e.g. "include:_spf.google.com". */
  spfInclude?: string;
  /**
   * DNS lookups that include costs a record that adds it, counted as RFC 7208 §4.6.4 counts
   * them: the include itself plus every include, a, mx, ptr, exists and redirect inside it,
   * recursively. Providers change what their record includes without notice, so this is the
   * most a recent measurement found, with where it was seen; null where nobody here has a
   * measurement or a provider's own figure, and then a plan treats the cost as unknown.
   */
  spfLookups?: SpfIncludeCost;
  /** How its DKIM record is published. */
  dkim:
    | { kind: "txt"; selector: string; where: string }
    | { kind: "cname"; selectors: string[]; target: (domain: string) => string; where: string }
    | { kind: "provider"; where: string };
  source: string;
}

export interface SpfIncludeCost {
  /** Lookups the include needs in all, itself counted; null when not known. */
  lookups: number | null;
  /** What was counted and when, in a few words. */
  basis: string;
  /** Where the include's record was seen. */
  source: string;
}

export const PROVIDERS: Record<string, ProviderRecords> = {
  "google-workspace": {
    name: "Google Workspace",
    spfInclude: "include:_spf.google.com",
    spfLookups: {
      // Counted high on purpose: a plan that counts one lookup too many only asks to make room
      // first, one that counts too few breaks every message of the domain.
      lookups: 4,
      basis:
        "_spf.google.com includes _netblocks.google.com and _netblocks2.google.com (3 lookups, seen November 2025); until 2025 it also included _netblocks3.google.com (4)",
      source:
        "https://www.spamresource.com/2025/11/peeking-into-googles-spf-record.html; dig output of _spf.google.com quoted at https://localhosts.ru/question/258865-gmail-spf-nepravilno-nastroen",
    },
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
    spfLookups: {
      lookups: 2,
      basis:
        "spf.protection.outlook.com lists ip4:/ip6: ranges only (1 lookup, seen May 2023); its earlier form included spfd.protection.outlook.com (2)",
      source:
        "https://raw.githubusercontent.com/smck83/expurgate/main/expurgate-resolver/output/spf-protection-outlook-com; https://mailsleuth.ai/blog/microsoft-365s-hidden-spf-cost-the-nested-lookup-trap",
    },
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
    spfLookups: {
      lookups: null,
      basis: "no measurement of sendgrid.net's record here",
      source:
        "https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication",
    },
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
    spfLookups: {
      lookups: 1,
      basis: 'servers.mcsv.net lists ip4: ranges only ("3 x ip4 -all")',
      source: "https://www.wirewiki.com/domains/wearerealitygames.com/spf",
    },
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
    spfLookups: {
      lookups: 1,
      basis: 'amazonses.com lists ip4: ranges only ("12 x ip4 -all")',
      source: "https://www.wirewiki.com/domains/wwwizer.com/spf",
    },
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
    spfLookups: {
      lookups: 5,
      basis:
        "mailgun.org includes _spf.mailgun.org and _spf.eu.mailgun.org, and _spf.mailgun.org includes _spf1.mailgun.org and _spf2.mailgun.org",
      source: "https://www.wirewiki.com/domains/sps-ocs.com/spf",
    },
    dkim: {
      kind: "provider",
      where: "Mailgun → Sending → Domains → DNS records: publish the TXT record it lists for DKIM.",
    },
    source: "https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify/",
  },
  brevo: {
    name: "Brevo",
    spfInclude: "include:spf.brevo.com",
    spfLookups: {
      lookups: null,
      basis: "no measurement of spf.brevo.com's record here",
      source: "https://help.brevo.com/hc/en-us/articles/12163873383186",
    },
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

/** What a provider's SPF include costs in DNS lookups, if the term is one of the providers' includes. */
export function spfIncludeCost(term: string): SpfIncludeCost | undefined {
  const key = term.replace(/^[+\-~?]/, "").toLowerCase();
  return Object.values(PROVIDERS).find((p) => p.spfInclude?.toLowerCase() === key)?.spfLookups;
}
