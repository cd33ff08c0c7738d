// The three Japanese mobile carriers' mail services (NTT docomo, au by KDDI, SoftBank), from a
// Japanese delivery service's (SendMagic's) notes on the replies each carrier's servers give and
// what it found them to mean when delivering to them. Three tables, one per carrier, each
// scoped to that carrier's own hosts where its words mean something else elsewhere: docomo's
// "Too much mail data" is a full mailbox, not a large message; au's "Relay access denied" is a
// malformed or foreign recipient address, not a relay refusal; SoftBank's "<domain> does not
// exist" names the sender's envelope domain, not the recipient's.
import { AU_KDDI_NOTICE_PHRASES } from "./au-kddi-notice";
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DOCOMO_NOTE = page(
  "https://note.com/sendmagic/n/neb6bbe7e51cf",
  "SMTP応答コードについて【ドコモ編】 (SendMagic, note)",
  "stored copy (pages corpus)",
);

const AU_NOTE = page(
  "https://note.com/sendmagic/n/n875d8dcb6cb8",
  "SMTP応答コードについて【au編】 (SendMagic, note)",
  "stored copy (pages corpus)",
);

const SOFTBANK_NOTE = page(
  "https://note.com/sendmagic/n/n5afbf98aeb25",
  "SMTP応答コードについて【SoftBank編】 (SendMagic, note)",
  "stored copy (pages corpus), https://note.com./sendmagic/n/n5afbf98aeb25",
);

const docomo = entryKit("docomo");
const au = entryKit("au-kddi");
const softbank = entryKit("softbank");

export const DOCOMO_TABLE: ProviderTable = {
  provider: "docomo",
  identity: {
    provider: "docomo",
    name: "NTT docomo (docomo.ne.jp)",
    hosts: ["docomo.ne.jp"],
    source: DOCOMO_NOTE,
  },
  phrases: [
    docomo.phrase({
      id: "552-too-much-mail-data",
      cause: "mailbox-full",
      match: ["too much mail data"],
      replyCode: [552],
      scope: "identified",
      source: DOCOMO_NOTE,
      example: "552 Too much mail data xxx@docomo.ne.jp",
      note: "The note: the recipient's mailbox is full (宛先ユーザ側のメールボックスフル); ask the recipient to delete mail. Sisimai, a bounce-reading library, reads docomo's '552 too much mail data' the same way. Read so only from docomo's own servers: the same words elsewhere may name a message over a size limit.",
    }),
    docomo.phrase({
      id: "500-line-too-long",
      cause: "protocol-syntax",
      match: ["500 line too long"],
      scope: "any",
      source: DOCOMO_NOTE,
      example: "500 Line Too Long",
      note: "The note: a line of the message is longer than 1000 bytes (with its line break), which SMTP does not allow; the sending software must wrap or encode long lines.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The note's '550 Unknown user' is either an address that does not exist or the recipient's own reception filter on the handset (受信拒否設定); it names no one cause and is left to the classifier.",
  ],
};

export const AU_KDDI_TABLE: ProviderTable = {
  provider: "au-kddi",
  identity: {
    provider: "au-kddi",
    name: "au by KDDI (ezweb.ne.jp, au.com)",
    hosts: ["ezweb.ne.jp", "au.com"],
    source: AU_NOTE,
  },
  phrases: [
    ...AU_KDDI_NOTICE_PHRASES,
    au.phrase({
      id: "554-relay-access-denied-bad-address",
      cause: "recipient-unknown",
      match: ["relay access denied"],
      replyCode: [554],
      scope: "identified",
      source: AU_NOTE,
      example: "554 <xxx@xxx.xx.xx>: Relay access denied",
      note: "The note: au's servers give this when the recipient address is malformed (two @, a '!' in the local part) or is not an au domain at all (an address at docomo.ne.jp sent to au's servers). The address is what to fix, not a relay setting. Only from au's own servers: elsewhere these words are a relay refusal.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The note's '550 <...>: User unknown' is, as for docomo, either an address that does not exist or the handset's own reception filter; left to the classifier.",
  ],
};

export const SOFTBANK_TABLE: ProviderTable = {
  provider: "softbank",
  identity: {
    provider: "softbank",
    name: "SoftBank (softbank.ne.jp, i.softbank.jp)",
    hosts: ["softbank.ne.jp", "softbank.jp"],
    source: SOFTBANK_NOTE,
  },
  phrases: [
    softbank.phrase({
      id: "553-envelope-domain-does-not-exist",
      cause: "sender-address-invalid",
      match: [/^553 [a-z0-9.-]+\.[a-z]{2,} does not exist/],
      scope: "identified",
      source: SOFTBANK_NOTE,
      example: "553 xxx.xx.xx does not exist",
      note: "The note: the envelope sender's (MAIL FROM) domain has no DNS record at all, so SoftBank refuses every message from it whatever the recipient. Publish DNS for the sending domain or send from one that has it.",
    }),
    softbank.phrase({
      id: "550-invalid-recipient",
      cause: "recipient-unknown",
      match: ["550 invalid recipient"],
      scope: "identified",
      source: SOFTBANK_NOTE,
      example: "550 Invalid recipient: <xxx@i.softbank.jp>",
      note: "The note: the address does not exist; sending to many such addresses gets the sender blocked or delayed. From SoftBank's own servers only: OpenSMTPD writes the same words for a relay refusal too.",
    }),
  ],
  statusReadings: [],
};
