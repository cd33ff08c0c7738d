// E-Post Mail Server (a Windows mail server sold in Japan by E-Post Inc.), from its FAQ on the
// refusal its SMTP receiver (EPSTRS) gives when the administrator's destination restriction
// (送信先制限, sender.dat) forbids a domain: the server refuses the recipient at RCPT, so the
// whole message fails, and the words read like an unknown address though the address is fine.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DESTINATION_LIMIT = page(
  "https://e-postinc.jp/faq/faq10-88.html",
  "「送信先制限」で1ドメインを送信禁止したとき、同報で他ドメイン宛もいっしょに拒絶される (E-Post FAQ)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("e-post");

export const E_POST_TABLE: ProviderTable = {
  provider: "e-post",
  identity: {
    provider: "e-post",
    name: "E-Post Mail Server",
    hosts: [],
    markers: ["approval filter."],
    source: DESTINATION_LIMIT,
  },
  phrases: [
    phrase({
      id: "destination-restricted-approval-filter",
      cause: "relay-denied",
      match: ["approval filter"],
      also: ["is entry in the blacklist"],
      scope: "any",
      source: DESTINATION_LIMIT,
      example:
        "550 5.1.1 Please mail to a valid e-mail address. approval filter. '[fromaddress]' is entry in the blacklist.(RCPT TO:<メールアドレス>)",
      note: "The FAQ (EPSTRS v4.A7 and later): the sending organisation's own E-Post server forbids mail to that recipient's domain by its destination restriction, so it refused the recipient, and with it every other recipient of the same message. The address is not wrong: the sender's mail administrator decides whether that domain may be written to.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Before v4.A7 the same refusal read only '550 5.1.1 Please mail to a valid e-mail address.(RCPT TO:<...>)', which other servers use for an unknown address; with no host or marker to tell E-Post's apart, it is not read here.",
  ],
};
