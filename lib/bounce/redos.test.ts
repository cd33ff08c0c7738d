// Hostile input for every entry point of the parser: each must finish well within a budget
// that only catastrophic backtracking (or quadratic scanning) would break.
import { describe, expect, it } from "vitest";
import {
  extractBlocklistZones,
  extractDomains,
  extractHosts,
  extractIpRoles,
  extractIps,
  extractProviderCodes,
} from "./extract";
import { extractConnectionPorts } from "./connection-ports";
import { parseDeliveryStatus } from "./dsn-fields";
import { decodeEncodedWords } from "./encoded-words";
import { humanRecipients } from "./human-recipients";
import { looksLikeMessage } from "./mime";
import { readOriginalMessage } from "./original-headers";
import { parseBounce } from "./parse";
import { htmlToText, looksLikeHtml, unquote } from "./plain-text";
import { findSmtpReplies, findStatusCodes } from "./smtp-reply";

const BUDGET_MS = 2000;

const hostile: Record<string, string> = {
  spaces: " ".repeat(200_000),
  digits: "5".repeat(200_000),
  dots: ".".repeat(200_000),
  digitsAndDots: "5.".repeat(100_000),
  lessThan: "<".repeat(200_000),
  angleAddress: "<a@".repeat(70_000),
  nestedQuoting: ">".repeat(10_000) + " 550 5.1.1 x\n" + "> ".repeat(10_000) + "\n",
  quotedLines: "> > > > > 550 5.7.1 x\n".repeat(10_000),
  oneMegabyteLine: "a".repeat(1_000_000),
  replyContinuations: "550-".repeat(100_000),
  replyLines: "550-5.7.1 x\n".repeat(30_000),
  codesOnOneLine: "550 5.7.1 ".repeat(100_000),
  hostLabels: "a.".repeat(100_000) + "com",
  hyphens: "a-".repeat(100_000),
  colons: ":".repeat(200_000),
  hexColons: "ab:".repeat(70_000),
  headerish: "X-A: b\n".repeat(30_000),
  foldedHeader: "Final-Recipient: rfc822; a@b.c\n" + " x\n".repeat(50_000),
  htmlComments: "<!--".repeat(50_000),
  htmlTags: "<a ".repeat(70_000),
  encodedWords: "=?utf-8?q?".repeat(50_000),
  emails: "a@b.".repeat(50_000),
  blankLines: "\n \n".repeat(70_000),
  listedOn: "listed on ".repeat(20_000),
  // A blocklist wording ("see", "listed on") then a long run of blanks: two adjacent blank runs in a pattern go quadratic here.
  wordingThenSpaces: "see" + " ".repeat(200_000),
  // Lines that speak of connecting (the only ones extractConnectionPorts reads), long and many.
  connectLabels: ("connect to " + "a1.".repeat(600) + "\n").repeat(200),
  connectAddresses: ("connect refused " + "1.1:".repeat(450) + "\n").repeat(200),
  connectBrackets: ("connect to [" + "1:".repeat(900) + "\n").repeat(200),
  // The IP roles: each address read with the wording around it, and the Received fields.
  clientWording: "Client host [192.0.2.1] too many x from ".repeat(20_000),
  ipsInAWord: ("RCPT from " + "a.".repeat(120) + "[192.0.2.1] ").repeat(2_000),
  linkBeforeIps: ("http://x/" + "a".repeat(190) + "&ip=192.0.2.1 ").repeat(1_000),
  receivedFields: "Received: from a.example.org ([192.0.2.1]) by mx.example.com\n".repeat(5_000),
  receivedFrom: "Received: from " + "a.b ".repeat(50_000) + "by mx.example.com",
};

const entryPoints: Record<string, (s: string) => unknown> = {
  findSmtpReplies: (s) => findSmtpReplies(s),
  findStatusCodes: (s) => findStatusCodes(s),
  parseDeliveryStatus: (s) => parseDeliveryStatus(s),
  humanRecipients: (s) => humanRecipients(s, 0, s.length),
  extractIps: (s) => extractIps(s),
  // The roles with a recipient and a returned original: the client wording in the notice and
  // the Received fields' boundary hop are read too.
  extractIpRoles: (s) =>
    extractIpRoles(s, {
      recipients: [{ address: "a@example.com" }],
      originalSpans: [{ start: s.length >> 1, end: s.length }],
    }),
  extractHosts: (s) => extractHosts(s),
  extractDomains: (s) => extractDomains(s, []),
  extractBlocklistZones: (s) => extractBlocklistZones(s),
  extractProviderCodes: (s) => extractProviderCodes(s),
  extractConnectionPorts: (s) => extractConnectionPorts(s),
  unquote: (s) => unquote(s),
  looksLikeHtml: (s) => looksLikeHtml(s),
  htmlToText: (s) => htmlToText(s),
  looksLikeMessage: (s) => looksLikeMessage(s),
  readOriginalMessage: (s) => readOriginalMessage(s),
  decodeEncodedWords: (s) => decodeEncodedWords(s),
};

describe("no catastrophic backtracking", () => {
  for (const [inputName, input] of Object.entries(hostile)) {
    it(`every entry point on ${inputName}`, () => {
      for (const [name, fn] of Object.entries(entryPoints)) {
        const t0 = performance.now();
        fn(input);
        const ms = performance.now() - t0;
        expect(ms, `${name} on ${inputName} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
      }
    });

    it(`parseBounce on ${inputName}`, async () => {
      const t0 = performance.now();
      const parsed = await parseBounce(input);
      const ms = performance.now() - t0;
      expect(ms, `parseBounce on ${inputName} took ${ms.toFixed(0)} ms`).toBeLessThan(BUDGET_MS);
      expect(parsed.text.length).toBeGreaterThanOrEqual(0);
    });
  }
});
