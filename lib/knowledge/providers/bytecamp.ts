// bytecamp (a German hosting company), from its FAQ on the refusals its own mail servers give
// when delivery to them fails (Fehlermeldungen bei Zustellproblemen): each reply as the server
// writes it, with what it means for the sender.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const FAQ = page(
  "https://www.bytecamp.net/de/faq/email/zustellen.html",
  "FAQ: Fehlermeldungen bei Zustellproblemen (bytecamp)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("bytecamp");

export const BYTECAMP_TABLE: ProviderTable = {
  provider: "bytecamp",
  identity: { provider: "bytecamp", name: "bytecamp", hosts: ["bytecamp.net"], source: FAQ },
  phrases: [
    phrase({
      id: "no-reverse-hostname",
      cause: "reverse-dns",
      match: ["cannot find your reverse hostname"],
      scope: "any",
      source: FAQ,
      example: "450 4.7.1 Client host rejected: cannot find your reverse hostname",
      note: "The FAQ: the sending server's IP has no reverse DNS (PTR) entry; ask the provider of that IP to set one, and send through the provider's mail server rather than from a dial-up or DSL line.",
    }),
    phrase({
      id: "too-many-connections",
      cause: "rate-limited",
      match: ["error: too many connections from"],
      scope: "any",
      source: FAQ,
      example: "421 4.7.0 Error: too many connections from ...",
      note: "The FAQ: the delivering server opened more connections than bytecamp's servers allow; temporary, it may connect again once it has fewer open.",
    }),
    phrase({
      id: "quota-limit-exceeded",
      cause: "mailbox-full",
      match: ["quota limit exceeded (speicherplatz des kontos ueberschritten)"],
      scope: "any",
      source: FAQ,
      example: "422 4.2.2 Quota limit exceeded (Speicherplatz des Kontos ueberschritten)",
      note: "The FAQ: the recipient's account has used its storage and takes no more mail.",
    }),
    phrase({
      id: "classified-as-spam",
      cause: "content-spam",
      match: ["message classified as spam (nachricht als spam eingestuft)"],
      scope: "any",
      source: FAQ,
      example: "571 5.7.1 message classified as spam (Nachricht als Spam eingestuft)",
      note: "The FAQ: bytecamp's system judged the message spam and refused it.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The FAQ's '450 4.2.0 Recipient address rejected: Greylisted' (a temporary refusal; a proper server retries and is let through) is Postgrey's own reply, read by the greylisting entries (lib/knowledge/greylisting.ts), which tell it as greylisting; a provider entry here would take their place.",
  ],
};
