// Tencent QQ Mail and Tencent Exmail (qq.com, foxmail.com, exmail.qq.com). Each refusal names
// itself and links a help page on service.mail.qq.com / service.exmail.qq.com. The "frequency
// limited" replies are volume limits on the sending IP, domain or sender, however they add
// "Blocked IP": the help page for no=1000725 lists per-minute, per-hour and per-day limits.
// The help pages were read through copies that quote them (readVia); the reply lines are as
// those copies print them.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const tencent = entryKit("tencent");
const IP_FREQUENCY = page(
  "http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
  "Tencent Exmail help: IP frequency limited",
  "https://www.computersolutions.cn/blog/qq-mail-550-ip-frequency-limited-errors-and-how-to-solve-them/ (quotes and translates the page)",
);
const DETAIL = (n: number, title: string) =>
  page(
    `https://service.mail.qq.com/detail/122/${n}`,
    `QQ Mail help: ${title}`,
    "the reply keyword and page number as repo sisimai/p5-sisimai lib/Sisimai/Rhost/Tencent.pm cites them; the page's meaning as a public repository's bounce-reason helper restates it in Chinese (file index: find_string 'Spam is embedded in the email')",
  );
const SISIMAI_KEYWORD =
  "Reconstructed: Sisimai quotes the reply's words (lower-cased) with the help page they link; the reply code is QQ's usual 550.";
const CODES = page(
  "http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022",
  "Tencent Exmail help: bounce codes",
  "https://smtp.codes/qq (lists QQ's replies with the help page each links)",
);

// QQ Mail's own notice of a returned message, in Chinese: its help page lists the keywords that
// tell why ("通过判读退信里关键字，您可以了解退信的主要原因": read the keywords of the notice to learn
// the main reason), some in Chinese. Read through a stored copy of that help text.
const BOUNCE_KEYWORDS = page(
  "https://qqmailbox.com/transceivers/169.html",
  "QQ邮箱 退信 (QQ Mail help: returned messages and their keywords)",
  "stored copy (pages corpus); the page reproduces QQ Mail's help text on bounce notices",
);

