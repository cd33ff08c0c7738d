// Chinese enterprise-mail hosts' own bounce help: emailhost.com.cn's list of bounce articles (each
// titled with the kind of bounce and the reply's words), fobhost's keyword table (a Chinese host's
// table of bounce keywords and what each means) and 35.com's (三五互联) table of keywords and
// reasons. Each entry is one row, its example the words the
// row quotes, its note the row's Chinese in English. Rows whose words the classifier already reads
// as the row says are not repeated ("user not exist", "Quota exceeded", "sending quota exceeded",
// "exceeded mailsize limit", fobhost's "553 Invalid sender").
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const EMAILHOST = (title: string) =>
  page(
    "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    `${title} (emailhost.com.cn service articles: 退信)`,
    "stored copy (pages corpus) of the article list; each row is an article's title",
  );
const FOBHOST = page(
  "https://www.fobhost.com/jishuzhichi/jishuzhichi59.html",
  "退信关键字 / 退信问题 (fobhost technical support: bounce keywords)",
  "stored copy (pages corpus)",
);

const SANWU = page(
  "http://m.booyun.com/cn/theme/detail/xLdD1rKL",
  "退信內容(關鍵字) / 退信原因 (35.com's table of bounce keywords and reasons)",
  "stored copy (pages corpus); the table asks to send the bounce to 35 (三五互联, a Chinese enterprise-mail host) for analysis",
);

const { phrase } = entryKit("cn-mail-hosts");

export const CN_MAIL_HOSTS_TABLE: ProviderTable = {
  provider: "cn-mail-hosts",
  identity: {
    provider: "cn-mail-hosts",
    name: "Chinese enterprise-mail hosts",
    hosts: ["emailhost.com.cn"],
    source: EMAILHOST("[退信] 垃圾邮件退信:Content reject/Spam denied"),
  },
  phrases: [
    phrase({
      id: "emailhost-content-reject",
      cause: "content-spam",
      match: ["content reject", "spam denied"],
      source: EMAILHOST("[退信] 垃圾邮件退信:Content reject/Spam denied"),
      example: "Content reject/Spam denied",
      note: "The article's kind: a bounce for spam (垃圾邮件退信): the receiver judged the message to be spam. 'Content reject' and 'Spam denied' are the two wordings it names.",
    }),
    phrase({
      id: "emailhost-dns-query-error",
      cause: "recipient-domain-invalid",
      match: ["dns query error"],
      scope: "identified",
      source: EMAILHOST("[退信] 域名不存在:DNS query error"),
      example: "DNS query error",
      note: "The article's kind: the domain does not exist (域名不存在): the recipient's domain could not be found in DNS. Check the address after the @ for a typo. Only where emailhost's server answered: elsewhere 'DNS query error' is any software's words for a lookup that failed, for a time or for good.",
    }),
    phrase({
      id: "fobhost-remote-ip-forbidden",
      cause: "ip-blocklisted",
      match: ["remote ip is forbidden"],
      scope: "any",
      source: FOBHOST,
      example: "remote ip is forbidden",
      note: "The table: the sender's IP is blocked (发件人IP被屏蔽) by the receiver. Find out from the receiver's administrator which list or rule blocks it, and ask for its removal once the cause is fixed.",
    }),
    phrase({
      id: "35-no-user",
      cause: "recipient-unknown",
      match: ["accept mail by no user"],
      scope: "any",
      source: SANWU,
      example: "sorry,we didn't accept mail by no user",
      note: "The table's row for unknown users: the recipient's mailbox does not exist or has not been activated; if the recipient confirms it exists, send the bounce to 35 for analysis.",
    }),
    phrase({
      id: "35-timeout-quota-exceeded",
      cause: "remote-server-error",
      match: ["timeout quota exceeded"],
      scope: "any",
      source: SANWU,
      example: "Timeout quota exceeded",
      note: "The table gives this row its own reason: usually a temporary internal timeout fault of the server (服务器临时性内部超时故障), not a full mailbox; if it persists, send the bounce to 35 for analysis.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "emailhost.com.cn's articles themselves were not found stored: each entry reads the article's title, which names the kind of bounce beside the reply's words. Its 'rcpt handle timeout' (网络异常, network trouble) names no one cause and is left to the classifier.",
  ],
};
