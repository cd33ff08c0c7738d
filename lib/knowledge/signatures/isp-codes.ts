// ISPs that put their own numbered reason codes into SMTP replies. The code decides, not the
// words around it (Spectrum answers "sender rejected" at 5.1.0 for a rate limit). Sources: the
// ISPs' error-code pages, as tabulated with their texts in the Sisimai project's Rhost modules
// (BSD-2-Clause, Debian's libsisimai-perl: Sisimai/Rhost/Spectrum.pm, Sisimai/Rhost/FrancePTT.pm).
import { rows } from "./mta-defaults";
import type { Signature } from "./types";

const SPECTRUM =
  "https://www.spectrumbusiness.net/support/internet/understanding-email-error-codes";
const ORANGE_LAPOSTE =
  "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Rhost/FrancePTT.pm";

export const SPECTRUM_SIGNATURES = rows("spectrum", SPECTRUM, [
  // 1300-1340: concurrent connections; 1350-1490: messages, recipients or volume over a period.
  [
    "aup-rate",
    [/aup#[a-z-]{0,4}1[34]\d\d/],
    "rate-limited",
    0.93,
    "550 5.1.0 <a@example.com> sender rejected. Please see https://www.spectrum.net/support/internet/understanding-email-error-codes for more information. AUP#In-1310",
    "Spectrum's AUP#1300-1490 codes are rate limits, whatever the reply's words say.",
  ],
  [
    "aup-session",
    [/aup#[a-z-]{0,4}15[45]0/],
    "rate-limited",
    0.9,
    "452 4.5.3 Your emails were deferred for attempting to send too many in a single session. AUP#O-1540",
  ],
  [
    "aup-size",
    [/aup#[a-z-]{0,4}1530/],
    "message-too-large",
    0.9,
    "552 5.3.4 Your email was rejected because it's larger than the maximum size of 20MB. AUP#O-1530",
  ],
  [
    "aup-cloudmark",
    [/aup#[a-z-]{0,4}120\d/, /aup#[a-z-]{0,4}1210/],
    "ip-blocklisted",
    0.88,
    "554 5.7.1 The IP address you're trying to send from has been flagged by Cloudmark CSI as potential spam. AUP#I-1200",
  ],
  [
    "aup-spamhaus",
    [/aup#[a-z-]{0,4}12[2-5]\d/],
    "ip-blocklisted",
    0.88,
    "554 5.7.1 Your IP address has been blacklisted by Spamhaus. AUP#I-1220",
  ],
]);

export const ORANGE_LAPOSTE_SIGNATURES = rows("orange-laposte", ORANGE_LAPOSTE, [
  [
    "506-spam",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_506\b/],
    "content-spam",
    0.9,
    "550 5.2.0 Mail rejete. Mail rejected. OFR_506 [506]",
  ],
  // Orange's postmaster explanation of 107, as quoted in Sisimai's current FrancePTT.pm: "Your IP address is missing a DNS PTR record".
  [
    "107-ptr",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_107\b/],
    "reverse-dns",
    0.85,
    "421 4.2.1 Service refuse. Veuillez essayer plus tard. Service refused, please try later. LPN006_107",
    "Orange/La Poste code 107 means the sending IP has no valid reverse DNS (PTR) record.",
  ],
  [
    "103-blocked",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_103\b/],
    "ip-blocklisted",
    0.85,
    "421 mwinf5c10 ME Service refuse. Veuillez essayer plus tard. Service refused, please try later. OFR006_103 192.0.2.1 [103]",
  ],
  [
    "109-rate",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_109\b/],
    "rate-limited",
    0.85,
    "421 Veuillez essayer plus tard. LPN003_109",
    "Orange/La Poste code 109: too many messages per SMTP connection.",
  ],
  [
    "104-connections",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_104\b/],
    "rate-limited",
    0.9,
    "421 mwinf5c10 ME Trop de connexions, veuillez verifier votre configuration. Too many connections, slow down. OFR005_104 [104]",
  ],
  [
    "101-blocked",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_10[12]\b/],
    "ip-blocklisted",
    0.85,
    "550 5.7.1 Client host blocked for spamming issues. OFR006_102 Ref",
  ],
  [
    "416-unknown",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_?41[68]\b/],
    "recipient-unknown",
    0.9,
    "550 5.1.1 Adresse d au moins un destinataire invalide. Invalid recipient. OFR_416 [416]",
  ],
  [
    "417-full",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_417\b/],
    "mailbox-full",
    0.9,
    "552 5.1.1 Boite du destinataire pleine. Recipient overquota. OFR_417 [417]",
  ],
  [
    "420-archived",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_42[06]\b/],
    "mailbox-disabled",
    0.88,
    "550 5.5.0 Boite du destinataire archivee. Archived recipient. LPN007_420",
  ],
  [
    "405-sender",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_4(?:05|15|21)\b/],
    "sender-address-invalid",
    0.88,
    "501 5.1.0 Emetteur invalide. Invalid Sender. OFR004_405 [405]",
  ],
  [
    "517-dmarc",
    [/(?:ofr|lpn)[0-9a-z]{0,4}_517\b/],
    "authentication-failure",
    0.88,
    "550 5.7.1 Message refuse, verification DMARC en echec LPN007_517",
  ],
]);

/**
 * Amazon SES reports every remote refusal as "5.1.0 - Unknown address error" followed by the
 * receiving server's own reply; that reply names the cause.
 * https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html (bounce types).
 */
export const AMAZON_SES_SIGNATURES: Signature[] = [
  {
    id: "amazonses.wrapped-mailbox-full",
    provider: "amazonses",
    match: ["mailbox full", "mailbox is full", "over quota", "quota exceeded"],
    also: ["unknown address error"],
    cause: "mailbox-full",
    confidence: 0.9,
    source: "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html",
    note: "Amazon SES's \"Unknown address error\" is its wrapper; the remote server's reply inside it says the mailbox is full.",
    example:
      "5.1.0 - Unknown address error 550-'5.2.2 <someone@example.jp>... Mailbox Full' (delivery attempts: 0)",
  },
];
