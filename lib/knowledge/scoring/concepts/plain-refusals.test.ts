// The plain-worded refusals of ./plain-refusals.ts: each concept reads its writers' own words,
// stays silent on the neighbours that mean something else, and decides a reading with the
// tables that hold one writer's exact string left out (as a reply nobody here has read would be).
import { afterEach, describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { leaveOutProvidersForEvaluation } from "@/lib/classify/phrase-rules";
import { normalizeString } from "@/lib/classify/text-index";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { PLAIN_REFUSAL_CONCEPTS } from "./plain-refusals";

const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);
const causeOf = async (text: string) => {
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
};
/** The tables that hold these pages' exact strings (docs31): out, the words alone must read. */
const PAGE_TABLES = ["hosting-kb", "openvms-smtp", "italiaonline", "luchs"];

afterEach(() => leaveOutProvidersForEvaluation([]));

describe("plain-refusal concepts", () => {
  it.each(PLAIN_REFUSAL_CONCEPTS.flatMap((c) => c.examples.map((e) => [c.id, e.text] as const)))(
    "%s reads its own example: %s",
    (id, text) => {
      expect(ids(text)).toContain(id);
    },
  );

  it.each([
    // The recipient's domain: Postfix's reject_unknown_recipient_domain.
    [
      "concept.sender-domain-not-found",
      "450 4.1.2 <bob@example.invalid>: Recipient address rejected: Domain not found",
    ],
    // The sender on the site's own list.
    [
      "concept.sender-domain-not-found",
      "550 5.7.1 Sender address rejected: not found in our list of allowed senders",
    ],
    // "Relay" as a host's name beside another refusal.
    [
      "concept.relay-switched-off",
      "relay.example.net said: 550 5.2.1 Mailbox disabled, not accepting messages",
    ],
    // An open-relay listing of the sending host.
    [
      "concept.relay-switched-off",
      "554 Rejected: open relay, will not relay for listed hosts (dnsbl.example.org)",
    ],
    // The sender's domain, not the client's IP, fails to resolve.
    [
      "concept.ip-name-unresolved",
      "Sender address rejected: the sender domain of your IP address cannot be resolved",
    ],
    // A domain (URL) list.
    [
      "concept.rejected-listed-at-zone",
      "554 5.7.1 Message rejected: URL example.com listed at multi.surbl.org",
    ],
  ])("%s stays silent on: %s", (id, text) => {
    expect(ids(text)).not.toContain(id);
  });

  it.each([
    ["550 5.1.2 Sender Domain Not Found", "sender-address-invalid"],
    [
      "That sender address is unresolvable into a host name or MX domain.",
      "sender-address-invalid",
    ],
    ["That sender address is unqualified.", "sender-address-invalid"],
    ["Both you and the recipient are unknown to me. I will not relay.", "relay-denied"],
    ["User not local, Relay disabled.", "relay-denied"],
    ["RELAYING NOT ALLOWED (550 Relay Disabled)", "relay-denied"],
    ["I can’t backtranslate your IP address to a host name.", "reverse-dns"],
    [
      "Remote host said: 550 5.7.1 Rejected: mail.mycompany.com listed at relays.ordb.org",
      "ip-blocklisted",
    ],
  ])("reads %s as %s without the pages' own tables", async (text, cause) => {
    leaveOutProvidersForEvaluation(PAGE_TABLES);
    expect(await causeOf(text)).toBe(cause);
  });

  it("keeps a recipient's unknown domain under 5.1.2 the recipient's", async () => {
    expect(
      await causeOf(
        "550 5.1.2 <bob@example.invalid>... Host unknown (Name server: example.invalid: host not found)",
      ),
    ).toBe("recipient-domain-invalid");
  });
});
