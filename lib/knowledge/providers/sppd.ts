// SPPD (Japanese rental server host), from its manual page on mail troubles, which quotes the
// refusal its sending server gives when the POP-before-SMTP window is closed.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const MAIL_TROUBLE = page(
  "https://sppd.ne.jp/support/client/manual_mail_trouble.php",
  "メールの送受信でトラブルが発生した場合 (SPPDレンタルサーバー)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("sppd");

export const SPPD_TABLE: ProviderTable = {
  provider: "sppd",
  identity: {
    provider: "sppd",
    name: "SPPD rental server",
    // The quoted reply names its gateway virusgw1.sppd.jp.
    hosts: ["sppd.ne.jp", "sppd.jp"],
    source: MAIL_TROUBLE,
  },
  phrases: [
    phrase({
      id: "relaying-denied-pop-before-smtp",
      cause: "relay-denied",
      match: ["relaying denied.(f-secure/virusgw_smtp"],
      scope: "any",
      source: MAIL_TROUBLE,
      example: "550 Relaying denied.(F-Secure/virusgw_smtp/virusgw1.sppd.jp)",
      note: "The page: on port 25 the server allows sending only for 20 minutes after receiving mail (POP before SMTP); receive first, or send through the submission port 587 instead.",
    }),
  ],
  statusReadings: [],
};
