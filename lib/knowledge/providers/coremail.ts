// Coremail, the mail server behind NetEase's mail (163.com greets "Anti-spam GT for Coremail
// System") and many Chinese enterprise, university and government domains. Coremail's support site
// keeps one page per bounce string ("退信提示: ...", the index at icoremail.vip cate_id=84); only
// the index pages were found stored, so the strings are known to be Coremail's, but the
// explanation of each is not, and no meaning is read off the titles alone. Where another page
// states what a string means, the entry below cites that page; the rest stay with the classifier's
// honest "not enough to tell" (see missingPages).
//
// Several of Coremail's strings are NetEase's too and are read by netease.ts from NetEase's page
// ("User suspended", "Local user only", "no smtp MX only", "NULL sender is not allowed", "IP is
// rejected, smtp auth error limit exceed"): they are not repeated here.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const INDEX = page(
  "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
  "退信 (Coremail support: bounce messages, index page 5)",
  "stored copy (pages corpus); the index lists each string as '退信提示:\"...\"', its pages were not found stored",
);
const FAKE_SENDER = page(
  "http://www.yunrelay.com/news/mailreject/714205212544.html",
  "550 Requested mail action not taken: Fake sender (yunrelay, a mail-relay service's bounce notes)",
  "stored copy (pages corpus)",
);
const SPF_REJECT = page(
  "https://hezoon.cn/compro/detail/23/305/530.html",
  "DebugInfo:SPF_REJECT (hezoon, a Coremail partner's FAQ: DNS解析)",
  "stored copy (pages corpus)",
);
const { phrase } = entryKit("coremail");

export const COREMAIL_TABLE: ProviderTable = {
  provider: "coremail",
  identity: {
    provider: "coremail",
    name: "Coremail",
    hosts: ["coremail.cn"],
    // Coremail names itself in its greeting ("220 163.com Anti-spam GT for Coremail System") and
    // in some refusals ("550 CoremailSys:Your message was blocked by NetEase AntiSpam+", quoted by
    // a Coremail webmail's own bounce help, coremail/help/rejectmail_zh_CN.jsp).
    markers: ["coremail"],
    source: INDEX,
  },
  phrases: [
    phrase({
      id: "fake-sender",
      cause: "sender-address-invalid",
      match: ["requested mail action not taken: fake sender"],
      scope: "any",
      source: FAKE_SENDER,
      example: "550 Requested mail action not taken: Fake sender",
      note: "The page: the envelope sender (MAIL FROM) and the sender the message's From header shows differ, and this receiver requires them to be the same, so it refuses the message as one with a forged sender. Send with the same address in both. Coremail's index lists the string ('Requested mail action not taken: Fake sender'); its prefix is RFC 5321's text, the reason Coremail's own.",
    }),
    phrase({
      id: "ip-is-hangup",
      cause: "bad-reputation",
      match: ["ip is hangup"],
      scope: "any",
      strength: "strong",
      source: INDEX,
      example: "IP is Hangup",
      note: "Coremail's index lists the string; its own page was not found stored. NetEase's page (the same server family) gives its code for it, 554 HL:IHU: the sending IP is 'hung up' (挂起) for a while because it sent spam or connected abnormally; check the IP's sending history and the sending program. The receiver's own throttle on the IP, not a public blocklist. Read as a wording, not as Coremail's documented string, for that reason.",
    }),
    phrase({
      id: "debuginfo-spf-reject",
      cause: "authentication-failure",
      match: [/debuginfo: ?spf_reject/],
      scope: "any",
      source: SPF_REJECT,
      example: "DebugInfo:SPF_REJECT",
      note: "The page: refused because of SPF: the sending IP is not in the range the sender's domain declares, so the message looks like mail forging someone else's address. If the sender really sent it, they must send through a server their SPF record allows, or have their provider update the record (a new server IP), then send again.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Coremail's page for each string listed on its index (NetEase's page, read by netease.ts, gives some of them): pages 5 and 8 of the index were found stored, the pages they link were not. Without a stated meaning these stay 'not enough to tell' with the usual causes ranked: 'Requested mail action not taken: Invalid IP', 'Requested action not taken: mail %s is rejected', 'rcpt is rejected', 'sender is rejected', 'IP is rejected' (alone), 'User rejected', 'User hangup', and 'User in blacklist' (NetEase's reading, its own block of the sender, counts where NetEase answered). Page 8 lists other servers' wordings ('unavailable mail user', 'user disabled', 'restricted', ...), also without their pages.",
  ],
};