export const TENCENT_TABLE: ProviderTable = {
  provider: "tencent",
  identity: {
    provider: "tencent",
    name: "QQ Mail / Tencent Exmail",
    hosts: ["qq.com", "exmail.qq.com", "foxmail.com"],
    markers: ["service.mail.qq.com", "service.exmail.qq.com"],
    source: CODES,
  },
  phrases: [
    tencent.phrase({
      id: "ip-frequency-limited",
      cause: "rate-limited",
      match: [
        "ip frequency limited",
        "connection frequency limited",
        "domain frequency limited",
        "sender frequency limited",
      ],
      source: IP_FREQUENCY,
      example:
        "550 Ip frequency limited. http://service.mail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000725",
      note: "QQ limits how much one IP (or domain, or sender) may send per minute, hour and day, and blocks it for a while past the limit; the limits are not published. Send more slowly.",
    }),
    tencent.phrase({
      id: "mailbox-not-found",
      cause: "recipient-unknown",
      match: ["mailbox not found"],
      replyCode: [550],
      source: CODES,
      example:
        "550 Mailbox not found. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000728",
    }),
    tencent.phrase({
      id: "mail-content-denied",
      cause: "content-spam",
      match: ["mail content denied"],
      source: CODES,
      example:
        "550 Mail content denied. http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022&&no=1000726",
      note: "Content sent in bulk that many users reported as spam.",
    }),
    tencent.phrase({
      id: "suspected-spam-sender",
      cause: "bad-reputation",
      match: ["suspected spam sender"],
      source: CODES,
      example: "550 Suspected spam sender.",
      note: "Much spam was sent from the sending domain or mail operator.",
    }),
    tencent.phrase({
      id: "suspected-bounce-attacks",
      cause: "bad-reputation",
      match: ["suspected bounce attacks"],
      source: DETAIL(57, "Suspected bounce attacks"),
      example: "550 Suspected bounce attacks [...]. https://service.mail.qq.com/detail/122/57.",
      verbatim: false,
      note: "As Forward Email's bounce classifier quotes a logged reply (its elision). The page: your mail server accepted spam forged in qq.com's name without checking the sender and sent bounces for it (backscatter); mail from qq.com passes SPF and DKIM, so reject forged mail at SMTP time instead of bouncing it.",
    }),
    tencent.phrase({
      id: "suspected-spam-ip",
      cause: "bad-reputation",
      match: ["suspected spam ip"],
      source: DETAIL(66, "Suspected spam ip"),
      example: "550 Suspected spam ip",
      verbatim: false,
      note: `${SISIMAI_KEYWORD} The page: the IP sent much spam, or much of its mail went to addresses that do not exist.`,
    }),
    tencent.phrase({
      id: "connection-denied",
      cause: "rate-limited",
      match: ["550 connection denied"],
      scope: "identified",
      source: DETAIL(170, "Connection denied"),
      example: "550 Connection denied",
      verbatim: false,
      note: `${SISIMAI_KEYWORD} The page: the server IP's sending rate is far over QQ Mail's limit. Other servers use the same words for other refusals.`,
    }),
    tencent.phrase({
      id: "spam-embedded",
      cause: "content-spam",
      match: ["spam is embedded in the email"],
      source: DETAIL(59, "Spam is embedded in the email"),
      example: "550 Spam is embedded in the email",
      verbatim: false,
      note: `${SISIMAI_KEYWORD} The page: spam was embedded in the user-written part of the message, many users reported such mail, and QQ Mail refuses that content.`,
    }),
    tencent.phrase({
      id: "bad-address-syntax",
      cause: "recipient-unknown",
      match: ["bad address syntax"],
      source: DETAIL(167, "Bad address syntax"),
      example: "550 Bad address syntax",
      verbatim: false,
      note: `${SISIMAI_KEYWORD} The page: the recipient address as written is not a valid address (a character such as / , * ? ; in the domain, a space, or a mistyped domain); check it, or ask the recipient for the right one. Coremail's bounce index lists the same words.`,
    }),
    tencent.phrase({
      id: "mailbox-unavailable-or-access-denied",
      cause: "rate-limited",
      match: ["mailbox unavailable or access denied", "mailbox unavailable or access denined"],
      scope: "identified",
      source: DETAIL(166, "Mailbox unavailable or access denied"),
      example:
        "550 Mailbox unavailable or access denied. http://service.mail.qq.com/detail/122/166",
      verbatim: false,
      note: "As Forward Email's bounce classifier quotes a logged reply. The page: the recipient received a great deal of mail in a short time, so mail to that recipient is refused for a while to ward off an attack. Send later, and less to one recipient. (Sisimai spells QQ's reply 'denined'.) Elsewhere the words may mean the mailbox does not exist.",
    }),
    tencent.phrase({
      id: "zh-user-does-not-exist",
      cause: "recipient-unknown",
      match: ["该用户不存在"],
      // The words mean the same from any server that writes them in Chinese.
      scope: "any",
      source: BOUNCE_KEYWORDS,
      example: "该用户不存在",
      note: "Chinese for 'this user does not exist': the address has no mailbox there. Check it for a typo, or ask the recipient for the right one.",
    }),
    tencent.phrase({
      id: "zh-no-qq-mailbox",
      cause: "recipient-unknown",
      match: ["该用户未开通qq邮箱"],
      scope: "any",
      source: BOUNCE_KEYWORDS,
      example: "该用户未开通QQ邮箱",
      note: "Chinese for 'this user has not opened a QQ mailbox': the QQ number exists but has no mailbox, so the address takes no mail. Ask the recipient for an address that works.",
    }),
    tencent.phrase({
      id: "zh-recipient-space-insufficient",
      cause: "mailbox-full",
      match: ["收件人空间不足"],
      scope: "any",
      source: BOUNCE_KEYWORDS,
      example: "收件人空间不足",
      note: "Chinese for 'the recipient's space is insufficient': the mailbox is full.",
    }),
  ],
  statusReadings: [],
};
