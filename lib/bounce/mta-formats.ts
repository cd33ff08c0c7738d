// Signatures of the human-readable bounces that MTAs and providers write, as data. Each
// entry names where its wording comes from: the MTA's source or documentation where it is
// public, otherwise the bounces collected by the Sisimai project (set-of-emails, BSD-2).
// Patterns run on single lines of bounded length (see parse.ts), never across the text.
import type { GramSet } from "./gram-set";
import { gatePattern } from "./literal-gate";

export interface MtaFormat {
  /** The value of ParsedBounce.generator. */
  id: string;
  source: string;
  /** Any of these, found in the bounce's own headers (Subject, From, X-Mailer...) or its first lines, names the generator. */
  signatures: RegExp[];
  /**
   * The writer's own recipient lines. When present they replace RECIPIENT_LINES for its bounces:
   * the writer's text holds other addresses (a list's command address, say) on lines that the
   * generic patterns would take for recipients.
   */
  recipientLines?: RecipientLine[];
}

export interface RecipientLine {
  id: string;
  /** Group 1 is the address. */
  pattern: RegExp;
  /**
   * The line's other words are the reason ("neko@example.org: No MX found for domain",
   * "Unknown user: neko@example.org"): when no SMTP reply follows, they are the diagnostic.
   */
  reasonOnLine?: boolean;
  /**
   * Where the line's reason is, group 1: a log line opens with the log's own fields (its time, a
   * queue id, the client and the sender) and quotes the refusal's words after them. Takes the
   * place of reasonOnLine's "the line's other words".
   */
  reasonAt?: RegExp;
}

export const MTA_FORMATS: MtaFormat[] = [
  {
    id: "exchange",
    source:
      "https://learn.microsoft.com/en-us/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online",
    signatures: [
      /Diagnostic information for administrators/i,
      /Remote Server returned '/i,
      /Delivery has failed to these recipients or groups/i,
      /did not reach the following recipient\(s\)/i,
      /MSEXCH:/,
      /X-MS-Exchange-Message-Is-Ndr/i,
      /Microsoft Exchange Server/i,
      /outlook\.com|protection\.outlook\.com/i,
      // The same NDR in the language of the mailbox it was written for: its diagnostic heading
      // (German: Microsoft's de-de support page "Failed delivery messages from the postmaster"
      // names it, and hilfe.cloud4you.biz's annotated NDR; French: https://pastebin.com/HZca6aT2
      // and Microsoft's fr-fr page; Italian: Sisimai set-of-emails lhost-exchange2007-07.eml;
      // Dutch, and "...stico para administradores:" for Portuguese and Spanish: Sisimai
      // Lhost/Office365.pm) and its opening line (French, Italian: the same NDRs; Spanish: quoted
      // at https://blog.silverpc.hu/?p=313815; Dutch and Portuguese: Lhost/Office365.pm).
      /Diagnoseinformationen für Administratoren/i,
      /Informations de diagnostic pour les administrateurs/i,
      /Informazioni di diagnostica per gli amministratori/i,
      /Diagnostische gegevens voor beheerders/i,
      /diagn[^\s:]{1,2}stico para administradores:/i,
      /chec de la remise pour ces destinataires ou groupes/i,
      /Il recapito non [^\s:]{1,2} riuscito per i seguenti destinatari o gruppi/i,
      /No se pudo entregar a estos destinatarios o grupos/i,
      /Uw bericht kan niet worden bezorgd bij de volgende geadresseerden of groepen/i,
      /Falha na entrega a estes destinat/i,
    ],
  },
  {
    id: "gmail",
    source: "https://support.google.com/a/answer/3726730",
    signatures: [
      /The response from the remote server was:/i,
      /The error that the other server returned was:/i,
      /Delivery to the following recipient failed permanently/i,
      /Google tried to deliver your message/i,
      /mailer-daemon@googlemail\.com/i,
      /Your message wasn't delivered to/i,
    ],
  },
  {
    id: "postfix",
    source: "https://www.postfix.org/bounce.5.html",
    signatures: [
      /This is the mail system at host/i,
      /X-Postfix-Queue-ID/i,
      /^\s*The mail system\s*$/im,
    ],
  },
  {
    id: "exim",
    source: "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-message_processing.html",
    signatures: [
      /This message was created automatically by mail delivery software/i,
      /The following address\(es\) failed/i,
      /X-Failed-Recipients:/i,
      /\(Exim \d/i,
    ],
  },
  {
    id: "qmail",
    source: "https://cr.yp.to/qmail/qmail-send.html",
    signatures: [
      /This is the qmail-send program at/i,
      /I'm afraid I wasn't able to deliver your message/i,
    ],
  },
  {
    id: "sendmail",
    source:
      "https://www.proofpoint.com/us/products/email-protection/open-source-email-solution (sendmail DSN text)",
    signatures: [
      /-{3,} Transcript of session follows -{3,}/i,
      /The original message was received at/i,
      /-{3,} The following addresses had permanent fatal errors/i,
    ],
  },
  {
    id: "courier",
    source: "https://www.courier-mta.org/",
    // Courier 1.0.16's DSN header text (module.dsn/dsnheader.txt, /etc/courier/dsnheader.txt):
    // "This is a delivery status notification from X,\nrunning the Courier mail server, version N."
    signatures: [
      /Courier mail server at/i,
      /courier-mta/i,
      /running the Courier mail server, version/i,
    ],
  },
  {
    // dma, the DragonFly Mail Agent: its bounce (mail.c, v0.13) opens "This is the DragonFly
    // Mail Agent v0.13 at X." and its Received field says "(DragonFly Mail Agent v0.13)".
    id: "dma",
    source: "https://github.com/corecode/dma/blob/55d22c24f989e0828d5d47227ad9ce17fc82b619/mail.c",
    signatures: [/This is the DragonFly Mail Agent/i, /\(DragonFly Mail Agent v\d/i],
  },
  {
    id: "yahoo",
    source: "https://senders.yahooinc.com/smtp-error-codes/",
    // Yahoo's own bounce: its first sentence, or a sender or Reporting-MTA at Yahoo. Not
    // "yahoo.com" anywhere: a recipient at yahoo.com, or the returned message's Received field
    // ("from smtp.mail.yahoo.com"), named Yahoo the writer of other servers' bounces (a Netscape
    // Messaging Server notice, flufl.bounce's netscape_01.txt).
    signatures: [
      /Sorry, we were unable to deliver your message to the following address/i,
      // The From field among the probe's first lines (the bounce's own header fields lead it),
      // not a From line of the returned message further down; Yahoo's country domains too
      // ("From: <MAILER-DAEMON@yahoo.es>", flufl.bounce's yahoo_02.txt).
      /^(?:[^\n]{0,1000}\n){0,8}from:[^\n]{0,200}@(?:[a-z0-9-]{1,63}\.){0,4}yahoo(?:inc)?\.(?:com|co\.[a-z]{2}|com\.[a-z]{2}|[a-z]{2})\b/i,
      /^reporting-mta:[ \t]{0,9}dns;[ \t]{0,9}(?:[a-z0-9-]{1,63}\.){1,6}yahoo(?:dns)?\.(?:com|net)\b/im,
    ],
  },
  {
    id: "icloud",
    source: "https://support.apple.com/en-us/102322",
    // A sender or Reporting-MTA at Apple's mail domains: "me.com" anywhere matched inside other
    // names ("acme.com", "home.com"), and an address at icloud.com is as often the recipient.
    signatures: [
      /^(?:[^\n]{0,1000}\n){0,8}from:[^\n]{0,200}@(?:[a-z0-9-]{1,63}\.){0,4}(?:icloud|me|mac)\.com\b/i,
      /^reporting-mta:[ \t]{0,9}dns;[ \t]{0,9}(?:[a-z0-9-]{1,63}\.){1,6}(?:icloud|me|mac|apple)\.com\b/im,
    ],
  },
  {
    id: "amazonses",
    source: "https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html",
    signatures: [/amazonses\.com/i],
  },
  {
    // fml, the mailing-list manager: its notices to the list's admin name the list address on a
    // line ending "<list@example.org>." (Sisimai Lhost/FML.pm, BSD-2; X-MLServer header).
    id: "fml",
    source: "https://github.com/sisimai/p5-sisimai/blob/master/lib/Sisimai/Lhost/FML.pm",
    signatures: [/^x-mlserver: fml\b/im],
    recipientLines: [
      {
        id: "fml-list-address",
        pattern: /^[^<>\n]{1,300}<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,253})>\.[ \t]*$/,
        reasonOnLine: true,
      },
    ],
  },
  {
    id: "opensmtpd",
    source: "https://man.openbsd.org/smtpd",
    signatures: [
      /This is the MAILER-DAEMON, please DO NOT REPLY/i,
      /Hi!\s+This is the MAILER-DAEMON/i,
    ],
  },
];

