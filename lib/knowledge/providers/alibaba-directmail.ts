// Alibaba Cloud DirectMail (邮件推送), Alibaba Cloud's sending service: its own return codes, from
// its article on common bounce codes. These are DirectMail's answers to its customer (at the
// request stage or from delivery), each with the page's reason: "556 The number of RCPTs is over
// size" is too many recipients for one message, not RFC 7504's 556 (the domain takes no mail).
// Alibaba Mail, the mailbox service, has its own table (alibaba.ts).
import type { CauseId } from "@/lib/causes/causes";
import type { Needle } from "@/lib/knowledge/signatures/types";
import { entryKit, page } from "./entry-kit";
import type { PhraseEntry, ProviderTable } from "./types";

const CODES = page(
  "https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions",
  "Direct Mail常見退信代碼及處理方法 (Alibaba Cloud DirectMail: common bounce codes and how to handle them)",
  "stored copy (docs corpus); the same table in Simplified Chinese at alibabacloud.com/help/zh/directmail/latest/summary-of-common-email-return-codes-and-solutions",
);
const ENDPOINTS = page(
  "https://www.alibabacloud.com/help/pt-br/direct-mail/smtp-endpoints",
  "Direct Mail: Endpoints do serviço SMTP",
  "stored copy (docs corpus)",
);

const { phrase } = entryKit("alibaba-directmail");

interface Row {
  id: string;
  cause: CauseId;
  match: Needle[];
  scope: PhraseEntry["scope"];
  example: string;
  note: string;
}

const ROWS: readonly Row[] = [
  {
    id: "rcpts-over-size",
    cause: "rate-limited",
    match: ["the number of rcpts is over size"],
    scope: "any",
    example: "556 The number of RCPTs is over size",
    note: "The page (收件地址数量超限): the message has more recipient addresses than DirectMail allows for one message (see its limits list). Send to fewer recipients per message.",
  },
  {
    id: "invalid-rcptto",
    cause: "recipient-unknown",
    match: ["invalid rcptto"],
    scope: "any",
    example: "559 Invalid rcptto",
    note: "The page (命中无效地址库): the recipient address is invalid: it is in DirectMail's library of invalid addresses. Make sure the address really exists.",
  },
  {
    id: "dns-resolve",
    cause: "recipient-domain-invalid",
    match: ["host not found by dns resolve", "no data by dns resolve"],
    scope: "any",
    example: "524 Host not found by dns resolve",
    note: "The page (MX 解析查询失败) gives three replies, 423 Dns resolve error, 524 Host not found by dns resolve and 526 No data by dns resolve: the lookup of the recipient domain's MX failed. The recipient must check the domain's MX records.",
  },
  {
    id: "dns-resolve-error",
    cause: "recipient-domain-invalid",
    match: ["dns resolve error"],
    // Any resolver's words for a lookup that failed: DirectMail's reading only where it answered.
    scope: "identified",
    example: "423 Dns resolve error",
    note: "The page's first reply for a failed MX lookup of the recipient domain (see dns-resolve): the recipient must check the domain's MX records.",
  },
  {
    id: "socks-unreachable-host",
    cause: "remote-unreachable",
    match: ["socks connect to unreachable host"],
    scope: "any",
    example: "427 Socks Connect to UNREACHABLE host",
    note: "The page (连接失败, connection failed): the destination host cannot be reached, usually because the recipient domain has no MX record. The recipient must check the domain's MX records.",
  },
  {
    id: "main-account-unavailable",
    cause: "relay-denied",
    match: ["main account unavailable"],
    scope: "any",
    example: "551 Main account unavailable",
    note: "The page (发信账户状态异常): the sender's DirectMail account is restricted from sending, or otherwise not in a normal sending state. Check the account's status on the DirectMail console's overview page.",
  },
];

export const ALIBABA_DIRECTMAIL_TABLE: ProviderTable = {
  provider: "alibaba-directmail",
  identity: {
    provider: "alibaba-directmail",
    name: "Alibaba Cloud DirectMail (邮件推送)",
    hosts: [
      "smtpdm.aliyun.com",
      "smtpdm-ap-southeast-1.aliyuncs.com",
      "smtpdm-us-east-1.aliyuncs.com",
      "smtpdm-eu-central-1.aliyuncs.com",
    ],
    source: ENDPOINTS,
  },
  phrases: ROWS.map((r) => phrase({ ...r, source: CODES })),
  statusReadings: [],
  missingPages: [
    "The page's '561 Honeypot rcptto' (the recipient is a honeypot address) names no cause of the product's vocabulary and is left to the classifier; its 535, 557, 552 quota and 554 content-spam replies read as the page says unaided.",
  ],
};
