// Netfabric (an Italian mail hosting provider; its outgoing server authsmtp.securemail.pro), from
// its support article on sending problems, read in English (the Italian version says the same).
// Its outgoing server answers a bare "sender rejected" for a reason those words do not give: the
// account is barred from sending for four hours because most of what it sent in the last hour
// failed. Read as a sending limit, as Forpsi's like block (over 100 messages an hour, most of
// them undeliverable) is: the sender's own provider holds back its mail for a while, and the
// fix is to send less, to fewer wrong addresses, or to find out who else is sending.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SENDING_ISSUES = page(
  "https://netfabric.freshdesk.com/support/solutions/articles/6000276770-sending-email-issues",
  "Sending email issues (Netfabric support)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("netfabric");

export const NETFABRIC_TABLE: ProviderTable = {
  provider: "netfabric",
  identity: {
    provider: "netfabric",
    name: "Netfabric",
    hosts: ["securemail.pro"],
    source: SENDING_ISSUES,
  },
  phrases: [
    phrase({
      id: "sender-rejected-error-rate-block",
      cause: "rate-limited",
      match: ["sender rejected"],
      // "sender rejected" is a common refusal elsewhere for other reasons (an address in a domain
      // the server does not host, a failed SPF check): Netfabric's reading holds only where its
      // outgoing server is identified.
      scope: "identified",
      source: SENDING_ISSUES,
      example: "sender rejected",
      note: "The article: the account is blocked from sending for 4 hours because 66% of the mail it sent in the last hour drew temporary errors (more than 250 sendings a minute, say, or too many wrong recipients). Check that the mail was really sent by the account's users; if not, scan every device that uses the mailbox for malware and change the password, which may be in a spammer's hands. A blocklisted connection IP can cause the errors too.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The article's 'MAX RCPT TO DAILY LIMIT' (the plan's daily sending allowance used up, 1,000 messages for the basic plan) is read without this table, by its own words.",
  ],
};
