// Korean portals' bounce replies as a third-party list groups them: a tistory blog post that
// sorts the replies Korean senders meet into kinds (recipient unknown, recipient's reject list,
// IP blocked by a large portal for bulk sending, ...). Weaker evidence than a portal's own page:
// its entries are "strong", never "documented". Rows the classifier already reads as the list
// says are not repeated; Paran's reply carries Paran's own host (cleanip.paran.com).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const LIST = page(
  "https://puffinknight.tistory.com/102",
  "리턴메일 유형 (kinds of return mail, a tistory blog's list of Korean portals' replies)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("korean-portal-lists");

export const KOREAN_PORTAL_LISTS_TABLE: ProviderTable = {
  provider: "korean-portal-lists",
  identity: {
    provider: "korean-portal-lists",
    name: "Korean portals (as a third-party list groups their replies)",
    hosts: ["paran.com"],
    source: LIST,
  },
  phrases: [
    phrase({
      id: "registered-as-spammer-reject-list",
      cause: "sender-policy",
      match: ["registered as spammer (by user's reject list)"],
      scope: "any",
      strength: "strong",
      source: LIST,
      example: "550 You are registered as spammer (by user's reject list)",
      note: "The list files it under 받는사람의 스팸설정(수신거부)에 의해 차단된 경우: blocked by the recipient's own spam settings (their reject list). The recipient refuses this sender.",
    }),
    phrase({
      id: "sent-too-many-24-hours",
      cause: "rate-limited",
      match: ["not allowed to send more e-mails within 24 hours"],
      scope: "any",
      strength: "strong",
      source: LIST,
      example:
        "550 5.7.1 <userid@domain.com>... Error.your access was denied. Since you sent too many e-mails,you are not allowed to send more e-mails within 24 hours.After 24 hours,you can send e-mails as usual.",
      verbatim: false,
      note: "The list files it under 대량 메일 발송으로 인해 대형포털로부터 IP가 차단된 경우: the sending IP blocked by a large portal for sending bulk mail. The stored copy has a stray '?' after 'denied.', left out here.",
    }),
    phrase({
      id: "paran-spam-suspect-ip-control",
      cause: "bad-reputation",
      match: ["(spam_suspect:ip_control)"],
      scope: "any",
      strength: "strong",
      source: LIST,
      example: "550-'Transaction failed. (SPAM_SUSPECT:IP_CONTROL) (http://cleanip.paran.com)'",
      note: "The list files it under the same kind (IP blocked by a large portal for bulk sending); the reply sends the sender to Paran's cleanip registration. Paran's own judgement of the sending IP.",
    }),
  ],
  statusReadings: [],
};