/**
 * Words after which a human-readable bounce names the host that wrote it (ParsedBounce.reportingMta
 * when there is no Reporting-MTA field to read). Postfix bounce(5) "This is the mail system at host
 * X"; qmail-send(8) "This is the qmail-send program at X"; an RFC 3464 section 2.2.2 Reporting-MTA
 * field pasted as text; Exchange "Generating server: X" (the NDR's diagnostic section, source of
 * the exchange entry above); Courier "Courier mail server at X" (as the courier entry above).
 * "Mail Delivery Subsystem at X" (Sendmail's sender name) has no documented source found yet.
 * One alternation in this order; the host follows the words.
 */
export const REPORTING_MTA_INTROS: readonly RegExp[] = [
  /This is the mail system at host/i,
  /This is the qmail-send program at/i,
  /Reporting-MTA:\s*dns;/i,
  /Generating server:/i,
  /Courier mail server at/i,
  /Mail Delivery Subsystem at/i,
  // Exchange's "Generating server:" as it writes it in other languages (its NDR is worded in the
  // language of the recipient's or the sender's mailbox). French "Serveur de génération :"
  // (a real NDR at https://pastebin.com/HZca6aT2 and Sisimai Lhost/Exchange2007.pm, which also
  // meets it mis-decoded, hence any one or two characters for each "é"); Italian "Server di
  // generazione:" (Sisimai set-of-emails lhost-exchange2007-07.eml, Content-Language: it-CH);
  // German "Generierender Server:" (the annotated NDR at
  // https://hilfe.cloud4you.biz/hosted-exchange/fehlermeldungen-beim-versand-und-empfang-von-mails);
  // Dutch "Bronserver:" and Portuguese "Servidor de origem:" (Sisimai Lhost/Office365.pm).
  /Serveur de g[^\s:]{1,2}n[^\s:]{1,2}ration ?:/i,
  /Server di generazione:/i,
  /Generierender Server:/i,
  /Bronserver:/i,
  /Servidor de origem:/i,
];

/** Lines after which the bounce quotes the original message: nothing below is the server's reply. */
export const ORIGINAL_MESSAGE_MARKERS: RegExp[] = [
  // qmail-send.c writes "--- Below this line is a copy of the message." and, returning a bounce
  // that bounced (no sender), "--- Below this line is the original bounce." (notqmail/notqmail
  // qmail-send.c@d15ee51c). qmail clones word it "--- Below this line is a copy of the mail
  // header.", "--- Below the next line is a copy of the message." (newmail.ru: wRAR/flufl.bounce
  // flufl/bounce/_detectors/simplematch.py and tests/data/newmailru_01.txt) and "--- Mensaje
  // original adjunto." (sisimai/go-sisimai sisimai/lhost/qmail.go@0c677226, its boundaries).
  /^-{2,} ?Below (?:this|the next) line is (?:a copy of the (?:message|mail header)|the original bounce)/i,
  /^-{2,} ?Mensaje original adjunto/i,
  /^-{2,} ?This is a copy of the message/i,
  /^-{2,} ?Original message/i,
  /^-{2,} ?Unsent message follows/i,
  /^-{2,} ?Returned message/i,
  /^-{2,} ?Original message headers/i,
  /^-{2,} ?The header of the original message/i,
  /^-{2,} ?Message header follows/i,
  /^-{2,} ?Original Message Headers/i,
  /^Original message headers:/i,
  /^-{2,} ?Forwarded message/i,
  /^-{2,} ?Received header of the original message/i,
  // IMail: "Original message follows."; Verizon: "Original Message:"; fml: "Original mail as follows:";
  // LLNL's Sendmail: "Original message as received is as follows:" (flufl.bounce llnl_01.txt)
  /^Original (?:message|mail)\b[^\n]{0,40}\bfollow/i,
  /^The Original Message follows/i,
  // A rule of dashes around words that name the quoted message (returned, original, unsent...):
  // "---- START OF RETURNED MESSAGE ----" (Demon's Exim 2, flufl.bounce bounce_03.txt), " --------Unsent
  // Message below:" (Yale's phquery, flufl.bounce yale_01.txt)
  /^-{2,} ?(?:start of )?(?:the )?(?:returned|original|unsent|undelivered|bounced) (?:message|mail)\b/i,
  // "-- The header and top 20 lines of the message follows --" (flufl.bounce simple_36.txt),
  // "---- Header of the source mail attached ----" (flufl.bounce bounce_01.txt)
  /^-{2,} ?(?:the )?headers? (?:and [^\n]{0,40}?)?of (?:the |your )?(?:original |source )?(?:message|mail)\b/i,
  // "--- Enclosed are the original headers of the message." (osandum/bounce-parser
  // src/test/resources/surftown-failure-sample.eml), "--- Enclosed is a copy of the message."
  // (bounce_email tests/bounces/malformed_bounce_01.txt)
  /^-{2,} ?Enclosed (?:is|are) (?:a copy of )?the (?:original )?(?:message|headers)\b/i,
  // Smail 3: "|---- Message text follows: ----|" (flufl.bounce simple_04.txt)
  /^\|-{2,} ?Message text follows/i,
  // "The first 50 lines of your original message follow:" (flufl.bounce simple_35.txt); "A copy of
  // the original message below this line:" (simple_14.txt); "A summary of the undelivered message
  // you sent follows:" (simple_26.txt); "Your message reads (in part):" (simple_23.txt)
  /^The first \d{1,4} lines of (?:your|the) (?:original )?message follow/i,
  // Demon's Exim 2, above its "---- START OF RETURNED MESSAGE ----" rule: "Here is a copy of the
  // first part of the message, including\nall headers." (flufl.bounce bounce_03.txt)
  /^Here is a copy of (?:the first part of )?the message\b/i,
  /^A copy of the original message below this line/i,
  /^A summary of the undelivered message you sent follows/i,
  /^Your message reads \(in part\)/i,
  /^Original Message:/i,
  // DragonFly Mail Agent: "Message headers follow."
  /^Message headers follow\./i,
  /^The original message was:/i,
  /^Content-Type: (?:message\/rfc822|text\/rfc822-headers)/i,
  // Exchange's "Original message headers:" in other languages: French "En-têtes de message
  // d'origine :" (https://pastebin.com/HZca6aT2; Sisimai Lhost/Exchange2007.pm, which meets the
  // "ê" mis-decoded too); Italian "Intestazioni originali del messaggio:" (Sisimai set-of-emails
  // lhost-exchange2007-07.eml); Dutch "Oorspronkelijke berichtkoppen:" and Portuguese
  // "Cabeçalhos originais da mensagem:" (Sisimai Lhost/Office365.pm, which reads the latter from
  // "alhos originais da mensagem:" on, the "ç" being written in more than one charset).
  /^En-t[^\s:]{1,2}tes de message d'origine ?:/i,
  /^Intestazioni originali del messaggio:/i,
  /^Oorspronkelijke berichtkoppen:/i,
  /^Cabe[^\s:]{1,2}alhos originais da mensagem:/i,
];

