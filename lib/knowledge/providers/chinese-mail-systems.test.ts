// Chinese mail systems' own bounce wordings (Coremail, Alibaba Mail, QQ Mail, 263, and hosts'
// keyword tables): each read as the page named beside it says, pasted alone and inside a whole
// bounce from the provider's server; and Coremail's strings that no stored page explains stay
// "not enough to tell", with the usual causes ranked, instead of a guess.
import { describe, expect, it } from "vitest";
import { postfixBounce, readFirst } from "@/lib/classify/test-reading";

describe("Coremail's strings whose meaning a page states", () => {
  // http://www.yunrelay.com/news/mailreject/714205212544.html: envelope and header sender differ.
  it("'Fake sender' is a sender address the receiver's checks refuse", async () => {
    const reply = "550 Requested mail action not taken: Fake sender";
    expect((await readFirst(reply)).cause).toBe("sender-address-invalid");
    expect((await readFirst(postfixBounce("mx.coremail.cn", reply, "MAIL FROM"))).cause).toBe(
      "sender-address-invalid",
    );
  });

  // https://hezoon.cn/compro/detail/23/305/530.html: the sending IP is outside the domain's SPF.
  it.each(["DebugInfo:SPF_REJECT", "550 Mail rejected. DebugInfo: SPF_REJECT"])(
    "'%s' is an SPF failure",
    async (reply) => {
      const r = await readFirst(reply);
      expect(r.cause).toBe("authentication-failure");
      expect(r.evidence).toContain("coremail.debuginfo-spf-reject");
    },
  );

  // Coremail's index lists "IP is Hangup"; NetEase's HL:IHU row says what the hang-up is.
  it("'IP is Hangup' is the receiver's own hold on the IP", async () => {
    expect((await readFirst("554 IP is Hangup")).cause).toBe("bad-reputation");
  });
});

describe("Coremail's strings no stored page explains", () => {
  // https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0 lists them; the pages
  // they link were not found, and the words alone do not say which cause it is.
  it.each([
    "550 Requested mail action not taken: Invalid IP",
    "553 Requested action not taken: mail %s is rejected",
    "550 rcpt is rejected",
    "550 sender is rejected",
    "554 IP is rejected",
    "550 User rejected",
    "550 User hangup",
    "550 User in blacklist",
  ])("'%s' is not enough to tell, with the possible causes ranked", async (reply) => {
    const r = await readFirst(reply);
    expect(r.cause).toBe("unknown");
    expect(r.possible.length).toBeGreaterThan(1);
  });

  // NetEase's page reads "User in blacklist" as NetEase's own block of the sender: where
  // NetEase's server answered, that reading counts.
  it("'User in blacklist' from NetEase's server is NetEase's block of the sender", async () => {
    const bounce = postfixBounce(
      "163mx01.mxmail.netease.com",
      "550 User in blacklist",
      "MAIL FROM",
    );
    expect((await readFirst(bounce)).cause).toBe("bad-reputation");
  });
});

describe("Alibaba Mail's behavioural anti-spam: the reason after ANTISPAM_BAT decides", () => {
  it.each([
    // https://www.alibabacloud.com/help/en/alibaba-mail/latest/spfadd
    [
      "554 Reject by behaviour spam at Rcpt State(Connection IP address:x.x.x.x)ANTISPAM_BAT[01201311R506a, ay29a033002195083]: spf check failed CONTINUE",
      "authentication-failure",
    ],
    // https://www.alibabacloud.com/help/faq-detail/109009.htm
    [
      "554 Reject by behaviour spamANTISPAM_BAT[01201311R196xxxxx, c01a1xxxxx]: too frequently sending",
      "rate-limited",
    ],
    [
      "454 Transient reject by behaviour spam at Rcpt State(Connection IP address:x.x.x.x)ANTISPAM_BAT[01201311R9368Sxxxxx, xxxx]: too frequently sendingCONTINUE",
      "rate-limited",
    ],
    // http://www.zyy100.com/article-show-50-246.html
    [
      "554 Reject by behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[]:list on rbl sites",
      "ip-blocklisted",
    ],
    [
      "554 Reject by behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[]: bad sending",
      "bad-reputation",
    ],
    // https://www.qcnsw.com/jcxq1944_142.html
    [
      "454 Transient reject by behaviour spam at DATA State(Connection IP address:*)ANTISPAM_BAT[01201311R5167S531, r41g03022]: currently unexpected sending",
      "rate-limited",
    ],
  ])("'%s' is %s", async (reply, cause) => {
    expect((await readFirst(reply)).cause).toBe(cause);
  });

  // The reply as a Postfix bounce quoted it (developer.aliyun.com/ask/251306), folded mid-phrase.
  it("reads 'spf check failed' folded across lines and run into CONTINUE", async () => {
    const bounce = postfixBounce(
      "mxn.mxhichina.com",
      "554 Reject by\n    behaviour spam at Rcpt State(Connection IP\n    address:117.121.45.243)ANTISPAM_BAT[01201311R396a, e02c03299]: spf check\n    failedCONTINUE",
    );
    expect((await readFirst(bounce)).cause).toBe("authentication-failure");
  });
});

