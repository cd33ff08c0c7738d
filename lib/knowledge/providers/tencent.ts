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
const CODES = page(
  "http://service.exmail.qq.com/cgi-bin/help?subtype=1&&id=20022",
  "Tencent Exmail help: bounce codes",
  "https://smtp.codes/qq (lists QQ's replies with the help page each links)",
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
  ],
  statusReadings: [],
};
