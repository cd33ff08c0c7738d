// Servers often quote the IANA registry's own sample text ("Reverse DNS validation failed",
// "Multiple authentication checks failed") after a generic prefix such as Postfix's
// "Recipient address rejected:". The sample text names the cause better than the prefix.
import { IANA_REGISTRY_URL, STATUS_DETAILS } from "@/lib/knowledge/enhanced-status-codes";
import type { Signature } from "./types";

export const REGISTRY_PHRASE_SIGNATURES: readonly Signature[] = STATUS_DETAILS.flatMap(
  (d): Signature[] => {
    const phrase = d.summary.toLowerCase();
    if (
      !d.cause ||
      // X.7.1's text is the registry's catch-all for any refusal: OpenSMTPD writes it before
      // the reason of every 5.7.1 ("550 5.7.1 Delivery not authorized, message refused:
      // Message is not RFC 2822 compliant", usr.sbin/smtpd/esc.c and smtp_session.c), so it
      // names no cause of its own (generic.ts reads it as a restatement).
      d.code === "X.7.1" ||
      d.success ||
      phrase.startsWith("other") ||
      phrase.length < 16 ||
      phrase.startsWith("deprecated")
    )
      return [];
    return [
      {
        id: `iana.${d.code}`,
        provider: "iana",
        match: [phrase],
        // "Routing loop detected -- too many Received: headers" is a header-count limit.
        ...(d.code === "X.4.6" ? { unless: ["too many received"] } : {}),
        // OpenSMTPD's "524 5.2.4 Mailing list expansion problem" is its default for any failed
        // recipient expansion, an unknown user included (opensmtpd.expansion-permfail).
        ...(d.code === "X.2.4" ? { unless: [/\b524 5\.2\.4 mailing list expansion problem/] } : {}),
        cause: d.cause,
        confidence: 0.9,
        source: IANA_REGISTRY_URL,
        example: `550 ${d.summary}`,
      },
    ];
  },
);
