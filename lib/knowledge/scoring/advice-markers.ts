// Words that mark a sentence as advice to the sender, not the server's reason: what to do, or
// where to read more. Google Groups refuses a message "due to spam classification" and then
// advises "Set up SPF records for your sending domain if you have not done so already": the
// refusal's reason is the spam classification; SPF is a fix offered in case it is missing, not
// a failure the server found. Words read inside such a sentence (a phrase or concept for SPF)
// rank their cause as possible and decide nothing (lib/classify/advice.ts), as words inside a
// list of examples do (enumeration-markers.ts).
//
// Two kinds, by what the sentence says about the refusal:
// - "fix": a fix offered on a condition ("if you have not done so already"): it presumes
//   nothing about whether its subject failed, whatever else the reply says.
// - "pointer": where to read more, or whom to ask ("For more information, go to ...", "If you
//   believe this is an error, ..."). Such a sentence often restates the reason ("If you believe
//   your message was wrongly classified as spam"), or is the only place that names it (a link
//   to a blocklist's lookup page): it is read as advice only where the reply gives a reason
//   outside its advice.
// A marker is found at word edges in the normalised words (lower case), anywhere in its
// sentence, or only at the sentence's start (`start`: an imperative such as "please check").

export interface AdviceMarker {
  /** Lower case, as found in the normalised words. */
  words: string;
  kind: "fix" | "pointer";
  /** Whether the marker counts only where it opens its sentence. */
  start: boolean;
  example: { text: string; source: string };
}

const GMAIL_ERRORS = "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes)";
// A Google Groups bounce quoted whole by the sender who got it.
const GROUPS_BOUNCE =
  "https://github.com/mail-in-a-box/mailinabox/issues/1046 (E-mail bounced: Set up SPF records for your sending domain if you have not done so already.)";
const GOOGLE_GROUPS_LHOST =
  "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/GoogleGroups.pm (the Google Groups notice it decodes)";

export const ADVICE_MARKERS: readonly AdviceMarker[] = [
  {
    words: "if you have not",
    kind: "fix",
    start: false,
    example: {
      text: "Your email to group robin.klantenservice@brandfield.nl was rejected due to spam classification. To address this issue: * Contact the owner of the group, who can choose to enable message moderation instead of bouncing these emails. * Set up SPF records for your sending domain if you have not done so already.",
      source: GROUPS_BOUNCE,
    },
  },
  {
    words: "if you haven't",
    kind: "fix",
    start: false,
    example: {
      text: "Set up SPF records for your sending domain if you haven't done so already.",
      source: "English usage: the contraction of the Google Groups sentence above",
    },
  },
  {
    words: "for more information",
    kind: "pointer",
    start: false,
    example: {
      text: "550-5.7.1 Our system has detected that this message is likely unsolicited mail. To reduce the amount of spam sent to Gmail, this message has been blocked. Please visit https://support.google.com/mail/?p=UnsolicitedMessageError for more information.",
      source: `${GMAIL_ERRORS}; a Postfix bounce quoting Gmail, https://pastebin.com/zR4GN1WR`,
    },
  },
  {
    words: "learn more",
    kind: "pointer",
    start: false,
    example: {
      text: "Your email has been rate limited because you're not using a TLS connection. Gmail requires all bulk email senders to use TLS/SSL for SMTP connections. To set up TLS for email, visit TLS & SSL connections. To learn more about Gmail requirements for bulk email senders, visit Email sender guidelines.",
      source: GMAIL_ERRORS,
    },
  },
  {
    words: "can be found here",
    kind: "pointer",
    start: false,
    example: {
      text: "Instructions for both steps can be found here: https://support.google.com/a/answer/168383.",
      source: `${GROUPS_BOUNCE}; the same notice, "More information can be found here: https://support.google.com/a/answer/168383.", https://github.com/joomla/joomla-websites/issues/1334`,
    },
  },
  {
    words: "if you have questions",
    kind: "pointer",
    start: false,
    example: {
      text: "If you have questions related to this or any other Google Group, visit the Help Center at https://groups.google.com/support/.",
      source: GOOGLE_GROUPS_LHOST,
    },
  },
  {
    words: "if you believe",
    kind: "pointer",
    start: false,
    example: {
      text: "554 smtp.example.com Your access to this mail system has been rejected due to the sending MTA's poor reputation. If you believe that this failure is in error, please contact the intended recipient via alternate means.",
      source:
        "https://www.cisco.com/c/en/us/support/docs/security/email-security-appliance/200436-Identify-and-allow-poor-SenderBase-Reput.html (Identify and allow poor SenderBase reputation senders, Cisco ESA)",
    },
  },
  {
    words: "if you think",
    kind: "pointer",
    start: false,
    example: {
      text: "550 sender IP address 192.0.2.1 is locally blacklisted here. If you think this is wrong, get in touch with postmaster",
      source:
        "Debian's exim4-config 4.96-15+deb12u11, /etc/exim4/conf.d/acl/30_exim4-config_check_rcpt (deny hosts = CONFDIR/local_host_blacklist)",
    },
  },
  {
    words: "if you feel",
    kind: "pointer",
    start: false,
    example: {
      text: "550 5.7.1 Service unavailable; client [x.xx.xx.xx] blocked using Cloudmark Sender Intelligence (Visit http://csi.cloudmark.com/reset-request/ if you feel this is in error)",
      source:
        "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/550.json (SMTP Field Manual: 550 replies, a Proofpoint-protected receiver)",
    },
  },
  {
    words: "please check",
    kind: "pointer",
    start: true,
    example: {
      text: "We weren't able to find the recipient domain. Please check for any spelling errors and make sure you didn't enter any spaces, periods, or other punctuation after the recipient's email address. For more information, go to Fix bounced or rejected emails.",
      source: GMAIL_ERRORS,
    },
  },
];
