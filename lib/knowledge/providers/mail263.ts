// 263 enterprise mail (263企业邮箱, 263.net), from a 263 service centre's help page on why mail to
// 263's enterprise mail bounces. 263's SMTP runs Coremail ("220 Welcome to coremail System(With
// Anti-Spam) 2.1" in a session with smtp.263.net that a public repository's SMTP notes quote; file
// index: find_string 'Coremail System'). Its one reading that differs from the words: "mail size
// limit exceeded" is the recipient's mailbox over its capacity (信箱超容), not a message over a size
// limit, so it counts only where 263's server answered; elsewhere the same words mean a message too
// large.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const WHY_BOUNCED = page(
  "http://www.263gmail.js.cn/help/13/2.htm",
  "为什么发送到263企业邮局系统被退信? (263企业邮箱华东地区服务中心, 263 enterprise mail online help)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("263");

export const MAIL263_TABLE: ProviderTable = {
  provider: "263",
  identity: {
    provider: "263",
    name: "263 enterprise mail (263企业邮箱)",
    hosts: ["263.net"],
    source: WHY_BOUNCED,
  },
  phrases: [
    phrase({
      id: "mail-size-limit-exceeded",
      cause: "mailbox-full",
      match: ["mail size limit exceeded"],
      scope: "identified",
      source: WHY_BOUNCED,
      example: "mail size limit exceeded",
      note: "The page: the mailbox is over its capacity (信箱超容), answered at the end of DATA. The recipient must free space; sending a smaller message does not help.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The page's 'maillist abc.list@xyz.cn is null, please contact admin' (a mailing list with no members) names no cause of the product's vocabulary and is left to the classifier; its 'user not exist' reads as an unknown recipient unaided.",
  ],
};
