// Preset DEFLATE dictionary for version-1 links (RFC 1951 back-references may reach into a
// dictionary the decoder also holds; zlib calls it FDICT, RFC 1950 §2.2). A short bounce shares
// most of its wording with every other bounce from the same MTA, so priming the compressor with
// that wording shrinks small links a lot (measured in scripts/bench-links.ts).
//
// FROZEN: links made with "1." decode only with exactly these bytes. Never edit this list;
// a better dictionary means a new format version (and keeping this one to read old links).
//
// Sources of the phrases: the DSN field names of RFC 3464 §2.2-2.3 and RFC 6522, the MIME
// header names of RFC 2045/2046, and the fixed templates of the common MTAs: Postfix
// (src/bounce/bounce_template.c, "This is the mail system at host"), Exim ("This message was
// created automatically by mail delivery software"), qmail (qmail-send.c, "Hi. This is the
// qmail-send program"), Sendmail ("----- Transcript of session follows -----"), Microsoft
// Exchange / Microsoft 365 NDRs, and Gmail's NDRs. Deflate codes near distances cheaper, so the
// most frequent phrases come last.
import { strToU8 } from "fflate";

const PHRASES_V1: readonly string[] = [
  // Rarer MTA templates.
  "Hi. This is the qmail-send program at ",
  "I'm afraid I wasn't able to deliver your message to the following addresses.\nThis is a permanent error; I've given up. Sorry it didn't work out.\n",
  "--- Below this line is a copy of the message.\n",
  "Sorry, no mailbox here by that name. (#5.1.1)\n",
  "----- Transcript of session follows -----\n",
  "----- The following addresses had permanent fatal errors -----\n",
  "----- Original message follows -----\n",
  "... while talking to ",
  ">>> RCPT To:<",
  "<<< 550 5.1.1 ",
  "... User unknown\n",
  "Service unavailable",
  "The original message was received at ",
  "This message was created automatically by mail delivery software.\n\nA message that you sent could not be delivered to one or more of its\nrecipients. This is a permanent error. The following address(es) failed:\n\n",
  "SMTP error from remote mail server after RCPT TO:<",
  "SMTP error from remote mail server after end of data:\n",
  "------ This is a copy of the message, including all the headers. ------\n",
  "host lookup did not complete",
  "retry timeout exceeded",
  "Delivery has failed to these recipients or groups:\n",
  "Your message couldn't be delivered",
  "Diagnostic information for administrators:\n\nGenerating server: ",
  "Remote Server returned '550 5.1.10 RESOLVER.ADR.RecipientNotFound; Recipient not found by SMTP address lookup'",
  "Original message headers:\n\n",
  "Delivery Status Notification (Failure)",
  "Address not found",
  "Your message wasn't delivered to ",
  " because the address couldn't be found, or is unable to receive mail.",
  "The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at\nhttps://support.google.com/mail/?p=NoSuchUser ",
  " - gsmtp",
  "The response from the remote server was:\n",
  "Message rejected",
  "Mailbox unavailable",
  "mailbox full",
  "Mailbox is full",
  "over quota",
  "quota exceeded",
  "Requested action not taken: mailbox unavailable",
  "Recipient address rejected: User unknown in local recipient table",
  "Recipient address rejected: Access denied",
  "Sender address rejected: Domain not found",
  "Relay access denied",
  "Client host rejected: ",
  "Service unavailable; Client host [",
  "] blocked using zen.spamhaus.org; https://www.spamhaus.org/",
  "does not exist",
  "No such user",
  "User unknown",
  "Access denied",
  "Message size exceeds fixed maximum message size",
  "Connection timed out",
  "Please try again later",
  "Too many connections",
  "Spam message rejected",
  "rejected due to DMARC policy",
  "SPF check failed",
  "Authentication-Results: ",
  "DKIM-Signature: v=1; a=rsa-sha256; c=relaxed/relaxed; d=",
  "X-Failed-Recipients: ",
  "Auto-Submitted: auto-replied\n",
  "Content-Description: Undelivered Message\n",
  "Content-Description: Delivery report\n",
  "Content-Description: Notification\n",
  "Content-Type: text/rfc822-headers\n",
  "Content-Type: message/rfc822\n",
  'Content-Type: text/html; charset="utf-8"\n',
  'Content-Type: text/plain; charset="us-ascii"\n',
  "Content-Type: text/plain; charset=utf-8\n",
  "Content-Transfer-Encoding: quoted-printable\n",
  "Content-Transfer-Encoding: 7bit\n",
  "Content-Type: message/delivery-status\n",
  'Content-Type: multipart/report; report-type=delivery-status;\n\tboundary="',
  "MIME-Version: 1.0\n",
  "This is a MIME-encapsulated message.\n",
  "This is a multi-part message in MIME format.\n",
  "Received: from ",
  " (using TLSv1.3 with cipher TLS_AES_256_GCM_SHA384 (256/256 bits))\n",
  " with ESMTP id ",
  " with ESMTPS id ",
  "Message-ID: <",
  "Date: ",
  "To: ",
  "Subject: Undelivered Mail Returned to Sender\n",
  "Subject: Mail delivery failed: returning message to sender\n",
  "Subject: Returned mail: see transcript for details\n",
  "Subject: Delivery Status Notification (Failure)\n",
  "Subject: Undeliverable: ",
  "From: Mail Delivery Subsystem <MAILER-DAEMON@",
  "From: MAILER-DAEMON@",
  "From: Mail Delivery System <MAILER-DAEMON@",
  "Return-Path: <>\n",
  "This is the mail system at host ",
  ".\n\nI'm sorry to have to inform you that your message could not\nbe delivered to one or more recipients. It's attached below.\n\nFor further assistance, please send mail to postmaster.\n\nIf you do so, please include this problem report. You can\ndelete your own text from the attached returned message.\n\n                   The mail system\n\n",
  " said: 550 5.1.1 <",
  "... (in reply to RCPT TO command)\n",
  " (in reply to end of DATA command)\n",
  " (in reply to RCPT TO command)\n",
  "X-Postfix-Queue-ID: ",
  "X-Postfix-Sender: rfc822; ",
  "Arrival-Date: ",
  "Last-Attempt-Date: ",
  "Original-Recipient: rfc822;",
  "Reporting-MTA: dns; ",
  "Received-From-MTA: dns; ",
  "Remote-MTA: dns; ",
  "Diagnostic-Code: smtp; 550 5.7.1 ",
  "Diagnostic-Code: smtp; 550 5.1.1 ",
  "Final-Recipient: rfc822; ",
  "Action: failed\nStatus: 5.1.1\n",
  "Action: failed\nStatus: 5.0.0\n",
];

// The JSON skeleton of a payload: key names cost almost nothing when they are here.
const JSON_SKELETON_V1: readonly string[] = [
  '"checks":[{"subject":"","kind":"domain","checkedAt":"","findings":[{"code":"","area":"","severity":"ok","outcome":"done","title":"","records":[{"name":"","type":"TXT","values":["v=spf1 include:',
  '],"conclusion":{"causes":[{"cause":"","confidence":1}]},"checklist":{"":true',
  '{"v":1,"text":"',
  '","redaction":{"maskLocalParts":true,"dropOriginalMessage":true},"answers":{},"checks":[],"conclusion":null,"checklist":{}}',
];

// The text travels inside a JSON string, so the phrases are primed in their JSON-escaped form
// ("\n" as backslash + n), which is what the compressor actually sees.
const jsonEscaped = (phrase: string) => JSON.stringify(phrase).slice(1, -1);

export const DICTIONARY_V1: Uint8Array = strToU8(
  JSON_SKELETON_V1.join("") + PHRASES_V1.map(jsonEscaped).join(""),
);
