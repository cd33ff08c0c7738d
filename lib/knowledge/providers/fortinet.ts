// Fortinet's mail filtering: FortiMail (and FortiMail Cloud) and the FortiGate's email filter,
// from Fortinet's own community articles and FortiOS reference. FortiMail Cloud refuses a message
// whose link FortiGuard rates as spam or malicious with "This email from IP ... has been rejected.
// The email message was detected as spam." followed by the check that fired; the article names
// both forms. The FortiGate's Antispam Engine (ASE) reply is quoted from a blog, tied to FortiOS's
// description of its smtp-spam-ase replacement message.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const URL_TIP = page(
  "https://community.fortinet.com/t5/FortiMail/Troubleshooting-Tip-Email-is-reject-with-the-error-message-This/ta-p/410082",
  "Troubleshooting Tip: Email is rejected with the error message 'This email from IP xxx.xxx.xxx.xxx has been rejected. The email message was detected as spam. FortiGuard AntiSpam Or FortiGuard WebFilter' (Fortinet Community)",
  "stored copies (pages corpus) of the article at this address and at community.fortinet.com/fortimail-26/...-213791",
);
const REPLACEMSG = page(
  "https://docs.fortinet.com/document/fortigate/6.0.0/cli-reference/84293/system-replacemsg-spam",
  "system replacemsg spam (FortiOS 6.0.0 CLI Reference)",
  "stored copy (pages corpus)",
);
const ASE_BLOG = page(
  "http://www.howtodo.co.il/?author=2&paged=3",
  "howtodo.co.il: outside senders blocked by a FortiGate's ASE",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("fortinet");

export const FORTINET_TABLE: ProviderTable = {
  provider: "fortinet",
  identity: {
    provider: "fortinet",
    name: "Fortinet FortiMail / FortiGate email filter",
    hosts: ["fortimailcloud.com", "fortinet.com"],
    markers: ["fortiguard antispam", "fortiguard webfilter"],
    source: URL_TIP,
  },
  phrases: [
    phrase({
      id: "fortiguard-antispam-url",
      cause: "domain-blocklisted",
      match: [/detected as spam\. ?fortiguard antispam\(spam url/],
      scope: "any",
      source: URL_TIP,
      example:
        "This email from IP xxx.xxx.xxx.xxx has been rejected. The email message was detected as spam. FortiGuard AntiSpam(SPAM URL:https://<url>/ or http://<url>/))",
      note: "A link in the message is in FortiGuard's AntiSpam database (the article: check it with FortiGuard Query, and ask FortiGuard for a review of the site's rating). The link's domain is listed, not the sending IP.",
    }),
    phrase({
      id: "fortiguard-webfilter-url",
      cause: "domain-blocklisted",
      match: [/detected as spam\. ?fortiguard webfilter\(/],
      scope: "any",
      source: URL_TIP,
      example:
        "This email from IP xx.xx.xx.xx has been rejected. The email message was detected as spam.FortiGuard WebFilter(https://<url> (FortiGuard Category))",
      note: "A link in the message falls in a FortiGuard Web Filter category FortiMail Cloud blocks by default (phishing, malware, spam URLs): the site's rating is the cause; its owner can ask FortiGuard to review it.",
    }),
    phrase({
      id: "ase-spam",
      cause: "content-spam",
      match: ["blocked because ase reports it as spam"],
      scope: "any",
      source: ASE_BLOG,
      example: "554 5.7.1 This message has been blocked because ASE reports it as spam.",
      note: `FortiOS's smtp-spam-ase replacement message: 'The FortiGuard Antispam Engine (ASE) reports this message as spam' (${REPLACEMSG.url}).`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "FortiOS's default texts for its other spam replacement messages (smtp-spam-feip, -dnsbl, -helo, -emailblack, -bannedword) and FortiMail's own reply list: not found stored; the FortiOS reference gives only the message types.",
  ],
};