/**
 * A writer's own words that its report is a delay warning, not a bounce: the message is still
 * queued and will be retried. Read where a report has no DSN part (pasted as text) to tell
 * its recipients delayed, as a DSN's "Action: delayed" would (RFC 3464 section 2.3.3). The
 * first five are the real output of the servers in lib/knowledge/lab (delay-warning.eml of each,
 * Debian 12 packages, versions in its manifest.json); line breaks may fall anywhere.
 */
export const DELAY_NOTICE_WORDINGS: readonly { writer: string; source: string; pattern: RegExp }[] =
  [
    {
      writer: "Postfix",
      source: "lib/knowledge/lab/fixtures/postfix/delay-warning.eml (bounce(5) delay_template)",
      pattern: /THIS IS A WARNING ONLY\.\s{1,4}YOU DO NOT NEED TO RESEND YOUR MESSAGE/,
    },
    {
      writer: "Sendmail",
      source: "lib/knowledge/lab/fixtures/sendmail/delay-warning.eml",
      pattern: /THIS IS A WARNING MESSAGE ONLY/,
    },
    {
      writer: "Exim",
      source: "lib/knowledge/lab/fixtures/exim/delay-warning.eml",
      pattern: /has not yet been delivered to one or more of its\s{1,4}recipients/,
    },
    {
      writer: "OpenSMTPD",
      source: "lib/knowledge/lab/fixtures/opensmtpd/delay-warning.eml",
      pattern: /this is only a temporary failure report/,
    },
    {
      writer: "Courier",
      source: "lib/knowledge/lab/fixtures/courier/delay-warning.eml",
      pattern: /DELAYS IN DELIVERING YOUR MESSAGE/,
    },
    {
      // Gmail's earlier delay notice, quoted from real output at https://codenote.net/en/posts/2871
      writer: "Gmail",
      source: "https://codenote.net/en/posts/2871",
      pattern: /Delivery to the following recipients? has been delayed/,
    },
    {
      // Gmail's "Delivery incomplete" notice, https://grokipedia.com/page/Delivery_Incomplete
      writer: "Gmail",
      source: "https://grokipedia.com/page/Delivery_Incomplete",
      pattern: /Gmail will retry for \d{1,3} more hours?/,
    },
    {
      // Exchange's delay DSN, quoted from real output at
      // http://www.cryer.co.uk/brian/windows/exchange/2010/help_delivery_is_delayed_to_these_recipients.htm
      writer: "Exchange",
      source:
        "http://www.cryer.co.uk/brian/windows/exchange/2010/help_delivery_is_delayed_to_these_recipients.htm",
      pattern: /Delivery is delayed to these recipients or groups/,
    },
    {
      // Exim 3's delay warning (real output in flufl.bounce's tests, wRAR/flufl.bounce
      // flufl/bounce/tests/data/simple_03.txt); Exim 4 writes "to one or more of its recipients"
      writer: "Exim 3",
      source:
        "https://github.com/wRAR/flufl.bounce/blob/master/flufl/bounce/tests/data/simple_03.txt",
      pattern: /has not yet been delivered to all its\s{1,4}recipients/,
    },
    {
      // Exim's notice for addresses deferred, as cPanel's Exim sends it when a domain passes its
      // hourly limit (real output in freeCodeCamp/guide#1844). Exim's own deliver.c writes only
      // the permanent form ("This is a permanent error. The following address(es) failed:").
      writer: "Exim (cPanel)",
      source: "https://github.com/freeCodeCamp/guide/pull/1844",
      pattern: /This is a temporary error\. The following address\(es\)\s{1,4}deferred:/,
    },
    {
      // cPanel's Exim, the reason line of the same notice: "Domain X has exceeded the max emails
      // per hour (124/100 (124%)) allowed.  Message will be reattempted later".
      writer: "Exim (cPanel)",
      source: "https://github.com/freeCodeCamp/guide/pull/1844",
      pattern: /Message will be reattempted later/,
    },
    {
      writer: "unnamed MTA",
      source:
        "https://github.com/wRAR/flufl.bounce/blob/master/flufl/bounce/tests/data/simple_21.txt",
      pattern: /This is just a warning, you do not need to take any action/,
    },
    {
      writer: "unnamed MTA",
      source:
        "https://github.com/wRAR/flufl.bounce/blob/master/flufl/bounce/tests/data/simple_22.txt",
      pattern: /Delivery attempts will continue to be made for \d{1,3}\s{1,3}day\(s\)/,
    },
    {
      // "Delivery of email to this address ... has been postponed due to a full mailbox."
      writer: "unnamed MTA",
      source:
        "https://github.com/wRAR/flufl.bounce/blob/master/flufl/bounce/tests/data/simple_35.txt",
      pattern: /We will continue to try to deliver your message over the next/,
    },
  ];

