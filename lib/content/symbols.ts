// What the filter's rules mean, as data: Rspamd symbol -> topic, plain words, what to change.
// Browser-safe. Each entry names where the rule is defined in Debian's rspamd 3.4 (the file under
// /usr/share/rspamd or /etc/rspamd, which also holds the filter's own one-line description) and,
// where Rspamd documents the module, the documentation page. The plain words and fixes are ours.
//
// A rule that is not listed here still reaches the user: with points, under "Other rules", with
// the filter's own description (lib/content/build-review.ts).

import type { ContentGroup } from "./types";

export interface SymbolInfo {
  group: ContentGroup;
  /** What it means, in plain words. */
  title: string;
  /** What to change. Absent for rules that count in the message's favour. */
  fix?: string;
  /** Where the rule is defined or documented. */
  source: string;
  /**
   * How to read it when it comes with 0 points. Rspamd caps each group's total (rbl, surbl...),
   * so of several listings of one link only the first few carry points: a capped listing is
   * still a listing ("bad"). Default "info", shown only if in SHOWN_WITHOUT_POINTS.
   */
  zeroTone?: "bad";
}

const RBL = "Rspamd 3.4 /etc/rspamd/modules.d/rbl.conf; https://rspamd.com/doc/modules/rbl.html";
const HTML = "Rspamd 3.4 /usr/share/rspamd/rules/html.lua";
const HEADERS = "Rspamd 3.4 /usr/share/rspamd/rules/regexp/headers.lua";
const HEADERS_CHECKS = "Rspamd 3.4 /usr/share/rspamd/rules/headers_checks.lua";
const MISC = "Rspamd 3.4 /usr/share/rspamd/rules/misc.lua";
const MID = "Rspamd 3.4 /usr/share/rspamd/rules/mid.lua";
const SUBJECT = "Rspamd 3.4 /usr/share/rspamd/rules/subject_checks.lua";
const DKIM =
  "Rspamd 3.4 /etc/rspamd/scores.d/policies_group.conf; https://rspamd.com/doc/modules/dkim.html";
const MIME_TYPES =
  "Rspamd 3.4 /usr/share/rspamd/plugins/mime_types.lua; https://rspamd.com/doc/modules/mime_types.html";
const SHORTENER = "config/rspamd/local.d/multimap.conf (Rspamd's maps.d/redirectors.inc)";

export const GROUP_TITLES: Record<ContentGroup, string> = {
  "link-blocklist": "Links to domains on blocklists",
  "url-shortener": "Links through URL shorteners",
  "html-without-text": "HTML without a text version",
  "image-only": "Mostly images, little text",
  headers: "Missing or broken headers",
  authentication: "Authentication (DKIM, ARC)",
  "forged-sender": "Sender that looks forged",
  attachments: "Attachments receivers refuse",
  phrases: "Spammy words and formatting",
  other: "Other rules",
};

/** Display order of the groups. */
export const GROUP_ORDER: ContentGroup[] = [
  "link-blocklist",
  "attachments",
  "forged-sender",
  "image-only",
  "html-without-text",
  "url-shortener",
  "phrases",
  "headers",
  "authentication",
  "other",
];

const listedLink = (list: string, what: string): SymbolInfo => ({
  group: "link-blocklist",
  title: `A link in the message points to a domain ${list} lists as ${what}.`,
  fix: "Remove the link, or link to a domain of your own that is on no list. If the domain is yours, find out why it is listed (this review's “Linked domains on the domain blocklists” names each list) and request delisting.",
  source: RBL,
  zeroTone: "bad",
});

const listRefused = (list: string): SymbolInfo => ({
  group: "link-blocklist",
  title: `${list} refused to answer for the links (a quota or resolver problem); this says nothing about your links.`,
  source: RBL,
});

