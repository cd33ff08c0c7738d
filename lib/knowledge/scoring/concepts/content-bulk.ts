// Concepts (see ./types.ts): a filter's verdict that the message is bulk mail, in the words of
// the checksum networks' clients that count how many recipients got the same body (DCC, Pyzor)
// and refuse it past a threshold: content-spam, the message's content judged, not the sender.
// concept.judged-spam (./content.ts) reads "bulk mail" and "bulk email" beside a refusal; these
// name "a bulk message" found, or a message refused "as bulk", which it does not.
import type { Concept } from "./types";

export const CONTENT_BULK_CONCEPTS: readonly Concept[] = [
  {
    id: "concept.bulk-message-verdict",
    cause: "content-spam",
    says: "the receiver's filter counted the message as bulk mail (the same content sent to very many recipients) and refused it",
    subject: ["bulk message", "as bulk"],
    // "found": Rspamd's external-services rules state the verdict so ("bulk message found").
    failure: ["found", "rejected", "refused", "detected"],
    // Not a count of this message's recipients (a rate limit: NetEase's page on "too much
    // recipient" speaks of "a bulk message" with too many recipients), nor the sending host's
    // standing for bulk mail (DCC's own "bulk mail reputation" reply, a reputation), nor
    // Gmail's "bulk email senders" guidelines named after another refusal.
    unless: [
      "too many",
      "number of recipients",
      "reputation",
      "bulk senders",
      "bulk email senders",
    ],
    examples: [
      {
        text: '554 5.7.1 dcc: bulk message found: "Body=many Fuz1=many Fuz2=many"',
        source:
          "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089/lualib/lua_scanners/dcc.lua#L41 (Rspamd 3.4's DCC rule, default message '${SCANNER}: bulk message found: \"${VIRUS}\"' with action = reject; pyzor.lua and spamassassin.lua write 'Pyzor bulk message found' and 'Spamassassin bulk message found')",
      },
      {
        text: "Message rejected as bulk (#5.3.0)",
        source:
          "http://test.frob.com.au/qmail/filters/man/qmail-dcc.1.html (qmail-dcc(1): with -r it rejects a message dccifd calls bulk; its USAGE gives this reply through -m env:DCCREJ)",
      },
    ],
  },
];
