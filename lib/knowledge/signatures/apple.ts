// Apple iCloud Mail. Source: "Postmaster information for iCloud Mail",
// https://support.apple.com/en-us/102322 (formerly HT204137).
import type { Signature } from "./types";

const ICLOUD = "https://support.apple.com/en-us/102322";

export const APPLE_SIGNATURES: readonly Signature[] = [
  {
    id: "apple.cs01-local-policy",
    provider: "apple",
    match: ["[cs01]", "[cs02]"],
    cause: "content-spam",
    confidence: 0.85,
    source: ICLOUD,
    note: "CS codes are content filters; HM codes are header checks.",
    example:
      "554 5.7.1 [CS01] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
  },
  {
    id: "apple.hm08-header",
    provider: "apple",
    match: ["[hm07]", "[hm08]"],
    cause: "protocol-syntax",
    confidence: 0.88,
    source: ICLOUD,
    example:
      "554 5.7.1 [HM08] Message rejected due to local policy. Please visit https://support.apple.com/en-us/HT204137",
  },
  {
    id: "apple.proofpoint-block",
    provider: "apple",
    match: ["blocked - see https://support.proofpoint.com/dnsbl-lookup", "ipcheck.proofpoint.com"],
    cause: "ip-blocklisted",
    confidence: 0.93,
    source: ICLOUD,
    example: "550 5.7.0 Blocked - see https://ipcheck.proofpoint.com/?ip=192.0.2.1",
  },
  {
    id: "apple.not-accepting",
    provider: "apple",
    match: ["esmtp not accepting connections"],
    cause: "ip-blocklisted",
    confidence: 0.7,
    source: ICLOUD,
    example: "554 imta.me.com ESMTP not accepting connections",
  },
  {
    id: "apple.user-unknown",
    provider: "apple",
    match: [/<[^>\s]{1,200}@(?:icloud|me|mac)\.com>: user does not exist/],
    cause: "recipient-unknown",
    confidence: 0.93,
    source: ICLOUD,
    example: "550 5.1.1 <user@icloud.com>: user does not exist",
  },
  {
    id: "apple.over-quota",
    provider: "apple",
    match: [/<[^>\s]{1,200}@(?:icloud|me|mac)\.com>: user is over quota/],
    cause: "mailbox-full",
    confidence: 0.93,
    source: ICLOUD,
    example: "552 5.2.2 <user@icloud.com>: user is over quota",
  },
];
