// Wordings that say a named domain does not exist ("553 neko.example.com does not exist",
// "Domain of sender address alice@example.invalid does not exist", "Domain name not found:
// example.jp"). Whose domain it is decides the cause: the envelope sender's (or the From
// address's) is the receiver failing to resolve the sender's domain, a check on the sender
// (sender-address-invalid: Postfix's reject_unknown_sender_domain, Sendmail's check_mail, a
// sender verify); the recipient's is a domain that takes no mail (recipient-domain-invalid).
// The words alone do not say which (lib/classify/named-domain.ts compares the name with the
// bounce's addresses); a domain that is neither known party's leaves both possible.

export interface NamedDomainWording {
  /** Lower case, found at word edges in the normalised words. */
  words: string;
  /**
   * Where the domain is named: the token just before the words ("example.com does not exist"),
   * or just after them ("domain name not found: example.com"). "either": before, else after a
   * colon ("Domain does not exist: example.invalid").
   */
  side: "before" | "after" | "either";
  examples: readonly { text: string; source: string }[];
}

const SENDMAIL_PROTO =
  "https://github.com/deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3/cf/m4/proto.m4 (Sendmail configuration rules, check_mail: _CODE553 Domain of sender address)";

export const NAMED_DOMAIN_WORDINGS: readonly NamedDomainWording[] = [
  {
    words: "does not exist",
    side: "either",
    examples: [
      {
        text: "553 5.1.8 Domain of sender address alice@example.invalid does not exist",
        source: SENDMAIL_PROTO,
      },
      {
        text: "550 5.1.0 MailProtect : Domain of sender address khcrqq@psrp.mydmain.com does not exist",
        source:
          "https://github.com/postalserver/postal/issues/1199 (a receiver refusing the return-path domain)",
      },
      {
        text: "517-Domain does not exist: example.invalid. 517 Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt>",
        source:
          "https://github.com/svarshavchik/courier/blob/858a557f97f059e509c1fef9901d23b131ca1c6f/courier/courier/submit.C#L1199-L1213 (Courier checkdns(), the MAIL FROM domain)",
      },
    ],
  },
  {
    words: "doesn't exist",
    side: "either",
    examples: [
      {
        text: "550 Domain example.invalid doesn't exist",
        source: "English usage: the contraction of the wording above",
      },
    ],
  },
  {
    words: "domain name not found",
    side: "after",
    examples: [
      {
        text: "DNS Error: DNS type 'mx' lookup of dasdasdsadas.com responded with code NXDOMAIN Domain name not found: dasdasdsadas.com Learn more at https://support.google.com/mail/?p=BadRcptDomain",
        source: "https://github.com/postalsys/emailengine/issues/203 (Gmail's bounce, quoted)",
      },
    ],
  },
];
