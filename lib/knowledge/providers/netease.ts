// NetEase mail (163.com, 126.com, yeah.net, 188.com, NetEase enterprise mail), from NetEase's
// help page "企业退信的常见问题？" (bounce codes for senders). NetEase's servers answer with a
// two-letter family and a three-letter reason ("554 DT:SPM", "421 HL:REP", "550 MI:SPF"), then
// the server's id and a link; the page lists each code with its meaning in Chinese. Each entry
// below is one row of the page: its example is the reply as the row prints it, its note says in
// English what the row's Chinese says. The same code can come with a 4xx (try later) and a 5xx
// reply (DT:SPM with 451, 550 and 554): one entry per row.
import { entryKit, page } from "./entry-kit";
import type { CauseId } from "@/lib/causes/causes";
import type { ProviderTable } from "./types";

const CODES = page(
  "http://help.163.com/09/1224/17/5RAJ4LMH00753VB8.html",
  "企业退信的常见问题？ (163邮箱常见问题, NetEase help centre: bounce codes)",
  "an HTML copy of the page kept in a public repository's Go test (file index: find_string '550 MI:DMA'); the same list in stored copies (pages/docs corpus: blog.csdn.net/weixin_39937412/article/details/119584218, cnblogs.com/xumBlog/p/10737173.html)",
);

