// Common DKIM selectors, probed when the user does not know theirs. A DKIM key can only be
// found by name (<selector>._domainkey.<domain>, RFC 6376 §3.6.2.1); there is no listing,
// so "none found" means "none at these names", never "no DKIM".
export const COMMON_DKIM_SELECTORS: readonly { selector: string; source: string }[] = [
  { selector: "google", source: "Google Workspace: https://support.google.com/a/answer/174124" },
  {
    selector: "selector1",
    source:
      "Microsoft 365: https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure",
  },
  {
    selector: "selector2",
    source:
      "Microsoft 365: https://learn.microsoft.com/defender-office-365/email-authentication-dkim-configure",
  },
  {
    selector: "k1",
    source: "Mailchimp: https://mailchimp.com/help/set-up-email-domain-authentication/",
  },
  {
    selector: "k2",
    source: "Mailchimp: https://mailchimp.com/help/set-up-email-domain-authentication/",
  },
  {
    selector: "k3",
    source: "Mailchimp: https://mailchimp.com/help/set-up-email-domain-authentication/",
  },
  {
    selector: "s1",
    source:
      "SendGrid: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication",
  },
  {
    selector: "s2",
    source:
      "SendGrid: https://www.twilio.com/docs/sendgrid/ui/account-and-settings/how-to-set-up-domain-authentication",
  },
  {
    selector: "default",
    source:
      "cPanel / OpenDKIM default: https://docs.cpanel.net/whm/service-configuration/email-deliverability/",
  },
  {
    selector: "dkim",
    source: "common self-hosted setting (rspamd: https://rspamd.com/doc/modules/dkim_signing.html)",
  },
  {
    selector: "mail",
    source: "OpenDKIM opendkim-genkey default: http://www.opendkim.org/opendkim-genkey.8.html",
  },
  {
    selector: "smtp",
    source:
      "Mailgun: https://documentation.mailgun.com/docs/mailgun/user-manual/domains/domains-verify/",
  },
  {
    selector: "mandrill",
    source: "Mandrill: https://mailchimp.com/developer/transactional/docs/authentication-delivery/",
  },
  { selector: "mxvault", source: "MXroute/MXvault: https://mxroute.com/docs/dns/dkim.html" },
  { selector: "sig1", source: "Apple iCloud custom domains: https://support.apple.com/102374" },
  {
    selector: "zoho",
    source: "Zoho Mail: https://www.zoho.com/mail/help/adminconsole/dkim-configuration.html",
  },
  {
    selector: "pm",
    source:
      "Postmark: https://postmarkapp.com/support/article/1091-how-do-i-set-up-dkim-for-postmark",
  },
  {
    selector: "protonmail",
    source: "Proton Mail: https://proton.me/support/anti-spoofing-custom-domain",
  },
  { selector: "fm1", source: "Fastmail: https://www.fastmail.help/hc/en-us/articles/360060591153" },
  {
    selector: "mta",
    source:
      "Amazon SES / common MTA setting: https://docs.aws.amazon.com/ses/latest/dg/send-email-authentication-dkim.html",
  },
  { selector: "everlytickey1", source: "Everlytic: https://help.everlytic.com" },
  { selector: "dkim1024", source: "common key-size naming" },
];
