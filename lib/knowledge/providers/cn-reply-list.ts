// A Chinese mail server's SMTP replies as a third-party list prints them: a Sina blog post that
// lists each reply with its meaning in Chinese (the same list is copied at 360docs.net/doc/a61843873.html).
// The list does not name the software, so no host identifies it, and it is weaker evidence than a
// provider's own page: its entries are "strong" (the wording names its cause wherever it
// appears), never "documented". Each entry is the reply with its code, as the list prints it, so
// that it matches that server's own words and no paraphrase elsewhere; the general concepts
// (scoring/concepts) catch the paraphrases. Rows the classifier already reads as the list says
// ("552 Virus found", "551 line parse error", "555 helohost error", "552 message rejected by
// anti-spam engine") are not repeated, nor the rows whose meaning is too vague to name a cause
// ("554 smtpport check error": not a legitimate mail server; "553 fake router infomation").
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const LIST = page(
  "https://blog.sina.com.cn/s/blog_8dc13ec50101fxxr.html",
  "A Chinese mail server's SMTP replies with their meanings (中文说明), Sina blog",
  "stored copy (pages corpus); a third-party list, not the software's own documentation",
);

const { phrase } = entryKit("cn-reply-list");

/** [id, cause, the reply as the list prints it, the list's meaning in English]. */
const ROWS: readonly (readonly [string, CauseId, string, string])[] = [
  ["black-ip", "ip-blocklisted", "550 black ip.", "发信IP被禁止: the sending IP is banned."],
  ["user-is-locked", "mailbox-disabled", "550 user is locked.", "邮箱被锁: the mailbox is locked."],
  [
    "too-many-same-size",
    "rate-limited",
    "552 too many same size mails.",
    "发送过多长度类似信件: too many mails of similar length were sent (a bulk sending pattern); send fewer at a time.",
  ],
  [
    "mail-from-invalid",
    "sender-address-invalid",
    "552 mail from invalid.",
    "发件人地址不合法: the sender address is not valid.",
  ],
  [
    "host-denies-sender",
    "sender-policy",
    "553 host denies the sender.",
    "拒绝发件人地址: the host refuses the sender address.",
  ],
  [
    "relay-check-local-fail",
    "relay-denied",
    "553 relay check local fail.",
    "本域用户必须通过验证: users of this domain must authenticate (log in) to send.",
  ],
  ["host-denies-relay", "relay-denied", "553 host denies relay.", "拒绝中继: relaying is refused."],
  [
    "black-mail-address",
    "sender-policy",
    "554 Black mail address.",
    "黑邮件地址: the (sender's) mail address is on the blacklist.",
  ],
  [
    "attachment-too-long",
    "message-too-large",
    "554 attachment is too long.",
    "单个附件大小超出限制: a single attachment is over the size limit.",
  ],
  [
    "sender-unvalidated",
    "sender-address-invalid",
    "554 sender is unvalidated.",
    "发信人地址不合法: the sender address is not valid.",
  ],
  [
    "mail-address-invalid",
    "sender-address-invalid",
    "554 mail address invalid.",
    "发件人地址不匹配: the sender address does not match.",
  ],
  [
    "rbl-deny",
    "ip-blocklisted",
    "554 rbl deny.",
    "拒绝 RBL 中的邮件服务器: mail servers listed in an RBL are refused.",
  ],
  [
    "openrelay-check",
    "ip-blocklisted",
    "554 openrelay check.",
    "拒绝开放中继服务器: mail servers that are open relays are refused.",
  ],
  [
    "remote-ip-check",
    "authentication-failure",
    "556 remote ip check error.",
    "发信ip与Mail From地址不一致: the sending IP does not fit the MAIL FROM address (its domain does not authorise it).",
  ],
  [
    "out-of-allow-rcpt",
    "rate-limited",
    "451 out of allow RCPT numbers.",
    "超出 RCPT 允许上限: more recipients (RCPT) than allowed.",
  ],
];

export const CN_REPLY_LIST_TABLE: ProviderTable = {
  provider: "cn-reply-list",
  identity: {
    provider: "cn-reply-list",
    name: "A Chinese mail server (as a third-party list prints its replies)",
    hosts: [],
    source: LIST,
  },
  phrases: ROWS.map(([id, cause, text, meaning]) =>
    phrase({
      id,
      cause,
      // The reply without its closing full stop, lower case: what the classifier reads.
      match: [text.replace(/\.$/, "").toLowerCase()],
      scope: "any",
      strength: "strong",
      source: LIST,
      example: text,
      note: `The list: ${meaning}`,
    }),
  ),
  statusReadings: [],
  missingPages: [
    "The server software's own documentation: the list does not name the software, and none was found.",
  ],
};