describe("hosts' and providers' keyword tables", () => {
  it.each([
    // https://www.fobhost.com/jishuzhichi/jishuzhichi59.html
    ["550 remote ip is forbidden", "ip-blocklisted"],
    // https://www.emailhost.com.cn/service.html?article_category=25&brd=1
    ["554 Content reject", "content-spam"],
    ["554 Spam denied", "content-spam"],
    // https://service.mail.qq.com/detail/122/167 (QQ Mail): the recipient address is malformed.
    ["550 Bad address syntax", "recipient-unknown"],
    // http://m.booyun.com/cn/theme/detail/xLdD1rKL (35.com's table): "Timeout quota exceeded" is a
    // temporary internal timeout of the server, whatever "quota" suggests.
    ["550 sorry,we didn't accept mail by no user", "recipient-unknown"],
    ["550 Timeout quota exceeded", "remote-server-error"],
  ])("'%s' is %s", async (reply, cause) => {
    expect((await readFirst(reply)).cause).toBe(cause);
  });

  // http://www.263gmail.js.cn/help/13/2.htm: 263's "mail size limit exceeded" is a mailbox over
  // its capacity; the same words from any other server keep their usual meaning.
  it("263's 'mail size limit exceeded' is a full mailbox only where 263 answered", async () => {
    const reply = "552 mail size limit exceeded";
    expect((await readFirst(postfixBounce("mx1.263.net", reply, "end of DATA"))).cause).toBe(
      "mailbox-full",
    );
    expect((await readFirst(reply)).cause).toBe("message-too-large");
    expect((await readFirst(postfixBounce("mx.other.example", reply, "end of DATA"))).cause).toBe(
      "message-too-large",
    );
  });
});

describe("Alibaba Cloud DirectMail's own return codes", () => {
  // https://alibabacloud.com/help/tc/direct-mail/user-guide/summary-of-common-email-return-codes-and-solutions
  it.each([
    // Too many recipients for one message: not RFC 7504's 556 (a domain that takes no mail).
    ["556 The number of RCPTs is over size", "rate-limited"],
    ["559 Invalid rcptto", "recipient-unknown"],
    ["524 Host not found by dns resolve", "recipient-domain-invalid"],
    ["526 No data by dns resolve", "recipient-domain-invalid"],
    ["427 Socks Connect to UNREACHABLE host", "remote-unreachable"],
    ["551 Main account unavailable", "relay-denied"],
  ])("'%s' is %s", async (reply, cause) => {
    expect((await readFirst(reply)).cause).toBe(cause);
  });
});

describe("resolver words that are any software's: a provider's reading only where it answered", () => {
  it.each([
    // https://www.emailhost.com.cn/service.html?article_category=25&brd=1: 域名不存在
    ["mx1.emailhost.com.cn", "550 DNS query error"],
    // DirectMail's codes page (MX 解析查询失败), answered by its SMTP endpoint.
    ["smtpdm.aliyun.com", "423 Dns resolve error"],
  ])("%s's '%s' is a recipient domain that does not resolve", async (host, reply) => {
    expect((await readFirst(postfixBounce(host, reply))).cause).toBe("recipient-domain-invalid");
  });

  it.each(["550 DNS query error", "423 Dns resolve error"])(
    "'%s' pasted alone names no cause",
    async (reply) => {
      expect((await readFirst(reply)).cause).not.toBe("recipient-domain-invalid");
    },
  );
});
