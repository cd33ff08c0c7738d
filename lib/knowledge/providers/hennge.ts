// HENNGE Email DLP (HENNGE One's outbound gateway for Google Workspace and Microsoft 365), from
// its support article on the sending limits it applies per sender and per tenant, read in its
// English, Japanese and Traditional Chinese versions. The gateway sits between the customer's
// own mail service and the Internet, so these refusals reach the customer's own users: the
// limits are on what they send, not on a recipient. It is known by its wordings, not a host:
// the article names none.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const LIMITS = page(
  "https://support.hdeone.com/hc/en-us/articles/360017461194",
  "Email sending limits on HENNGE Email DLP service (HENNGE One support)",
  "stored copy (pages corpus)",
);

const LIMITS_ZH = page(
  "https://support.hdeone.com/hc/zh-tw/articles/360017461194-HENNGE-Email-DLP-%E6%9C%8D%E5%8B%99%E7%9A%84%E5%AF%84%E4%BF%A1%E6%B5%81%E9%87%8F%E9%99%90%E5%88%B6",
  "HENNGE Email DLP 服務的寄信流量限制 (HENNGE One support, Traditional Chinese)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("hennge");

export const HENNGE_TABLE: ProviderTable = {
  provider: "hennge",
  identity: {
    provider: "hennge",
    name: "HENNGE Email DLP",
    hosts: [],
    markers: ["smtp relay limit per sender exceeded", "high volume of bounced emails coming from"],
    source: LIMITS,
  },
  phrases: [
    phrase({
      id: "peak-smtp-relay-limit",
      cause: "rate-limited",
      match: ["peak smtp relay limit exceeded"],
      scope: "any",
      source: LIMITS,
      example: "450 Peak SMTP relay limit exceeded.",
      verbatim: false,
      note: "The article prints the code (450) and the message in two fields; the line joins them. Its meaning: one sender address passed 600 recipients in ten minutes; the limit lifts once traffic is back to normal and the held mail is sent again by itself.",
    }),
    phrase({
      id: "daily-smtp-relay-limit",
      cause: "rate-limited",
      match: ["daily smtp relay limit exceeded"],
      scope: "any",
      source: LIMITS,
      example: "550 Daily SMTP relay limit exceeded.",
      verbatim: false,
      note: "Code and message joined as above. The article: one sender address passed 10,000 recipients in 24 hours; mail refused meanwhile is not retried, so the sender must send again to the recipients the bounce lists once the limit lifts.",
    }),
    phrase({
      id: "peak-concurrent-relay-limit",
      cause: "rate-limited",
      match: ["peak concurrent smtp relay limit per sender exceeded"],
      scope: "any",
      source: LIMITS,
      example: "450 Peak concurrent SMTP relay limit per sender exceeded.",
      verbatim: false,
      note: "Code and message joined as above. The article: one sender address opened more simultaneous SMTP connections than its share; temporary, and the mail is retried.",
    }),
    phrase({
      id: "blacklist-high-bounce-volume",
      cause: "bad-reputation",
      match: ["high volume of bounced emails coming from"],
      scope: "any",
      source: LIMITS_ZH,
      example:
        "We detected a high volume of bounced emails coming from [you/your organization] over a short period of time. To protect our users from spam, emails from [you/your organization] have been blocked.",
      note: "The article's blacklist section (2.1): the sender (or the whole tenant) is blocked for a time because much of what it sent bounced, which would cost the gateway's shared IPs their reputation. Clean the bounced addresses out of the list; an administrator can lift the block in the console, and it also lifts by itself after the time the message names.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The article's later blacklist rules (2.2 to 2.4) and its section on mail suspected as spam were not in the stored copy's excerpts; only the rules whose message text was read are here.",
  ],
};