/**
 * DELAY_NOTICE_WORDINGS as one pattern per set of flags, each wording in a group of its own: a
 * text is searched once instead of once per wording (1.8 instead of 4.3 us for 1,500 characters
 * of the dev corpus's texts, most of which hold none).
 */
const ANY_DELAY_WORDING: readonly RegExp[] = (() => {
  const byFlags = new Map<string, string[]>();
  for (const { pattern } of DELAY_NOTICE_WORDINGS) {
    const flags = pattern.flags.replace(/[gy]/g, "");
    byFlags.set(flags, [...(byFlags.get(flags) ?? []), `(?:${pattern.source})`]);
  }
  return [...byFlags].map(([flags, sources]) => new RegExp(sources.join("|"), flags));
})();

/** Each wording's literal as grams (gatePattern); null if one has none to gate by. */
const DELAY_WORDING_GRAMS: readonly Int32Array[] | null = (() => {
  const out: Int32Array[] = [];
  for (const { pattern } of DELAY_NOTICE_WORDINGS) {
    const gate = gatePattern(pattern);
    if (!gate.literal || gate.grams.length === 0) return null;
    out.push(gate.grams);
  }
  return out;
})();

/**
 * Whether the text holds one of DELAY_NOTICE_WORDINGS: its writer's own words for a delay
 * warning. `grams`, when given, holds the grams of a lower-cased text that contains this one: a
 * text whose grams hold no wording's literal is not searched.
 */
export function hasDelayWording(text: string, grams?: GramSet): boolean {
  if (grams && DELAY_WORDING_GRAMS && !DELAY_WORDING_GRAMS.some((g) => grams.mayHold(g)))
    return false;
  return ANY_DELAY_WORDING.some((re) => re.test(text));
}

/**
 * Labels before an address that name someone other than a failed recipient, matched in any
 * case: header fields of the quoted original (RFC 5322 section 3.6; Oracle Messaging Server
 * lists them indented, "  Message-id: <...@...>"), and the sender's address in Microsoft 365's
 * "Original Message Details" ("Sender Address: user@...", above "Recipient Address: ..."), as
 * that NDR is displayed and copied from a mail client.
 */
export const NOT_RECIPIENT_LABELS: readonly string[] = [
  "From",
  "To",
  "Cc",
  "Bcc",
  "Reply-To",
  "Return-Path",
  "Sender",
  "Sender Address",
  // HotPOP: "System Contact: postmaster@..." under the failed address (flufl.bounce hotpop_01.txt)
  "System Contact",
  "Contact",
  "Delivered-To",
  "Envelope-To",
  "Envelope-From",
  "Resent-[A-Za-z]{2,10}",
  "X-[A-Za-z0-9-]{1,60}",
  "MAIL FROM",
  "Errors-To",
  "Disposition-Notification-To",
  "Message-ID",
  "In-Reply-To",
  "References",
  // German: the sender's address in Strato's "MAILVERSAND FEHLERBERICHT" ("Absender:
  // name@absender.tld"), and Outlook's German header block above a bounce as it is copied or
  // forwarded ("Von: ... An: ..."), both in the report quoted at http://husvedvf.de/inet/mkp/email.htm.
  // French: the sender as a copied bounce labels it, "EXPEDITEUR : MAILER-DAEMON@..."
  // (https://pastebin.com/r35f04G9).
  "Absender",
  "Von",
  "An",
  "Exp[EeÉé]diteur",
];

/** A label as a pattern that matches it in any case ("To" -> "[Tt][Oo]"); pattern parts are kept. */
function anyCase(label: string): string {
  return label.replace(
    /(\[[^\]]*\]\{[^}]*\}|\[[^\]]*\])|([A-Za-z])/g,
    (_m, part: string | undefined, c: string | undefined) =>
      part ?? `[${c!.toUpperCase()}${c!.toLowerCase()}]`,
  );
}

/** The recipient line of a sending service's event pasted as JSON (its key, not a line of prose). */
export const JSON_RECIPIENT_KEY = "json-recipient-key";

/**
 * Lines that introduce a bounced recipient: group 1 is the address. Ordered from the most
 * specific; all of them are tried and their hits merged by position.
 */
