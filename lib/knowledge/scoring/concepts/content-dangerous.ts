// Concepts (see ./types.ts): a filter that calls the message, an attachment or a part of it
// "dangerous" and refuses it for that: a virus scanner's or an attachment policy's verdict
// (content-virus: PRODUCT.md's "a virus or a blocked attachment type"), worded without the
// words concept.virus-found and concept.attachment-refused (./content.ts) read.
import type { Concept } from "./types";

export const CONTENT_DANGEROUS_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.content-judged-dangerous",
    cause: "content-virus",
    says: "the receiver's filter judged the message (an attachment or a part of it) dangerous",
    subject: ["dangerous"],
    // What is dangerous: the attachment, a MIME part, code in it, or the message refused "as
    // dangerous" with its kind named before.
    failure: ["attachment", "mime", "rejected as", "file", "code detected", "macro"],
    // Said of the sender (its host, IP or domain) or of a link it is a reputation or a domain
    // list, not this message's content.
    unless: ["ip", "host", "sender", "domain", "link", "url"],
    examples: [
      {
        text: "550 5.7.1 Refused by local policy. Message contains a dangerous attachment!",
        source:
          "https://www.strato.de/faq/article/2304/Ich-habe-eine-E-Mail-ueber-den-Versand-von-Spam-erhalten.html (STRATO FAQ: malware, or a file type it does not allow such as .EXE, .COM; providers/strato.ts)",
      },
      {
        text: "550 5.7.0 header_contenttype_2 - Multi-part MIME messages are rejected as dangerous (G19)",
        source:
          "https://smtp.codes/rackspace (Rackspace's replies as smtp.codes lists them: G19, a partial MIME message; providers/rackspace.ts)",
      },
      {
        text: "554 5.7.1 Rejected (dangerous/malicious code detected)",
        source:
          "https://github.com/Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd/core/rspamd/conf/force_actions.conf#L20 (Mailu, ClamAV's verdict through Rspamd)",
      },
    ],
  },
];