const WANXIANG = page(
  "http://163ns.com.cn/mail/MailFAQ.htm",
  "MailFAQ: 退信代码 (a NetEase enterprise-mail reseller's table of bounce codes)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("netease");

interface CodeRow {
  /** The reply as the page's row prints it ("554 DT:SPM"). */
  reply: string;
  cause: CauseId;
  /** What the row says, in English. */
  note: string;
}

// Each row's code is NetEase's own (family:reason). Where a code has several rows they name
// the same cause (MI:STC is a daily connection limit with 550 and a daily message limit with
// 554, both volume limits), so an entry does not depend on the reply code.
const CODE_ROWS: readonly CodeRow[] = [
  {
    reply: "421 HL:REP",
    cause: "bad-reputation",
    note: "The IP behaves abnormally: many of its recipients do not exist. It is barred for a while; check for users sending viruses or spam and clean the address list.",
  },
  {
    reply: "421 HL:ICC",
    cause: "rate-limited",
    note: "Too many simultaneous connections from the IP, over NetEase's limit: barred for a while. Lower the number of concurrent connections.",
  },
  {
    reply: "421 HL:IFC",
    cause: "rate-limited",
    note: "The IP sent a large amount of mail in a short time, over NetEase's limit: barred for a while. Send more slowly.",
  },
  {
    reply: "421 HL:MEP",
    cause: "bad-reputation",
    note: "The IP behaves abnormally: it sends with many forged sender domains. Barred for a while; send with real, valid domains.",
  },
  {
    reply: "450 MI:CEL",
    cause: "protocol-syntax",
    note: "The sender issued too many erroneous commands: check the sending program.",
  },
  {
    reply: "450 MI:DMC",
    cause: "rate-limited",
    note: "Too many messages in this connection: deliver fewer messages per connection.",
  },
  {
    reply: "450 MI:CCL",
    cause: "protocol-syntax",
    note: "The sender issued more commands than normal: check the sending program.",
  },
  {
    reply: "450 RP:DRC",
    cause: "rate-limited",
    note: "Too many recipients in this connection: deliver to fewer recipients per connection.",
  },
  {
    reply: "450 RP:CCL",
    cause: "protocol-syntax",
    note: "The sender issued more commands than normal: check the sending program.",
  },
  {
    reply: "450 DT:RBL",
    cause: "ip-blocklisted",
    note: "The sending IP is listed on one or more RBLs (DNS blocklists).",
  },
  {
    reply: "450 WM:BLI",
    cause: "bad-reputation",
    note: "The IP is not on the list of sending addresses NetEase allows: NetEase's own block of the IP.",
  },
  {
    reply: "450 WM:BLU",
    cause: "bad-reputation",
    note: "The sender is not on the list of sending users NetEase allows: NetEase's own block of the sender.",
  },
  {
    reply: "451 DT:SPM ,please try again",
    cause: "content-spam",
    note: "The body has features of spam, or the sending environment is not up to standard: refused for now. Keep the message queued and retry after two minutes; change the content or improve the sending set-up.",
  },
  {
    reply: "451 RP:CEL",
    cause: "protocol-syntax",
    note: "The sender issued too many erroneous commands: check the sending program.",
  },
  {
    reply: "451 MI:DMC",
    cause: "rate-limited",
    note: "Too many messages in this connection: limit the messages delivered per connection.",
  },
  {
    reply: "451 MI:SFQ",
    cause: "rate-limited",
    note: "The sender sent more messages in 15 minutes than allowed: send less often.",
  },
  {
    reply: "451 RP:QRC",
    cause: "rate-limited",
    note: "The sender's recipients over a short time exceed the limit: the sender is barred from sending for a while. Send less often.",
  },
  {
    reply: "550 MI:NHD",
    cause: "protocol-syntax",
    note: "The HELO command may not be empty.",
  },
  {
    reply: "550 MI:IMF",
    cause: "sender-address-invalid",
    note: "The sender's email address does not follow the standard (RFC 5322 address syntax).",
  },
  {
    reply: "550 MI:SPF",
    cause: "authentication-failure",
    note: "The sending IP is not permitted by the sending domain's SPF record.",
  },
  {
    reply: "550 MI:DMA",
    cause: "authentication-failure",
    note: "The message is not permitted by the sending domain's DMARC policy (no aligned SPF or DKIM pass).",
  },
  {
    reply: "550 MI:STC",
    cause: "rate-limited",
    note: "The sender's connections today exceed the limit: no more mail from this sender is accepted today. Make fewer connections.",
  },
  {
    reply: "550 RP:FRL",
    cause: "relay-denied",
    note: "NetEase does not relay for anonymous senders (no open relay).",
  },
  {
    reply: "550 RP:RCL",
    cause: "rate-limited",
    note: "Too many recipients for one message: send each message to fewer recipients.",
  },
  {
    reply: "550 RP:TRC",
    cause: "rate-limited",
    note: "The sender's recipients today exceed the limit: no more mail from this sender is accepted today. Send less often.",
  },
  {
    reply: "550 DT:SPM",
    cause: "content-spam",
    note: "The body has many features of spam, or the sending environment is not up to standard: change the content or improve the sending set-up.",
  },
  {
    reply: "554 DT:SPM",
    cause: "content-spam",
    note: "The message contains content that is not permitted, or the system identified it as spam. NetEase's replies with this code link http://mail.163.com/help/help_spam_16.htm.",
  },
  {
    reply: "554 DT:SUM",
    cause: "relay-denied",
    note: "The envelope sender (MAIL FROM) and the header sender (From) do not match: send with the From address of the account you log in with.",
  },
  {
    reply: "554 HL:IHU",
    cause: "bad-reputation",
    note: "The sending IP is suspended for a while for sending spam or connecting abnormally: check the IP's sending history and the sending program.",
  },
  {
    reply: "554 HL:IPB",
    cause: "bad-reputation",
    note: "The IP is not on the list of sending addresses NetEase allows: NetEase's own block of the IP.",
  },
  {
    reply: "554 MI:STC",
    cause: "rate-limited",
    note: "The sender's messages today exceed the limit: no more mail from this sender is accepted today. Send less often.",
  },
  {
    reply: "554 MI:SPB",
    cause: "bad-reputation",
    note: "The sender is not on the list of sending users NetEase allows: NetEase's own block of the sender.",
  },
];

/** "554 DT:SPM ,please try again" -> "dt:spm". */
function codeOf(reply: string): string {
  const code = /\b([A-Z]{2}:[A-Z]{3})\b/.exec(reply)?.[1];
  if (!code) throw new Error(`netease: no code in "${reply}"`);
  return code.toLowerCase();
}

const CODE_NEEDLES = [...new Set(CODE_ROWS.map((r) => codeOf(r.reply)))];

export const NETEASE_TABLE: ProviderTable = {
  provider: "netease",
  identity: {
    provider: "netease",
    name: "NetEase Mail (163.com / 126.com / yeah.net)",
    hosts: ["163.com", "126.com", "yeah.net", "188.com", "netease.com"],
    // Its own codes, and the help pages its DT:SPM replies link (free mail, and NetEase's
    // enterprise mail: "550 5.7.0 DT:SPM .For more information, please visit
    // https://feedback.qiye.163.com/..." as Forward Email's bounce classifier quotes one).
    markers: [...CODE_NEEDLES, "mail.163.com/help/", "feedback.qiye.163.com"],
    source: CODES,
  },
  phrases: [
    ...CODE_ROWS.map((r) => {
      const replyCode = Number(r.reply.slice(0, 3));
      return phrase({
        id: `${replyCode}-${codeOf(r.reply).replace(":", "-")}`,
        cause: r.cause,
        // No reply-code constraint: the code names the reason whatever reply carries it
        // (NetEase's enterprise resellers print "450 HL:REP" where this page has 421).
        match: [codeOf(r.reply)],
        source: CODES,
        example: r.reply,
        note: r.note,
      });
    }),
    // The rows in plain words. Where the words are a common server's default text that means
    // something else elsewhere, the entry counts only where NetEase answered ("identified").
    phrase({
      id: "too-much-fail-authentication",
      cause: "relay-denied",
      match: ["too much fail authentication"],
      source: CODES,
      example: "451 Requested mail action not taken: too much fail authentication",
      note: "Too many failed logins: logging in is barred for a while. Check the password and the account's authentication settings (NetEase's SMTP needs an app-specific authorisation code).",
    }),
    phrase({
      id: "local-error-in-processing",
      cause: "remote-server-error",
      match: ["requested action aborted: local error in processing"],
      scope: "identified",
      replyCode: [451],
      source: CODES,
      example: "451 Requested action aborted: local error in processing",
      note: "A temporary fault on NetEase's side: try again later. (RFC 5321's default text for 451.)",
    }),
    phrase({
      id: "bad-syntax",
      cause: "protocol-syntax",
      match: ["error: bad syntax"],
      scope: "identified",
      replyCode: [500],
      source: CODES,
      example: "500 Error: bad syntaxU",
      note: "The SMTP command sent has a syntax error. (The page prints the reply with a stray 'U'.)",
    }),
    phrase({
      id: "invalid-user",
      cause: "recipient-unknown",
      match: ["550 invalid user"],
      source: CODES,
      example: "550 Invalid User",
      note: "The requested user does not exist.",
    }),
    phrase({
      id: "user-in-blacklist",
      cause: "bad-reputation",
      match: ["user in blacklist"],
      scope: "identified",
      replyCode: [550],
      source: CODES,
      example: "550 User in blacklist",
      note: "This sender is not allowed to send to NetEase users: NetEase's own block of the sender address. Elsewhere the same words can mean a recipient's personal block list.",
    }),
    phrase({
      id: "user-suspended",
      cause: "mailbox-disabled",
      match: ["550 user suspended"],
      source: CODES,
      example: "550 User suspended",
      note: "The requested user is disabled or frozen.",
    }),
    phrase({
      id: "too-much-recipient",
      cause: "rate-limited",
      match: ["requested mail action not taken: too much recipient"],
      source: CODES,
      example: "550 Requested mail action not taken: too much recipient",
      note: "The number of recipients of a bulk message is over the limit.",
    }),
    phrase({
      id: "illegal-attachment",
      cause: "content-virus",
      match: ["552 illegal attachment"],
      source: CODES,
      example: "552 Illegal Attachment",
      note: "Attachments of this type may not be sent: names ending .uu .pif .scr .mim .hqx .bhx .cmd .vbs .bat .com .vbe .vb .js .wsh and the like.",
    }),
    phrase({
      id: "exceeded-mailsize-limit",
      cause: "message-too-large",
      match: ["exceeded mailsize limit"],
      source: CODES,
      example: "552 Requested mail action aborted: exceeded mailsize limit",
      note: "The message is larger than NetEase accepts.",
    }),
    phrase({
      id: "null-sender-not-allowed",
      cause: "sender-address-invalid",
      match: ["null sender is not allowed"],
      source: CODES,
      example: "553 Requested action not taken: NULL sender is not allowed",
      note: "An empty sender (MAIL FROM:<>) is not allowed: send with a real sender address.",
    }),
    phrase({
      id: "local-user-only",
      cause: "relay-denied",
      match: ["requested action not taken: local user only"],
      source: CODES,
      example: "553 Requested action not taken: Local user only",
      note: "NetEase's SMTP (sending) servers only accept a sender that is a user of the site: send from the address you log in with.",
    }),
    phrase({
      id: "no-smtp-mx-only",
      cause: "relay-denied",
      match: ["requested action not taken: no smtp mx only"],
      source: CODES,
      example: "553 Requested action not taken: no smtp MX only",
      note: "NetEase's MX (receiving) servers do not accept a sender that is one of the site's own users: send a NetEase address's mail through NetEase's SMTP server, logged in.",
    }),
    phrase({
      id: "authentication-is-required",
      cause: "relay-denied",
      match: ["553 authentication is required"],
      source: CODES,
      example: "553 authentication is required",
      note: "SMTP needs authentication: check the mail client's settings.",
    }),
    phrase({
      id: "smtp-auth-error-limit",
      cause: "relay-denied",
      match: ["smtp auth error limit exceed"],
      source: CODES,
      example: "554 IP is rejected, smtp auth error limit exceed",
      note: "Too many failed authentications from the IP: it is barred for a while. Check the authentication settings.",
    }),
    phrase({
      id: "ip-in-blacklist",
      cause: "bad-reputation",
      match: ["554 ip in blacklist"],
      scope: "identified",
      source: CODES,
      example: "554 IP in blacklist",
      note: "The IP is not on the list of sending addresses NetEase allows: NetEase's own block, not a public blocklist. Elsewhere the same words usually name a DNS blocklist.",
    }),
    phrase({
      id: "hl-ifq",
      cause: "rate-limited",
      match: [/\bhl:ifq\b/],
      scope: "any",
      source: WANXIANG,
      example: "554 HL:IFQ",
      note: "The reseller's table: the IP sent a large number of messages in a short time, over the limit ('该IP短期内发送了大量信件,超过了…'; the stored copy ends there), and is barred for a while, as HL:IFC is on NetEase's own page. NetEase's page does not list HL:IFQ.",
    }),
  ],
  statusReadings: [],
};
