// Alibaba Mail (阿里邮箱, Alibaba Cloud's enterprise mail, *.mxhichina.com / *.aliyun.com), from
// Alibaba Cloud's help article on common bounce errors (document 36612), read through a stored
// mirror of the article, which prints each reply with its reason in Chinese; and a reseller's list
// (sh-aliyun.com) that prints the replies of Alibaba Mail's SMTP/MTA with a short gloss each.
// Alibaba's own English replies are read for what the article says they mean: "504 the number of
// RCPT attempts is achieved the maximum threshold" is a sending limit, not a syntax error.
import type { CauseId } from "@/lib/causes/causes";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable, SourcePage } from "./types";

const ARTICLE = page(
  "https://help.aliyun.com/document_detail/36612.html",
  "阿里邮箱常见退信报错的解决方法 (Alibaba Mail: common bounce errors, Alibaba Cloud)",
  "stored copy (pages corpus) of a mirror: http://bestwisewords.com/document_detail/36612.html, read from the top",
);
const RESELLER = page(
  "http://sh-aliyun.com/index.php/Products/detail/cid/0/pid/87.html",
  "阿里云企业邮箱配置SMTP/MTA退信错误 (an Alibaba Mail reseller's list of SMTP/MTA replies)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("alibaba");

/** [id, cause, needle, page, reply, note]. */
const ROWS: readonly (readonly [string, CauseId, string, SourcePage, string, string])[] = [
  [
    "local-spam-engine",
    "content-spam",
    "spamed by local spam engine",
    ARTICLE,
    "spamed by local spam engine",
    "The article: Alibaba Mail's anti-spam system judged the message to have spam features and refused it.",
  ],
  [
    "mailfrom-local-account",
    "relay-denied",
    "mailfrom account is a local account",
    ARTICLE,
    "502 Mailfrom account is a local account",
    "The article: an Alibaba Mail account's mail came in as if from outside; a mail client must send through Alibaba Mail's own (authenticated) sending server.",
  ],
  [
    "rcptto-not-local",
    "recipient-unknown",
    "rcptto account isn",
    ARTICLE,
    "503 Rcptto account isn’t a local account",
    "Possible causes, as the article gives them: the recipient uses Alibaba Mail and the address is misspelt; or the recipient's domain has left Alibaba Mail and its old record remains there. Either way Alibaba Mail has no such account.",
  ],
  [
    "rcpt-attempts-threshold",
    "rate-limited",
    "the number of rcpt attempts is achieved the maximum threshold",
    ARTICLE,
    "504 the number of RCPT attempts is achieved the maximum threshold",
    "The article: the sending count is over the limit; send the rest the next day.",
  ],
  [
    "rcpts-total-threshold",
    "rate-limited",
    "the total of rcpts is achieved the maximum threshold",
    ARTICLE,
    "505 the total of RCPTs is achieved the maximum threshold",
    "The article: the sending frequency is over the limit; send more slowly.",
  ],
  [
    "data-length-threshold",
    "message-too-large",
    "the length of data content is achieved the maximum threshold",
    ARTICLE,
    "510 The length of DATA content is achieved the maximum threshold",
    "The article: the message body is over the length limit; shorten it.",
  ],
  [
    "attach-length-threshold",
    "message-too-large",
    "the length of attach is achieved the maximum threshold",
    ARTICLE,
    "510 The length of Attach is achieved the maximum threshold",
    "The article: the attachments are over the size limit.",
  ],
  [
    "behaviour-spam",
    "bad-reputation",
    "reject by behaviour spam",
    RESELLER,
    "554 Reject by behaviour spam",
    "The list: Alibaba Mail's behavioural anti-spam refused the sending (its gloss: keep to normal sending behaviour). The article's behavioural-stage row gives the reasons: the sender's rate or volume over Alibaba Mail's limits, or a sending IP or domain listed by anti-spam organisations, of low reputation. The sender's behaviour, not this message's content.",
  ],
  [
    "transient-behaviour-spam",
    "bad-reputation",
    "transient reject by behaviour spam",
    RESELLER,
    "454 Transient reject by behaviour spam",
    "The list: a temporary refusal by the behavioural anti-spam; retry after a while.",
  ],
  [
    "not-allowed-to-receive",
    "mailbox-disabled",
    "this account isn't allowed to receive email",
    RESELLER,
    "542 This account isn't allowed to receive email",
    "The list: the recipient's account may not receive mail.",
  ],
  [
    "not-allowed-to-send",
    "relay-denied",
    "this account isn't allowed to send email",
    RESELLER,
    "541 This account isn't allowed to send email",
    "The list: the sending Alibaba Mail account may not send mail (its administrator restricts it).",
  ],
  [
    "mail-from-not-authenticated-account",
    "sender-address-invalid",
    "mail from account doesn't conform with authentication",
    RESELLER,
    "440 mail from account doesn't conform with authentication",
    "The list: the sender address must be the account that logged in.",
  ],
];

export const ALIBABA_TABLE: ProviderTable = {
  provider: "alibaba",
  identity: {
    provider: "alibaba",
    name: "Alibaba Mail (阿里邮箱)",
    hosts: ["mxhichina.com", "aliyun.com", "alibaba-inc.com"],
    source: ARTICLE,
  },
  phrases: ROWS.map(([id, cause, needle, source, example, note]) =>
    phrase({ id, cause, match: [needle], scope: "any", source, example, note }),
  ),
  statusReadings: [],
  missingPages: [
    "help.aliyun.com's article 36612 itself was not found stored; a mirror was read from the top (its later rows, from '510 The number of attachments', did not come through). The behavioural anti-spam replies are quoted from a reseller's list.",
  ],
};
