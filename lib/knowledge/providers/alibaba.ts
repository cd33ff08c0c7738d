// Alibaba Mail (阿里邮箱, Alibaba Cloud's enterprise mail, *.mxhichina.com / *.aliyun.com), from
// Alibaba Cloud's help article on common bounce errors (document 36612), read through a stored
// mirror of the article, which prints each reply with its reason in Chinese; and a reseller's list
// (sh-aliyun.com) that prints the replies of Alibaba Mail's SMTP/MTA with a short gloss each.
// Alibaba's own English replies are read for what the article says they mean: "504 the number of
// RCPT attempts is achieved the maximum threshold" is a sending limit, not a syntax error.
import type { CauseId } from "@/lib/causes/causes";
import type { Needle } from "@/lib/knowledge/signatures/types";
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

const SPF_FAILED = page(
  "https://www.alibabacloud.com/help/en/alibaba-mail/latest/spfadd",
  'Alibaba Mail:Bounce email indicates "spf check failed"',
  "stored copy (pages corpus); the same article at .../alibaba-mail/latest/spfcheckfailed and in Japanese",
);
const TOO_FREQUENT = page(
  "https://www.alibabacloud.com/help/faq-detail/109009.htm",
  "Alibaba Cloud help, FAQ 109009: sending fails with 'too frequently sending' (the stored copy keeps no title)",
  "stored copy (docs corpus)",
);
const RBL_SITES = page(
  "http://www.zyy100.com/article-show-50-246.html",
  "阿里企業郵箱收信失敗拒絕內容reject by behaviour spam**list on rbl sites (an Alibaba Mail reseller's FAQ)",
  "stored copy (pages corpus)",
);
const UNEXPECTED_SENDING = page(
  "https://www.qcnsw.com/jcxq1944_142.html",
  "An Alibaba Mail reseller's note on 'currently unexpected sending' (the stored copy keeps no title)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("alibaba");

/**
 * The reason Alibaba's behavioural anti-spam gives after "ANTISPAM_BAT[...]:": where a page says
 * what it means, its own row reads it, and the general "behaviour spam" rows stand aside. Patterns,
 * not words, because the server runs the next word on ("too frequently sendingCONTINUE").
 */
const STATED_REASONS = {
  spf: /\bspf check failed/,
  frequency: /\btoo frequently sending/,
  rbl: /\blist on rbl sites/,
  unexpected: /\bcurrently unexpected sending/,
};
const GENERAL_ROWS = new Set(["behaviour-spam", "transient-behaviour-spam"]);

/** [id, cause, needle, page, reply, note]. */
const ROWS: readonly (readonly [string, CauseId, Needle, SourcePage, string, string])[] = [
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
  [
    "spf-check-failed",
    "authentication-failure",
    STATED_REASONS.spf,
    SPF_FAILED,
    "554 Reject by behaviour spam at Rcpt State(Connection IP address:x.x.x.x)ANTISPAM_BAT[01201311R506a, ay29a033002195083]: spf check failed CONTINUE",
    "The article: SPF authentication failed: the sending IP is not in the range the sender domain's SPF record allows. Send through the right SMTP server, or have the domain's SPF record include the sending IP (one SPF record, trusted IPs only). The page breaks the line between 'spf' and 'check'.",
  ],
  [
    "too-frequently-sending",
    "rate-limited",
    STATED_REASONS.frequency,
    TOO_FREQUENT,
    "554 Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending",
    "The page: the sender's sending frequency or number is over Alibaba Mail's per-minute, per-hour or per-day limit (the limits are not published); a weak password also lowers an account's limit. Pause and send again later; the next day past a daily limit.",
  ],
  [
    "list-on-rbl-sites",
    "ip-blocklisted",
    STATED_REASONS.rbl,
    RBL_SITES,
    "554 Reject by behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[]:list on rbl sites",
    "The page: the sending server's IP (the 'Connection IP address') is listed by anti-spam organisations as of low reputation, and Alibaba Mail refuses its mail. Check the IP on the lists and have its provider request removal; other receivers may still accept it.",
  ],
  [
    "currently-unexpected-sending",
    "rate-limited",
    STATED_REASONS.unexpected,
    UNEXPECTED_SENDING,
    "454 Transient reject by behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[01201311R5167S531, r41g03022]: currently unexpected sending (in reply to DATA command)",
    "The page: the sending side connects too often, over Alibaba Mail's receiving limit, so the anti-spam system refuses the data for now. Send less often and in smaller numbers; the refusal lifts by itself. (The page prints the reply with its spaces lost.)",
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
    phrase({
      id,
      cause,
      match: [needle],
      ...(GENERAL_ROWS.has(id) ? { unless: Object.values(STATED_REASONS) } : {}),
      scope: "any",
      source,
      example,
      note,
      ...(id === "currently-unexpected-sending" ? { verbatim: false } : {}),
    }),
  ),
  statusReadings: [],
  missingPages: [
    "help.aliyun.com's article 36612 itself was not found stored; a mirror was read from the top (its later rows, from '510 The number of attachments', did not come through). The behavioural anti-spam replies are quoted from a reseller's list.",
  ],
};
