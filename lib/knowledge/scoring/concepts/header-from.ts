// Concepts (see ./types.ts): the message's From: header gives no usable address (it is blank,
// missing, or not an address): RFC 5322 section 3.6.2 requires a From: field holding a
// mailbox, and receivers refuse a message without one as not compliant. The sender's mail
// software or its admin must write a valid From:, protocol-syntax (PRODUCT.md: headers not
// RFC 5322 compliant). Google's page and GoDaddy's bounce list word it apart.
import type { Concept } from "./types";

export const HEADER_FROM_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.from-header-address-invalid",
    cause: "protocol-syntax",
    says: "the message's From: header has no valid address (blank, missing, or not an address)",
    // The header by its name with its colon: "from address" alone is a sending service's
    // registered identity (concept.sender-identity-unregistered), and "from domain" a domain's
    // verification or authentication.
    subject: ["from: address", "from: addresses", "from: header"],
    failure: ["blank", "missing", "no from", "not allowed as", "valid address in the from"],
    // Not GoDaddy's closing "Provide a valid From.": it ends its refusal of a From: domain that
    // does not resolve too (IB506, sender-address-invalid), which names no address.
    // A From: domain that fails authentication or alignment is authentication-failure; a From:
    // address the account may not use is a sending service's identity.
    unless: ["spf", "dkim", "dmarc", "aligned", "verified", "authenticated", "spoof"],
    examples: [
      {
        text: "550 jane@coolexample.com Blank From: addresses are not allowed. Provide a valid From. IB501",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy, fix rejected email with a bounce error: IB501; providers/godaddy.ts)",
      },
      {
        text: "550 jane@coolexample.com IP addresses are not allowed as a From: Address. Provide a valid From. IB502",
        source:
          "https://www.godaddy.com/help/fix-rejected-email-with-a-bounce-error-40685 (GoDaddy, fix rejected email with a bounce error: IB502)",
      },
      {
        text: "Messages missing a valid address in the From: header, or having no From: header, are not accepted.",
        source:
          "https://support.google.com/a/answer/3726730 (Gmail SMTP errors and codes, 5.7.1; providers/google-smtp-errors.ts)",
      },
    ],
  },
];