export const RECIPIENT_LINES: RecipientLine[] = [
  // qmail, Postfix, Yahoo: "<user@example.com>:" or "<user@example.com> (expanded from ...): text"
  {
    id: "angle-colon",
    pattern: /^[ \t]*<([^\s<>@]{1,256}@[^\s<>@]{1,256})>[^:\n]{0,300}:/,
    reasonOnLine: true,
  },
  // The same line copied from a page that renders the address as a Markdown link (GitHub: the
  // issue text a user copies holds "[<user@example.com>](mailto:user@example.com): host ..." or
  // "<[user@example.com](mailto:user@example.com)>: host ..."; rev30's inputs from
  // MicrosoftDocs/windows-dev-docs#5744 and microsoft/Analysis-Services#233).
  {
    id: "angle-colon-markdown-link",
    pattern:
      /^[ \t]*<?\[<?([^\s<>@[\]]{1,256}@[^\s<>@[\]]{1,256})>?\]\(mailto:[^()\s]{1,300}\)>?[^:\n]{0,300}:/,
    reasonOnLine: true,
  },
  // Postfix's "<rcpt> (expanded from <orig>): reason" (bounce_notify_util.c) whose first address
  // is not one: masked by whoever pasted it ("<XXXXXXXX (expanded from <user@example.org>): User
  // unknown in virtual alias table", littleyoda/hibiscus.depotviewer#67). The address the sender
  // wrote is the one in "expanded from".
  {
    id: "expanded-from-only",
    pattern:
      /^[ \t]*<[^\s<>@]{1,256}>?[ \t]{1,4}\(expanded from <([^\s<>@]{1,256}@[^\s<>@]{1,256})>\)[^:\n]{0,300}:/,
    reasonAt: /\(expanded from <[^<>\n]{1,520}>\)[^:\n]{0,300}:[ \t]*(\S[^\n]*)$/,
  },
  // Exim, Gmail: the address alone on an indented line. A bullet may come before it ("   * user@...",
  // flufl.bounce simple_31.txt) and the reason after it in parentheses ("\tuser@... (user not
  // found)", Novell GroupWise in Mail-DeliveryStatus-BounceParser t/corpus/novell-with-rhs.msg).
  {
    id: "indented-address",
    pattern:
      /^[ \t]{1,12}(?:[*\u2022-][ \t]{1,4})?<?([^\s<>@():,;]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?[ \t]*(?:\([^()\n]{1,200}\)[ \t]*)?$/,
    reasonOnLine: true,
  },
  // Sendmail's own summary lines in a transcript: "550 <user@example.com>... User unknown" (not
  // the remote "<<< 550 ..." lines, which repeat it, nor ">>> RCPT To:<...>")
  {
    id: "reply-address-dots",
    pattern:
      /^[ \t]*[2-5]\d\d[ -](?:[245]\.\d{1,3}\.\d{1,3}[ \t])?<([^\s<>@]{1,256}@[^\s<>@]{1,256}?)>\.\.\.[ \t]/,
  },
  // Exim: an address delivered to a pipe, file or autoreply is listed as what it went to, the
  // address that led there on an indented line under it: "  pipe to |/usr/bin/app\n    generated
  // by user@example.com" (deliver.c, print_address_information; real output in
  // sisimai/set-of-emails maildir/bsd/lhost-exim-53.eml). That address is the recipient.
  {
    id: "exim-generated-by",
    pattern:
      /^[ \t]{1,12}generated by <?([^\s<>@():,;]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?[ \t]*$/,
  },
  // Mimecast: each item of its alert under a "-- " bullet at the margin, the address alone: "An
  // email that you attempted to send to the following address could not be delivered:\n--
  // user@example.org" (sisimai/set-of-emails maildir/bsd/lhost-mimecast-01.eml).
  {
    id: "double-dash-address",
    pattern: /^--[ \t]{1,4}<?([^\s<>@():,;"]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?[ \t]*$/,
  },
  // GMX (Exim): the failed address in quotes, alone on its line: "user@example.com":
  {
    id: "quoted-address-colon",
    pattern: /^[ \t]*"([^\s"<>@]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})":[ \t]*$/,
  },
  // Sendmail: "<user@example.com>... User unknown" / "user@example.com... Deferred"; Smail 3
  // puts a blank before the dots: " user@example.com ... unknown host" (flufl.bounce simple_04.txt)
  {
    id: "sendmail-dots",
    pattern: /^[ \t]*<?([^\s<>@]{1,256}@[^\s<>@]{1,256}?)>?[ \t]?\.\.\.[ \t]/,
    reasonOnLine: true,
  },
  // Exchange 2003: "user@example.com on Thu, 29 Apr 2007 ..." or "... on 4/29/01 11:34:45 PM"
  {
    id: "address-on-date",
    pattern:
      /^[ \t]*([^\s<>@]{1,256}@[^\s<>@]{1,256}) on (?:[A-Z][a-z]{2},|\d{1,2}\/\d{1,2}\/\d{2,4} )/,
  },
  // Exchange 5.5's Internet Mail Service names the recipient by its X.400 address with the SMTP one
  // inside: "c=US;a= ;p=Example;o=Site;dda:SMTP=user@example.com; on Fri, 4 Oct 2002 17:12:28 -0400"
  // (flufl.bounce microsoft_01.txt)
  {
    id: "x400-dda-smtp",
    pattern:
      /^[ \t]*c=[A-Za-z]{2};[^\n]{0,300}?\bdda:SMTP=([^\s;<>@]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63});/i,
  },
  // Gmail: "Your message wasn't delivered to user@example.com because ..."; KDDI/au: "Could not be
  // delivered to: <user@...>"; DragonFly Mail Agent: "There was an error delivering your mail to <user@...>."
  {
    id: "not-delivered-to",
    pattern:
      /(?:wasn't|was not|could not be|couldn't be|cannot be) delivered to:?[ \t]*<?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?/i,
  },
  // Gmail: "Your message to user@example.com has been blocked." (a real one quoted at
  // https://silentmonkclub.blogspot.com/2026/02/message-blocked-email-auto-reply-that.html) and
  // "There was a temporary problem delivering your message to user@example.com." (its delay
  // notice, https://grokipedia.com/page/Delivery_Incomplete)
  {
    id: "message-to-blocked",
    pattern:
      /Your message to:?[ \t]*<?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>? has been blocked/i,
  },
  // "The following message to <user@example.com> was undeliverable." (crisp-oss/email-bounce-parser
  // test/fixtures/550_5_4_1_no_such_recipient_variant_2.txt). Not Microsoft 365's "Your message to
  // user@example.com couldn't be delivered.": its NDR names the recipient again by its details.
  {
    id: "message-to-undeliverable",
    pattern:
      /\bmessage to:?[ \t]*<?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?[ \t]+(?:was|is|has been)[ \t]+(?:undeliverable|undelivered|not delivered|returned)/i,
  },
  // An HTML report copied as text keeps the link after the address: "user@example.com<mailto:
  // user@example.com> A communication failure occurred ..." (Microsoft 365, crisp-oss/email-bounce-parser
  // test/fixtures/550_5_4_1_no_such_recipient_variant_1.txt). The reason must follow on the line: a
  // contact address with its link alone on a line is an auto-reply's or a signature's.
  {
    id: "address-mailto",
    pattern:
      /^[ \t]*([^\s<>@():,;"]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})<mailto:[^<>\s]{1,300}>[ \t]+[A-Za-z]/i,
    reasonOnLine: true,
  },
  {
    id: "problem-delivering-to",
    pattern:
      /problem delivering your message to:?[ \t]*<?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?/i,
  },
  // IMail / SMTP32: "undeliverable to user@example.com" (flufl.bounce smtp32_03.txt); Demon's Exim 2:
  // "The following message, addressed to 'user@example.com', failed ..." (bounce_03.txt); MS SMTPSVC:
  // "(Originally addressed to user@example.com)" (simple_23.txt)
  {
    id: "undeliverable-to",
    pattern:
      /\bundeliverable[ \t]{1,4}to:?[ \t]*<?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?/i,
  },
  {
    id: "addressed-to",
    pattern: /\baddressed to:?[ \t]*['"<]?([^\s<>@:'"]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])/i,
  },
  // Earthlink: "Sorry, unable to deliver your message to user@example.com for" (flufl.bounce
  // simple_14.txt); InterScan: "Unable to deliver message to <user@example.com> (and other
  // recipients in the same domain)." (simple_15.txt)
  {
    id: "unable-to-deliver-to",
    pattern:
      /\b(?:unable|not able|failed) to deliver (?:your |the )?(?:message|mail)[ \t]{1,4}to:?[ \t]*<?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?/i,
  },
  {
    id: "error-delivering-to",
    pattern:
      /error (?:delivering|sending) (?:your |the )?(?:mail|message) to:?[ \t]*<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>/i,
  },
  // "SMTP Server <host> rejected recipient <user@example.com> (Error following RCPT command)" and
  // "The following recipients returned permanent errors: user@example.com. Reason: ..." (an MTA
  // Sisimai calls X6: sisimai/set-of-emails maildir/bsd/lhost-x6-01.eml, lhost-x6-02.eml)
  {
    id: "rejected-recipient",
    pattern:
      /\b(?:rejected|refused) (?:the )?recipient:?[ \t]*<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>/i,
  },
  {
    id: "recipients-returned-errors",
    pattern:
      /\brecipients? returned (?:permanent |temporary |transient )?errors?:[ \t]*<?([^\s<>@:,]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>?/i,
  },
  // Zoho Mail's delay notice: "[Status: Error, Address: <user@example.com>, ResponseCode 421, ,
  // Host not reachable.]" (sisimai/set-of-emails maildir/bsd/lhost-zoho-04.eml)
  {
    id: "status-address-bracket",
    pattern: /^[ \t]*\[Status: [A-Za-z]{1,20}, Address: <([^\s<>@]{1,256}@[^\s<>@]{1,256})>/i,
  },
  // Postfix's cleanup logs the header or body line its rule matched, then the client, the envelope
  // and its reply: "QID: reject: header Subject: ... from host[ip]; from=<a@b> to=<user@example.com>
  // proto=ESMTP helo=<host>: 5.7.1 message content rejected" (src/cleanup/cleanup_message.c,
  // cleanup_act_log: "%s: %s: %s %.200s from %s;", then " from=<%s>", " to=<%s>", " proto=%s",
  // " helo=<%s>" and ": %s", the reply text). The quoted line is the sender's own message, not the
  // server's words: the reason is the reply after the envelope's last field.
  {
    id: "postfix-cleanup-log",
    pattern:
      /\bcleanup\[\d{1,10}\]: [0-9A-Za-z]{5,20}: (?:reject|discard|hold): [^\n]{0,400}? to=<([^\s<>@]{1,256}@[^\s<>@]{1,256})>/,
    reasonAt: /(?:to=<[^<>\n]{0,300}>|proto=[^\s:]{1,40}|helo=<[^<>\n]{0,300}>): (\S[^\n]*)$/,
  },
  // Exim's main log, pasted by whoever runs the server: its ACL's refusal of a recipient,
  // "H=host [ip] F=<sender> rejected RCPT <user@example.com>: reason" (acl.c; "temporarily
  // rejected" for a deferral), as the real-MTA lab recorded it (lib/knowledge/lab/fixtures/exim/
  // *.receiving.log). The line opens with the log's own fields: the reason is what follows.
  {
    id: "exim-log-rejected-rcpt",
    pattern: /\brejected RCPT <([^\s<>@]{1,256}@[^\s<>@]{1,256})>:/,
    reasonAt: /\brejected RCPT <[^<>\n]{1,520}>:[ \t]*(\S[^\n]*)$/,
  },
  // Postfix's log, pasted by whoever runs the server: its delivery agents log the recipient as
  // "to=<user@example.com>, relay=..." (smtp, lmtp, local: "QID: to=<...>, orig_to=<...>,
  // relay=..., dsn=5.1.1, status=bounced (...)") and smtpd logs a refusal with the envelope
  // after the reply, "NOQUEUE: reject: RCPT from host[ip]: 554 5.7.1 ...; from=<sender@...>
  // to=<user@example.com> proto=ESMTP helo=<...>" (smtpd_check.c, log_whatsup). Not from=<>,
  // the sender's. Sendmail's log names it the same way ("to=<user@example.com>, delay=...,
  // mailer=esmtp, ..., stat=...", deliver.c logdelivery).
  {
    id: "postfix-log-to",
    pattern: /(?:^|[\s;:,])to=<([^\s<>@]{1,256}@[^\s<>@]{1,256})>(?=[,\s]|$)/,
  },
  // Mail.Ru (Exim): " Local mailbox user@example.com is unavailable: user not found" on a line of its
  // own under the refusal (flufl.bounce simple_38.txt)
  {
    id: "local-mailbox-unavailable",
    pattern:
      /^[ \t]*Local mailbox <?([^\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}[A-Za-z0-9])>? is unavailable/i,
    reasonOnLine: true,
  },
  // OpenSMTPD, Exim's syntax errors: "user@example.com: Domain does not exist"
  {
    id: "address-colon",
    pattern:
      /^[ \t]*([^\s<>@():,;"]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})(?:[ \t]+<[^<>\n]{1,300}>)?:(?:[ \t]|$)/,
    reasonOnLine: true,
  },
  // MDaemon: "user@example.com - no such user here." (flufl.bounce simple_27.txt)
  {
    id: "address-dash-reason",
    pattern:
      /^[ \t]*<?([^\s<>@():,;"]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?[ \t]+-{1,2}[ \t]+[A-Za-z]/,
    reasonOnLine: true,
  },
  // X1: "user@example.com [User unknown]"; Zoho: "user@example.com Invalid Address, ERROR_CODE :550, ..."
  {
    id: "address-bracket-reason",
    pattern:
      /^([^\s<>@():,;"]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})[ \t]+(?:\[[^\]\n]{1,200}\][ \t]*$|[^\n]{0,100}\bERROR_CODE[ \t]*:)/,
    reasonOnLine: true,
  },
  // A sending service's bounce event pasted as JSON: the recipient's key in Amazon SES's
  // notification ("emailAddress", https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html),
  // SendGrid's event webhook ("email", https://www.twilio.com/docs/sendgrid/for-developers/tracking-events/event)
  // and Mailgun's events ("recipient", https://documentation.mailgun.com/docs/mailgun/user-manual/events/).
  // The event may itself be quoted in a JSON string, its quotes escaped (\"emailAddress\":\"...\":
  // an SNS notification's "Message", sisimai/set-of-emails lhost-amazonses-10.eml).
  // Only on a line that is JSON (it opens with "{", "[" or a quoted key): a JSON object inside
  // prose or a server's reply ("550 ... for {"email": ...}", "Your form data: {...}") is no event.
  {
    id: JSON_RECIPIENT_KEY,
    pattern:
      /^[ \t]*(?:[[{"][^\n]{0,1900}?)?\\?"(?:emailAddress|email|recipient)\\?"[ \t]{0,4}:[ \t]{0,4}\\?"([^\s"<>@\\]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})\\?"/i,
  },
  // Postfix's transcript of an SMTP session (notify_classes, to the postmaster): "In:  RCPT TO:<user@example.com> ORCPT=..."
  {
    id: "transcript-rcpt",
    pattern: /^[ \t]*In:[ \t]+RCPT TO:[ \t]*<([^\s<>@]{1,256}@[^\s<>@]{1,256})>/i,
  },
  // Address alone on a line, e.g. after "Delivery has failed to these recipients or groups:", or
  // in quotes ('"user@example.com"', flufl.bounce simple_35.txt)
  {
    id: "bare-address",
    pattern:
      /^"?<?([^\s<>@():,;"]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?"?[ \t]*(?:\(.{0,200}\))?[ \t]*$/,
  },
  // A quoted display name and the address, alone on the line: '"user@example.com" <user@example.com>'
  // under "could not be delivered to the following user:" (flufl.bounce microsoft_03.txt)
  {
    id: "name-address",
    pattern:
      /^[ \t]*"[^"\n]{1,200}"[ \t]*<([^\s<>@]{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>[ \t]*$/,
  },
  // CommuniGate Pro: "Failed to deliver to '<user@example.com>'", the reason on the lines under it
  // ("LOCAL module(account user) reports:", " account is full (quota exceeded)"):
  // Mail-DeliveryStatus-BounceParser t/corpus/quota-5.msg, CwsMailBounceHandler bounce_500_008.eml.
  {
    id: "failed-to-deliver-quoted",
    pattern:
      /^[ \t]{0,12}Failed to deliver to '<?([^\s<>@']{1,256}@[A-Za-z0-9.-]{1,253}\.[A-Za-z]{2,63})>?'[ \t]*$/,
  },
  // Exchange, others: "Recipient address: user@example.com", "Original-Recipient", "To: ..." in notices
  {
    id: "labelled",
    pattern:
      /^[ \t]*(?:Recipient(?: address)?|Failed recipient|Original recipient|Unable to deliver to|Address|Invalid recipient)s?[ \t]*:[ \t]*<?([^\s<>@]{1,256}@[^\s<>@]{1,256}?)>?[ \t]*$/i,
  },
  // Any other short label then the address alone: IMail "Unknown user: user@...", "Delivery failed 20
  // attempts: user@...", "Invalid final delivery userid: user@..."; Apache James "RCPT TO: user@...";
  // "User's mailbox is full: <user@...>". Header fields (NOT_RECIPIENT_LABELS: the original's
  // From, Message-ID...) are not labels.
  {
    id: "label-address",
    pattern: new RegExp(
      `^[ \\t]*(?!(?:${NOT_RECIPIENT_LABELS.map(anyCase).join("|")})[ \\t]*:)[A-Za-z][^:<>@\\n]{1,60}:[ \\t]*<?([^\\s<>@:]{1,256}@[A-Za-z0-9.-]{1,253}\\.[A-Za-z]{2,63})>?[ \\t]*\\.?[ \\t]*$`,
    ),
    reasonOnLine: true,
  },
];

/**
 * Line ends after which the address on the next non-blank line is the sender's, not a failed
 * recipient's: Exim's "A message sent by\n\n  <user@example.com>\n\ncould not be delivered to one
 * or more of its recipients." (Mail-DeliveryStatus-BounceParser t/corpus/misidentified-recipient.msg).
 */
export const SENDER_INTROS: readonly RegExp[] = [/\bsent by:?[ \t]*$/i];

/**
 * A line that labels its address as the sender's: never a failed recipient, whatever pattern its
 * layout matches. MailMarshal's "Additional Information" block: "Original Sender:    <user@...>"
 * (sisimai/set-of-emails maildir/bsd/lhost-mailmarshal-02.eml); SMTP's "MAIL FROM:" (RFC 5321).
 */
export const SENDER_LABELS: readonly RegExp[] = [
  /^[ \t]{0,12}(?:original[ \t]{1,4})?(?:sender|envelope[ -]from|mail[ \t]{1,4}from)[ \t]{0,4}:/i,
];

/**
 * A line that gives, under a recipient's own line, the address that recipient was written as
 * before it was rewritten: PMDF writes "Recipient address: USER@host.example.org" then "Original
 * address: user.name@example.org", then the reason (flufl.bounce dsn_04.txt, "PMDF V5.2"). The
 * same recipient, not another one.
 */
export const ORIGINAL_ADDRESS_LABEL = /^[ \t]{0,12}original[ \t]{1,4}address[ \t]{0,4}:/i;

/**
 * Labels before an address that name the field, not a reason (label-address, angle-colon lines):
 * "RCPT TO: user@...", "Recipient: <user@...>". Lower case, compared without punctuation.
 */
export const NON_REASON_LABELS: readonly string[] = [
  "rcpt to",
  "recipient",
  // USA.NET: "Intended recipient: user@usa.net" over its generic notice (flufl.bounce simple_02.txt)
  "intended recipient",
  "recipients",
  "recipient address",
  "original recipient",
  "final recipient",
  "failed recipient",
  "address",
  "to",
  "for",
  "in",
  "user",
  "mailbox",
];

/**
 * A field whose value is the error, for a recipient whose segment holds no SMTP reply: Microsoft
 * 365's NDR as a mail client displays it ("Error Details" / "Reported error: ..."; its DSN part is
 * not shown, so a copy holds only this). Group 1 is the error; one line, bounded.
 */
export interface LabelledDiagnostic {
  /**
   * Words every match begins with, case and all: a text without them is not searched (a native
   * search for them costs less than the pattern's attempt at every line start).
   */
  literal: string;
  pattern: RegExp;
}

export const LABELLED_DIAGNOSTICS: readonly LabelledDiagnostic[] = [
  {
    literal: "Reported error:",
    pattern: /^Reported error:[ \t]{0,40}([^\n]{1,1000})$/m,
  },
  // Exim's text from a local transport (a pipe's output), under "The following text was
  // generated during the delivery attempt:": the address information between "------ " and
  // " ------" (continued on indented lines), a blank line, then the transport's own words up to
  // the next blank line (deliver.c, print_address_information(addr, fp, "------ ", "\n       ",
  // " ------\n")). Real output: sisimai/set-of-emails maildir/bsd/lhost-exim-53.eml.
  {
    literal: "The following text was generated during the delivery attempt",
    pattern:
      /^The following text was generated during the delivery attempts?:\n\n------ [^\n]{1,1000}(?:\n[ \t]{1,20}[^ \t\n][^\n]{0,999}){0,8} ------\n\n([^\n]{1,1000}(?:\n[^\n]{1,1000}){0,9})/m,
  },
];

/**
 * A sending service's complaint event pasted or mailed as JSON: a feedback report, not a bounce.
 * Amazon SES names the type in "notificationType" (or "eventType" with event publishing), one of
 * "Bounce", "Complaint", "Delivery" (https://docs.aws.amazon.com/ses/latest/dg/notification-contents.html;
 * a real one mailed by SNS: sisimai/set-of-emails maildir/bsd/lhost-amazonses-11.eml).
 */
export const COMPLAINT_EVENTS: readonly RegExp[] = [
  /"(?:notificationType|eventType)"[ \t]{0,4}:[ \t]{0,4}"Complaint"/,
];

/**
 * The sentence that introduces a list of failed addresses. A writer that gives no words under an
 * address may give its reason there: "Unable to deliver message to the following recipients,
 * because the message was forwarded more than the maximum allowed times." (Microsoft SMTPSVC,
 * sisimai/set-of-emails maildir/bsd/rfc3464-40.eml), "Delevery to the following recipients was
 * aborted after 5.0 hour(s):" (X3, lhost-x3-02.eml).
 */
export const LIST_INTRO =
  /\bfollowing[ \t]{1,4}(?:recipients?|address(?:es|\(es\))?|destinations?)\b/i;

/**
 * An introduction that says nothing but that a list follows; the reason is then the paragraph
 * above it: "Your message was not delivered within 0 days and 1 hours.\nRemote host is not
 * responding.\n\nThe following recipients did not receive this message:" (au EZweb,
 * sisimai/set-of-emails maildir/bsd/lhost-ezweb-05.eml).
 */
export const BARE_LIST_INTRO =
  /^[ \t]{0,12}the following[ \t]{1,4}(?:recipients?|address(?:es|\(es\))?)\b[^.:\n]{0,80}:[ \t]*$/i;

/**
 * An introduction that says only that delivery to the listed addresses failed: the writer's
 * boilerplate, no reason, so never a recipient's words. Exchange's DSN "Delivery to the following
 * recipients failed." (flufl.bounce dsn_13.txt, Mail-DeliveryStatus-BounceParser warning-1.msg),
 * Gmail's "Delivery to the following recipient failed permanently:" (flufl.bounce simple_17.txt),
 * PMDF's "Your message cannot be delivered to the following recipients:" (dsn_04.txt).
 */
export const NO_REASON_LIST_INTRO =
  /^(?:delivery to the following recipients? failed(?: permanently)?|your message (?:cannot|could not) be delivered to the following recipients?|message not delivered to the following(?: recipients?| addresses)?)[ \t]*[.:]?$/i;

/**
 * Sentences of a writer's fixed preamble that say only who writes and that delivery failed: no
 * reason, whatever list they introduce. qmail-send's bounce ("Hi. This is the qmail-send program
 * at X. / I'm afraid I wasn't able to deliver your message to the following addresses. / This is
 * a permanent error; I've given up. Sorry it didn't work out.", qmail-send.c, quoted whole in
 * flufl.bounce tests/data/qmail_01.txt, where the address has no words under it) and Apache
 * James's copy of it ("Hi. This is the James mail server at X." ... "Below I include the list of
 * recipients and the reason why I was unable to deliver your message.", its DSNBounce mailet).
 * Matched sentence by sentence (split after ".", "!" or "?"), in any case.
 */
export const NO_REASON_SENTENCES: readonly RegExp[] = [
  // Exim's default bounce text (its deliver.c; every message of Exim's test suite, test/mail,
  // that fails an address for which no words are given opens so): "This message was created
  // automatically by mail delivery software. / A message that you sent could not be delivered to
  // one or more of its recipients. This is a permanent error. The following address(es) failed:"
  /^this message was created automatically by mail delivery software\.$/i,
  /^a message that you sent could not be delivered to one or more of its recipients\.$/i,
  /^this is a permanent error\.$/i,
  /^the following address\(es\) failed:$/i,
  /^hi\.$/i,
  // Copies quoted in other bounce parsers' comments also show it without "at X" ("Hi. This is
  // the qmail-send program."), and hs.mail's copy of James's text says "Below I included".
  /^this is the [A-Za-z0-9 _.-]{1,40} (?:program|mail server)(?: at [^\s]{1,255})?\.?$/i,
  /^i'm afraid i wasn't able to deliver your message to the following addresses\.$/i,
  /^this is a permanent error; i've given up\.$/i,
  /^sorry it didn't work out\.$/i,
  /^below i included? the list of recipients and the reason why i was unable to deliver your message\.$/i,
];

/**
 * The words before an address on its line that only introduce it as one of a list, no reason:
 * "Did not reach the following recipient: user@example.com" (flufl.bounce simple_24.txt). At most
 * six words, then "the following recipient(s)" or "address(es)".
 */
export const LIST_LABEL =
  /^(?:[A-Za-z']{1,20}[ \t]{1,4}){0,6}the[ \t]{1,4}following[ \t]{1,4}(?:recipients?|address(?:es)?)(?:\(s\)|\(es\))?$/i;

/**
 * A reply code given as a labelled field rather than at the start of a reply: Zoho Mail writes
 * "user@example.org Invalid Address, ERROR_CODE :550, ERROR_CODE :Requested action not taken ..."
 * (Sisimai Lhost/Zoho.pm, BSD-2). Group 1 is the code.
 */
export const LABELLED_REPLY_CODES: readonly RegExp[] = [
  /\bERROR_CODE[ \t]{0,4}:[ \t]{0,4}([45]\d\d)\b/,
];

/**
 * Header fields of a bounce that list its failed recipients, machine-readable. Exim writes
 * X-Failed-Recipients (https://www.exim.org/exim-html-current/doc/html/spec_html/ch-message_processing.html),
 * and Gmail / Google Groups bounces carry it too (Sisimai set-of-emails lhost-googlegroups-*).
 */
export const FAILED_RECIPIENT_HEADERS = ["x-failed-recipients"];

/**
 * Who sends bounces (RFC 3464 section 2 / RFC 5321 section 4.5.5: a null reverse-path, from the
 * mail system itself) and the subjects MTAs give them. A message from one of these, or with one
 * of these subjects, is a bounce even when it is marked "Auto-Submitted: auto-replied" as Exim's
 * and Google's are; sources: the MTA defaults listed in MTA_FORMATS and Sisimai set-of-emails.
 */
export const BOUNCE_SENDERS: RegExp[] = [
  /\b(?:mailer-daemon|mail-daemon|mailerdaemon|postmaster|post_master|mmsc ndr|mdaemon)\b/i,
  /\bMail Deliver(?:y)? (?:System|Subsystem|Service)\b/i,
];
export const BOUNCE_SUBJECTS: RegExp[] = [
  /\bDelivery Status Notification\b/i,
  /\bDelivery status notification: (?:error|failure|delayed)/i,
  /\bUndeliver(?:able|ed)\b/i,
  /\bReturned mail\b/i,
  /\bfailure notice\b/i,
  /\bMail delivery failed\b/i,
  /\bMail failure\b/i,
  /\bDelivery (?:Failure|failed|Notification: Delivery has failed)\b/i,
  /\bNon[- ]?deliver(?:y|able)\b/i,
  // Exchange's non-delivery report in German: "Unzustellbar: <subject>" (msxfaq.de,
  // http://www.msxfaq.de/internet/quittung.htm, "Unzustellbar" among Exchange's notices)
  /\bUnzustellbar\b/i,
];
