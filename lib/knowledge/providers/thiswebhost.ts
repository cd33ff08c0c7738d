// ThisWebHost (web host), from its knowledge-base article on an error its customers get when
// sending: the outgoing server blocks a mailbox that sent spam (a compromised account).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const KB_554 = page(
  "https://www.thiswebhost.com/clients/knowledgebase/554/I-am-receiving-an-error-sending-e-mail.html",
  "I am receiving an error sending e-mail (ThisWebHost knowledge base 554)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("thiswebhost");

export const THISWEBHOST_TABLE: ProviderTable = {
  provider: "thiswebhost",
  identity: {
    provider: "thiswebhost",
    name: "ThisWebHost",
    hosts: ["thiswebhost.com"],
    source: KB_554,
  },
  phrases: [
    phrase({
      id: "csr-unsolicited-from-your-address",
      cause: "bad-reputation",
      match: ["unusual amount of unsolicited email originating from your address"],
      scope: "any",
      source: KB_554,
      example:
        "550 5.7.1 [CSR] Our system has detected an unusual amount of unsolicited email originating from your address",
      note: "The page: the host's systems saw the mailbox send a significant amount of spam in the last 24 hours, so it is probably compromised; change its password, and the block clears within 24 hours. The message itself was not judged: the sender's own account was.",
    }),
  ],
  statusReadings: [],
};