export const SYMBOLS: Record<string, SymbolInfo> = {
  // Links and domains on domain blocklists (Spamhaus DBL, SURBL, URIBL and others).
  DBL_SPAM: listedLink("Spamhaus DBL", "a spam domain"),
  DBL_PHISH: listedLink("Spamhaus DBL", "a phishing domain"),
  DBL_MALWARE: listedLink("Spamhaus DBL", "a malware domain"),
  DBL_BOTNET: listedLink("Spamhaus DBL", "a botnet command-and-control domain"),
  DBL_ABUSE: listedLink("Spamhaus DBL", "an abused legitimate domain used in spam"),
  DBL_ABUSE_REDIR: listedLink("Spamhaus DBL", "an abused redirector"),
  DBL_ABUSE_PHISH: listedLink("Spamhaus DBL", "an abused legitimate domain used for phishing"),
  DBL_ABUSE_MALWARE: listedLink("Spamhaus DBL", "an abused legitimate domain serving malware"),
  DBL_ABUSE_BOTNET: listedLink("Spamhaus DBL", "an abused legitimate domain used by a botnet"),
  DBL_BLOCKED: listRefused("Spamhaus DBL"),
  DBL_BLOCKED_OPENRESOLVER: listRefused("Spamhaus DBL"),
  DBL_PROHIBIT: listRefused("Spamhaus DBL"),
  URIBL_BLACK: listedLink("URIBL", "a spam domain (black list)"),
  URIBL_RED: listedLink("URIBL", "a domain seen in spam (red list)"),
  URIBL_GREY: listedLink("URIBL", "a domain with mixed reputation (grey list)"),
  URIBL_BLOCKED: listRefused("URIBL"),
  ABUSE_SURBL: listedLink("SURBL", "a domain used in abuse"),
  MW_SURBL_MULTI: listedLink("SURBL", "a malware domain"),
  PH_SURBL_MULTI: listedLink("SURBL", "a phishing domain"),
  CRACKED_SURBL: listedLink("SURBL", "a cracked (compromised) site"),
  SURBL_BLOCKED: listRefused("SURBL"),
  RSPAMD_URIBL: listedLink("Rspamd's URL blocklist", "a spam domain"),
  SEM_URIBL: listedLink("Spam Eating Monkey", "a spam domain"),
  SEM_URIBL_FRESH15: listedLink("Spam Eating Monkey", "a domain registered in the last 15 days"),
  MSBL_EBL: {
    group: "link-blocklist",
    title: "An address in the message is on the MSBL email blocklist.",
    fix: "Remove that address from the message (often a Reply-To or contact address).",
    source: RBL,
  },
  PHISHING: {
    group: "link-blocklist",
    title: "A link's text shows one address while the link goes to another (a phishing sign).",
    fix: "Make every link's visible text match where it goes, or use plain words as link text instead of an address.",
    source: "Rspamd 3.4 /usr/share/rspamd/plugins/phishing.lua",
  },
  R_SUSPICIOUS_URL: {
    group: "link-blocklist",
    title: "A link uses an obfuscated address (numeric IP, odd encoding).",
    fix: "Link to a plain https address on your own domain.",
    source: MISC,
  },
  OMOGRAPH_URL: {
    group: "link-blocklist",
    title: "A link mixes look-alike characters from different alphabets.",
    fix: "Use the real domain name, typed in plain letters.",
    source: MISC,
  },
  HAS_ONION_URI: {
    group: "link-blocklist",
    title: "The message links to a .onion (Tor) address.",
    fix: "Remove the .onion link.",
    source: "Rspamd 3.4 /usr/share/rspamd/rules/regexp/misc.lua",
  },

  // URL shorteners.
  URL_SHORTENER: {
    group: "url-shortener",
    title: "A link goes through a URL shortener or redirector, which hides where it leads.",
    fix: "Link to the real address on your own domain instead of a shortened link; spammers use shorteners, so filters distrust them.",
    source: SHORTENER,
  },

  // HTML without text.
  MIME_HTML_ONLY: {
    group: "html-without-text",
    title: "The message has an HTML version only, with no plain-text version.",
    fix: "Send a multipart/alternative message with a plain-text part that says the same as the HTML (most mail programs and sending services have a setting for it).",
    source: HTML,
  },
  MIME_MA_MISSING_TEXT: {
    group: "html-without-text",
    title: "The message claims to have alternative versions, but the text version is missing.",
    fix: "Add the plain-text part the multipart/alternative message promises.",
    source: HEADERS_CHECKS,
  },
  R_PARTS_DIFFER: {
    group: "html-without-text",
    title: "The text and HTML versions say different things.",
    fix: "Make the plain-text part a faithful copy of the HTML part's words.",
    source: MISC,
  },
  ZERO_FONT: {
    group: "html-without-text",
    title: "The HTML hides text in a zero-size font.",
    fix: "Remove hidden text; every word in the message should be visible.",
    source: HTML,
  },
  MANY_INVISIBLE_PARTS: {
    group: "html-without-text",
    title: "The HTML has many invisible parts.",
    fix: "Remove hidden blocks and keep only what the reader sees.",
    source: HTML,
  },
  HFILTER_URL_ONLY: {
    group: "html-without-text",
    title: "The body is little more than a link.",
    fix: "Write a few sentences that say what the link is and why you send it.",
    source: "Rspamd 3.4 /usr/share/rspamd/plugins/hfilter.lua",
  },
  HFILTER_URL_ONELINE: {
    group: "html-without-text",
    title: "The body is one line of text with a link.",
    fix: "Write a few sentences that say what the link is and why you send it.",
    source: "Rspamd 3.4 /usr/share/rspamd/plugins/hfilter.lua",
  },

  // Image-only.
  R_SUSPICIOUS_IMAGES: {
    group: "image-only",
    title: "The message is mostly images with little or no text.",
    fix: "Put the message's words in text, not in pictures; keep images to a small part of the message and give each an alt text.",
    source: HTML,
  },
  HTML_SHORT_LINK_IMG_1: {
    group: "image-only",
    title: "A very short HTML message that is mainly a linked image.",
    fix: "Add real text that says what the message is about; do not send a single clickable picture.",
    source: HTML,
  },
  HTML_SHORT_LINK_IMG_2: {
    group: "image-only",
    title: "A short HTML message that is mainly a linked image.",
    fix: "Add real text that says what the message is about; do not send a single clickable picture.",
    source: HTML,
  },
  HTML_SHORT_LINK_IMG_3: {
    group: "image-only",
    title: "A short HTML message that is mainly a linked image.",
    fix: "Add real text that says what the message is about; do not send a single clickable picture.",
    source: HTML,
  },
  R_EMPTY_IMAGE: {
    group: "image-only",
    title: "The message is an image with no text at all.",
    fix: "Add the message's words as text.",
    source: HTML,
  },

  // Missing or broken headers.
  MISSING_DATE: {
    group: "headers",
    title: "The message has no Date header.",
    fix: "Send through a mail program or library that adds Date (RFC 5322 requires it).",
    source: MISC,
  },
  INVALID_DATE: {
    group: "headers",
    title: "The Date header is not a valid date.",
    fix: 'Use the RFC 5322 format, e.g. "Fri, 04 Dec 2026 10:00:00 +0000".',
    source: MISC,
  },
  DATE_IN_FUTURE: {
    group: "headers",
    title: "The Date header is in the future.",
    fix: "Fix the sending machine's clock and time zone.",
    source: MISC,
  },
  DATE_IN_PAST: {
    group: "headers",
    title: "The Date header is long in the past.",
    fix: "Fix the sending machine's clock, or send the message when it is written.",
    source: MISC,
  },
  MISSING_MID: {
    group: "headers",
    title: "The message has no Message-ID header.",
    fix: "Send through a mail program or library that adds Message-ID.",
    source: HEADERS,
  },
  INVALID_MSGID: {
    group: "headers",
    title: "The Message-ID header is malformed.",
    fix: "Use the form <unique-part@your-domain>.",
    source: HEADERS,
  },
  MID_RHS_NOT_FQDN: {
    group: "headers",
    title: "The Message-ID's domain part is not a full domain name.",
    fix: "Generate Message-IDs ending in @your-domain.",
    source: MID,
  },
  MID_BARE_IP: {
    group: "headers",
    title: "The Message-ID ends in a bare IP address.",
    fix: "Generate Message-IDs ending in @your-domain.",
    source: MID,
  },
  MISSING_FROM: {
    group: "headers",
    title: "The message has no From header.",
    fix: "Add a From header with your address.",
    source: HEADERS_CHECKS,
  },
  MULTIPLE_FROM: {
    group: "headers",
    title: "The message has more than one From address.",
    fix: "Keep one From address.",
    source: HEADERS_CHECKS,
  },
  MULTIPLE_UNIQUE_HEADERS: {
    group: "headers",
    title: "A header that must appear once appears several times.",
    fix: "Remove the repeated header (Subject, From, To, Date, Message-ID appear once each).",
    source: HEADERS_CHECKS,
  },
  MISSING_TO: {
    group: "headers",
    title: "The message has no To header.",
    fix: "Address the message to its recipient in To rather than only in Bcc.",
    source: HEADERS,
  },
  R_UNDISC_RCPT: {
    group: "headers",
    title: 'The message is addressed to "undisclosed recipients".',
    fix: "Send to each recipient by name, or through a mailing-list service.",
    source: HEADERS,
  },
  MISSING_SUBJECT: {
    group: "headers",
    title: "The message has no Subject header.",
    fix: "Give the message a subject that says what it is about.",
    source: HEADERS,
  },
  EMPTY_SUBJECT: {
    group: "headers",
    title: "The subject is empty.",
    fix: "Give the message a subject that says what it is about.",
    source: HEADERS,
  },
  MISSING_MIME_VERSION: {
    group: "headers",
    title: "A MIME message without a MIME-Version header.",
    fix: "Send through a mail program or library that adds MIME-Version: 1.0.",
    source: HEADERS_CHECKS,
  },
  BROKEN_HEADERS: {
    group: "headers",
    title: "The headers cannot be read properly.",
    fix: "Send through a standard mail library; a hand-built message often breaks header syntax.",
    source: HEADERS_CHECKS,
  },
  BROKEN_CONTENT_TYPE: {
    group: "headers",
    title: "The Content-Type header is broken.",
    fix: "Send through a standard mail library that writes MIME headers correctly.",
    source: HEADERS_CHECKS,
  },
  R_MISSING_CHARSET: {
    group: "headers",
    title: "A text part does not say which character set it uses.",
    fix: 'Declare the charset, e.g. Content-Type: text/plain; charset="utf-8".',
    source: HEADERS,
  },
  R_BAD_CTE_7BIT: {
    group: "headers",
    title: "A part says it is 7-bit but holds 8-bit characters.",
    fix: "Encode the part (quoted-printable or base64) or declare 8bit.",
    source: MISC,
  },
  FROM_EXCESS_BASE64: {
    group: "headers",
    title: "The From name is base64-encoded without need.",
    fix: "Write plain ASCII names as they are; encode only what needs it.",
    source: HEADERS,
  },
  SUBJ_EXCESS_BASE64: {
    group: "headers",
    title: "The subject is base64-encoded without need.",
    fix: "Write a plain ASCII subject as it is; encode only what needs it.",
    source: HEADERS,
  },
  R_NO_SPACE_IN_FROM: {
    group: "headers",
    title: "The From header has no space between the name and the address.",
    fix: 'Write it as Name <address>, e.g. "Ana Lopez <ana@example.com>".',
    source: HEADERS,
  },
  HEADER_FROM_EMPTY_DELIMITER: {
    group: "headers",
    title: "The From header has no space after the colon.",
    fix: "Send through a standard mail library.",
    source: HEADERS,
  },
  INVALID_FROM_8BIT: {
    group: "headers",
    title: "The From header holds raw 8-bit characters.",
    fix: "Encode non-ASCII names (RFC 2047) or send with SMTPUTF8 support.",
    source: HEADERS_CHECKS,
  },
  CT_EXTRA_SEMI: {
    group: "headers",
    title: "The Content-Type header ends with a stray semicolon.",
    fix: "Send through a standard mail library.",
    source: HEADERS,
  },
  HAS_X_PRIO_ONE: {
    group: "headers",
    title: "The message is marked highest priority.",
    fix: "Remove the high-priority flag; bulk senders abuse it.",
    source: HEADERS_CHECKS,
  },

  // Authentication that travels with the message (SPF and DMARC judge the delivering
  // connection and are checked on the domain page instead).
  R_DKIM_ALLOW: {
    group: "authentication",
    title: "The DKIM signature verifies.",
    source: DKIM,
  },
  R_DKIM_REJECT: {
    group: "authentication",
    title:
      "The DKIM signature does not verify: the message changed after signing, or the key does not match.",
    fix: "Sign after the last change to the message (footers, link rewriting), and check that the published DKIM key matches the signing key.",
    source: DKIM,
  },
  R_DKIM_PERMFAIL: {
    group: "authentication",
    title:
      "The DKIM signature is unusable (no key published for the selector, or a broken signature).",
    fix: "Publish the DKIM key for the selector in the signature (the domain check shows it), or fix the signing set-up.",
    source: DKIM,
  },
  R_DKIM_TEMPFAIL: {
    group: "authentication",
    title: "The DKIM key could not be fetched (DNS trouble).",
    fix: "Check that the DKIM key record answers (the domain check does this).",
    source: DKIM,
  },
  R_DKIM_NA: {
    group: "authentication",
    title: "The message has no DKIM signature.",
    fix: "Sign outgoing mail with DKIM for your From domain (your mail provider has a setting for it).",
    source: DKIM,
  },
  ARC_REJECT: {
    group: "authentication",
    title: "The ARC chain (signatures added by forwarders) is broken.",
    fix: "If a forwarder or list touched the message, ask its administrator; otherwise remove stale ARC headers.",
    source: "Rspamd 3.4 /usr/share/rspamd/plugins/arc.lua",
  },

  // Forged-looking sender.
  FROM_NEQ_DISPLAY_NAME: {
    group: "forged-sender",
    title: "The From name shows an email address different from the real From address.",
    fix: 'Use a plain name as the From name (e.g. "Ana Lopez"), not an email address.',
    source: MISC,
  },
  SPOOF_DISPLAY_NAME: {
    group: "forged-sender",
    title: "The From name is made to look like another sender.",
    fix: "Use your own name or your organisation's name as the From name.",
    source: MISC,
  },
  FORGED_SENDER: {
    group: "forged-sender",
    title: "The From address differs from the envelope sender (Return-Path).",
    fix: "Send with the same domain in From and in the envelope sender, or sign with DKIM for the From domain.",
    source: "Rspamd 3.4 /etc/rspamd/scores.d/headers_group.conf",
  },
  FROM_NEQ_ENVFROM: {
    group: "forged-sender",
    title: "The From address differs from the envelope sender.",
    fix: "Send with the same domain in From and in the envelope sender where you can.",
    source: HEADERS_CHECKS,
  },
  SPOOF_REPLYTO: {
    group: "forged-sender",
    title: "The Reply-To sends answers to a different, unrelated address.",
    fix: "Let replies go to the From address, or a Reply-To on the same domain.",
    source: MISC,
  },
  FREEMAIL_REPLYTO_NEQ_FROM_DOM: {
    group: "forged-sender",
    title: "Replies go to a free mailbox on another domain than the From address.",
    fix: "Use a Reply-To on your own domain.",
    source: MISC,
  },
  FAKE_REPLY: {
    group: "forged-sender",
    title: 'The subject starts with "Re:" but the message answers nothing.',
    fix: 'Remove "Re:" from a message that is not a reply.',
    source: HEADERS,
  },

  // Attachments receivers refuse.
  MIME_BAD_EXTENSION: {
    group: "attachments",
    title: "An attachment has a file type receivers refuse (an executable or script).",
    fix: "Do not attach programs or scripts: share them through a download link on your own site or a file-sharing service.",
    source: MIME_TYPES,
  },
  MIME_DOUBLE_BAD_EXTENSION: {
    group: "attachments",
    title: 'An attachment hides its real type behind a double extension (e.g. "invoice.pdf.exe").',
    fix: "Rename the file to its real type, or do not send it.",
    source: MIME_TYPES,
  },
  MIME_BAD_ATTACHMENT: {
    group: "attachments",
    title: "An attachment's declared type does not match its file name.",
    fix: "Attach the file with its correct content type (let your mail program choose it).",
    source: MIME_TYPES,
  },
  MIME_ARCHIVE_IN_ARCHIVE: {
    group: "attachments",
    title: "An archive inside another archive (a way to hide malware from scanners).",
    fix: "Send the files in one archive level, or share them through a link.",
    source: MIME_TYPES,
  },
  MIME_ENCRYPTED_ARCHIVE: {
    group: "attachments",
    title: "An encrypted archive, which receivers cannot scan.",
    fix: "Share the files through a link, or send the archive without a password.",
    source: MIME_TYPES,
  },
  MIME_EXE_IN_GEN_SPLIT_RAR: {
    group: "attachments",
    title: "A split RAR archive that holds a program.",
    fix: "Do not send programs by mail.",
    source: MIME_TYPES,
  },
  MIME_OBFUSCATED_ARCHIVE: {
    group: "attachments",
    title: "An archive whose file names are disguised.",
    fix: "Name files plainly, or share them through a link.",
    source: MIME_TYPES,
  },
  MIME_BAD_UNICODE: {
    group: "attachments",
    title: "An attachment name uses characters that reverse or hide its real extension.",
    fix: "Rename the file with plain characters.",
    source: MIME_TYPES,
  },

  // Spammy words and formatting.
  SUBJ_ALL_CAPS: {
    group: "phrases",
    title: "The subject is written in capitals.",
    fix: "Write the subject in normal case.",
    source: SUBJECT,
  },
  LONG_SUBJ: {
    group: "phrases",
    title: "The subject is very long.",
    fix: "Keep the subject short and specific (under about 80 characters).",
    source: SUBJECT,
  },
  SUBJECT_ENDS_EXCLAIM: {
    group: "phrases",
    title: "The subject ends with an exclamation mark.",
    fix: "Drop the exclamation mark.",
    source: HEADERS,
  },
  SUBJECT_HAS_EXCLAIM: {
    group: "phrases",
    title: "The subject has an exclamation mark.",
    fix: "Drop the exclamation mark.",
    source: HEADERS,
  },
  SUBJECT_HAS_CURRENCY: {
    group: "phrases",
    title: "The subject has a currency sign.",
    fix: "Leave prices out of the subject.",
    source: HEADERS,
  },
  URL_IN_SUBJECT: {
    group: "phrases",
    title: "The subject holds a link.",
    fix: "Put links in the body, not the subject.",
    source: MISC,
  },
  LEAKED_PASSWORD_SCAM: {
    group: "phrases",
    title: "The wording matches the leaked-password extortion scam.",
    fix: "Rewrite the message without threats, payment demands or Bitcoin addresses.",
    source: "Rspamd 3.4 /usr/share/rspamd/rules/regexp/misc.lua",
  },
  BITCOIN_ADDR: {
    group: "phrases",
    title: "The message holds a Bitcoin address.",
    fix: "Send payment details through your invoice system rather than in the message text.",
    source: "Rspamd 3.4 /usr/share/rspamd/rules/bitcoin.lua",
  },
  R_MIXED_CHARSET: {
    group: "phrases",
    title: "Words mix characters from different alphabets (a way to dodge word filters).",
    fix: "Type the text in one alphabet; do not paste look-alike characters.",
    source: "Rspamd 3.4 /usr/share/rspamd/plugins/chartable.lua",
  },
  HTML_META_REFRESH_URL: {
    group: "phrases",
    title: "The HTML redirects the reader to another address by itself.",
    fix: "Remove the meta refresh; use an ordinary link.",
    source: "Rspamd 3.4 /usr/share/rspamd/rules/regexp/misc.lua",
  },
  HAS_DATA_URI: {
    group: "phrases",
    title: "The HTML embeds data: URIs.",
    fix: "Attach images as ordinary inline images (cid:) or link them.",
    source: "Rspamd 3.4 /usr/share/rspamd/rules/regexp/misc.lua",
  },
  DATA_URI_OBFU: {
    group: "phrases",
    title: "The HTML hides content in data: URIs.",
    fix: "Remove data: URIs holding scripts or documents.",
    source: "Rspamd 3.4 /usr/share/rspamd/rules/regexp/misc.lua",
  },
};

/**
 * Rules that judge when the review happens, not the message: left out of the findings and their
 * points out of the score. Rspamd's DATE_IN_PAST fires when the Date header is more than a day
 * before the scan (misc.lua, DATE_CB: "Older than a day"), so a bounced copy reviewed the day
 * after it was sent would always get it. Its sibling DATE_IN_FUTURE (more than two hours ahead of
 * the scan) stays: a Date ahead of now is a wrong clock whenever it is reviewed. They cannot be
 * switched off in the filter alone: both are virtual symbols of one callback, which also writes
 * MISSING_DATE and INVALID_DATE.
 */
export const REVIEW_TIME_RULES: ReadonlySet<string> = new Set(["DATE_IN_PAST"]);

/** Informational rules (no points) worth showing; all other zero-point rules are left out. */
export const SHOWN_WITHOUT_POINTS: ReadonlySet<string> = new Set([
  "URL_SHORTENER",
  "R_DKIM_NA",
  "R_DKIM_ALLOW",
  "DBL_BLOCKED",
  "DBL_BLOCKED_OPENRESOLVER",
  "URIBL_BLOCKED",
  "SURBL_BLOCKED",
  "MIME_HTML_ONLY",
]);
