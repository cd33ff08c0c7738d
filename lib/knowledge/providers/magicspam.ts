// MagicSpam (LinuxMagic's anti-spam product for mail servers and cPanel/Plesk hosts), from the
// vendor's own forum answer on the 'verbose' refusals its rules send to blocked senders, which
// quotes the one for a bad or missing HELO. The product runs on its customers' servers, so it
// is known by the credit line in its refusals, not by a host.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BLOCKED_SENDERS = page(
  "http://forums.wizard.ca/viewtopic.php?f=51&t=229848&view=print",
  "What kind of messages will blocked senders receive? (MagicSpam forum, answered by MagicSpam)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("magicspam");

export const MAGICSPAM_TABLE: ProviderTable = {
  provider: "magicspam",
  identity: {
    provider: "magicspam",
    name: "MagicSpam",
    hosts: [],
    markers: ["protection provided by: magicspam", "protection provided by magicspam"],
    source: BLOCKED_SENDERS,
  },
  phrases: [
    phrase({
      id: "bad-or-missing-helo",
      cause: "protocol-syntax",
      match: ["bad or missing identifier (helo)"],
      scope: "any",
      source: BLOCKED_SENDERS,
      example:
        "Reason: Messages from your location are rejected, bad or missing identifier (HELO). Contact your email administrator",
      note: "The answer: the rule valid_helo_domain refuses a sender whose HELO is not a proper domain; the refusal links a best-practices page on the rule, for the sending server's administrator.",
    }),
  ],
  statusReadings: [],
};
