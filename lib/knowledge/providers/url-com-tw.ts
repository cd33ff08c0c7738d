// 智邦生活館 (url.com.tw, a Taiwanese ISP and mailbox provider), from its help page on common
// bounce messages (常見的退信訊息), which quotes each bounce and answers what it means. Its own
// servers' short replies carry a meaning the words alone do not: "550 no spam mail." is the
// answer to a sender sending too often, not a spam verdict.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCES = page(
  "https://help.url.com.tw/1989.html",
  "常見的退信訊息及排除方法 (智邦小幫手)",
  "stored copy (pages corpus)",
);

const BOUNCES_WIKI = page(
  "http://help.url.com.tw/index.php/%E4%BF%A1%E7%AE%B1%E5%B8%B8%E8%A6%8B%E9%80%80%E4%BF%A1%E8%A8%8A%E6%81%AF",
  "信箱常見退信訊息 (智邦小幫手)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("url-com-tw");

export const URL_COM_TW_TABLE: ProviderTable = {
  provider: "url-com-tw",
  identity: {
    provider: "url-com-tw",
    name: "智邦生活館 (url.com.tw)",
    hosts: ["url.com.tw"],
    source: BOUNCES,
  },
  phrases: [
    phrase({
      id: "no-spam-mail",
      cause: "rate-limited",
      match: ["550 no spam mail"],
      scope: "identified",
      source: BOUNCES_WIKI,
      example: "550 no spam mail.",
      note: "The page's answer: 信件寄送太頻繁, the mail was sent too often. A sending-rate refusal worded as spam; only where the refusal is this provider's, since elsewhere the same words may be a content verdict.",
    }),
    phrase({
      id: "illegal-sender",
      cause: "sender-policy",
      match: ["550 illegal sender"],
      scope: "identified",
      source: BOUNCES_WIKI,
      example: "550 illegal sender.",
      note: "The page's answer: 寄件人被拒絕,可能是黑名單,或被停權, the sender is refused, perhaps on a blacklist or suspended. The receiving side refuses this sender; the page names no one list, so ask the recipient's side why.",
    }),
    phrase({
      id: "mailserver-ip-listed",
      cause: "ip-blocklisted",
      match: [
        "your mailserver's ip is listed in blacklist",
        "your mailserver’s ip is listed in blacklist",
      ],
      scope: "any",
      source: BOUNCES,
      example:
        "553 your mailserver’s ip is listed in blacklist. Blocked – see http://cbl.abuseat.org/lookup.cgi?ip=203.70.46.133",
      note: "Quoted from the provider's own virus-scanning relay (ntvirus2.url.com.tw): the sending server's IP is on the blocklist the link names (here the CBL); have it delisted once the cause is fixed.",
    }),
    phrase({
      id: "mailfolder-over-quota",
      cause: "mailbox-full",
      match: ["users mailfolder is over the allowed quota"],
      scope: "any",
      source: BOUNCES,
      example: "The users mailfolder is over the allowed quota (size).",
      note: "The page's answer: 收件者信箱容量已滿, the recipient's mailbox is full and takes no more mail; tell the recipient.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The page's other examples (a remote 'SB0102 - Rejected: SPAM', Postfix's 'User unknown', qmail's host and size replies) are other servers' replies, read by their own entries.",
  ],
};
