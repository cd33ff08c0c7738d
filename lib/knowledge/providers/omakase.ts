// Omakase server service (Japanese hosted server service), from its technical FAQ, which
// tells its customers which bounce their senders get when the customer's mailbox is over its
// disk quota: sendmail's "Can't create output", which elsewhere means a local write failure.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const TECH_FAQ = page(
  "https://member.omakase.jp/support/faq/tech.html",
  "技術的なご質問 (おまかせサーバサービス サポート FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("omakase");

export const OMAKASE_TABLE: ProviderTable = {
  provider: "omakase",
  identity: {
    provider: "omakase",
    name: "Omakase server service",
    hosts: ["omakase.jp"],
    source: TECH_FAQ,
  },
  phrases: [
    phrase({
      id: "cant-create-output-over-quota",
      cause: "mailbox-full",
      match: ["can't create output"],
      // Sendmail's words for any failed write to a mailbox file (permissions, a missing
      // directory: concept.local-delivery-fault); this service documents them as its over-quota
      // bounce, so they count only where the bounce is identified as its own.
      scope: "identified",
      source: TECH_FAQ,
      example: "Returned mail: Can't create output",
      note: "The FAQ: when a customer's mailbox goes over its set disk capacity the mail server stops taking new mail, and the sender gets an English error mail with the subject 'Returned mail: Can't create output'.",
    }),
  ],
  statusReadings: [],
};
