// Yahoo / AOL (Yahoo Inc.). Source: Yahoo Sender Hub "SMTP error codes",
// https://senders.yahooinc.com/smtp-error-codes/ (formerly postmaster.yahooinc.com/error-codes).
import type { Signature } from "./types";

const YAHOO = "https://senders.yahooinc.com/smtp-error-codes/";

export const YAHOO_SIGNATURES: readonly Signature[] = [
  {
    id: "yahoo.tss04-complaints",
    provider: "yahoo",
    match: [
      "temporarily deferred due to unexpected volume or user complaints",
      "temporarily deferred due to user complaints",
      "[tss04]",
      "[ts04]",
    ],
    cause: "bad-reputation",
    confidence: 0.93,
    source: YAHOO,
    example:
      "421 4.7.0 [TSS04] Messages from 192.0.2.1 temporarily deferred due to unexpected volume or user complaints - 4.16.55.1; see https://postmaster.yahooinc.com/error-codes",
  },
  {
    id: "yahoo.tss09-deferred",
    provider: "yahoo",
    match: [
      "[tss09]",
      "all recipients deferred due to user complaints",
      "[ts03]",
      "[ts01]",
      "[ts02]",
    ],
    cause: "bad-reputation",
    confidence: 0.85,
    source: YAHOO,
    example: "421 4.7.0 [TSS09] All recipients deferred due to user complaints",
  },
  {
    id: "yahoo.ph01-policy",
    provider: "yahoo",
    match: [
      "[ph01]",
      "email not accepted for policy reasons",
      "message not accepted for policy reasons",
    ],
    cause: "sender-policy",
    confidence: 0.8,
    source: YAHOO,
    example:
      "554 Message not allowed - [PH01] Email not accepted for policy reasons. Please visit https://postmaster.yahooinc.com/error-codes",
  },
  {
    id: "yahoo.bl21-spamhaus",
    provider: "yahoo",
    match: [
      "[bl21]",
      "[bl22]",
      "[bl23]",
      "because the ip is in spamhaus's list",
      "because the ip is in spamcop's list",
    ],
    cause: "ip-blocklisted",
    confidence: 0.96,
    source: YAHOO,
    example:
      "553 5.7.1 [BL21] Connections will not be accepted from 192.0.2.1, because the ip is in Spamhaus's list; see https://postmaster.yahooinc.com/error-codes",
  },
  {
    id: "yahoo.user-unknown",
    provider: "yahoo",
    match: [
      "this user doesn't have a yahoo.com account",
      "this user doesn't have a ymail.com account",
      "this user doesn't have a",
      "requested mail action aborted, mailbox not found",
    ],
    cause: "recipient-unknown",
    confidence: 0.93,
    source: YAHOO,
    example:
      "554 delivery error: dd This user doesn't have a yahoo.com account (user@yahoo.com) [0] - mta1234.mail.bf1.yahoo.com",
  },
  {
    id: "yahoo.mailbox-disabled",
    provider: "yahoo",
    match: ["this mailbox is disabled (554.30)", "this mailbox is disabled", "554.30"],
    cause: "mailbox-disabled",
    confidence: 0.93,
    source: YAHOO,
    example:
      "554 30 Sorry, your message to user@yahoo.com cannot be delivered. This mailbox is disabled (554.30).",
  },
  {
    id: "yahoo.over-quota",
    provider: "yahoo",
    match: ["mailbox is full (554.31)", "554.31", "over quota (554.31)"],
    cause: "mailbox-full",
    confidence: 0.9,
    source: YAHOO,
    example:
      "554 31 Sorry, your message to user@yahoo.com cannot be delivered. This account is over quota (554.31).",
  },
  {
    id: "yahoo.temporarily-deferred-code",
    provider: "yahoo",
    match: [
      /message from \([0-9a-f.:]{3,45}\) temporarily deferred/,
      "temporarily deferred - 4.16.5",
      "message temporarily deferred - [",
      "blocked - 4.16.55",
    ],
    cause: "bad-reputation",
    confidence: 0.82,
    source: YAHOO,
    example:
      "421 Message from (192.0.2.1) temporarily deferred - 4.16.50. Please refer to https://postmaster.yahooinc.com/error-codes",
  },
  {
    id: "yahoo.no-mx",
    provider: "yahoo",
    match: ["no mx record found for domain="],
    cause: "sender-address-invalid",
    confidence: 0.8,
    source: YAHOO,
    note: "Yahoo checks that the envelope sender's domain takes mail.",
    example: "554 5.7.1 No MX record found for domain=example.invalid",
  },
];
