// InfoSphere (NTTPC Communications, Japan), from its notice on sending mail: the reply its servers
// give when a recipient is an InfoSphere address that does not exist (in Japanese).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const NOTICE = page(
  "http://www.sphere.ne.jp/support/news/2006/07/000027.html",
  "電子メール送信時のご注意 (InfoSphere support news, NTTPC)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("infosphere");

export const INFOSPHERE_TABLE: ProviderTable = {
  provider: "infosphere",
  identity: {
    provider: "infosphere",
    name: "InfoSphere (NTTPC)",
    hosts: ["sphere.ne.jp", "sphere.ad.jp"],
    source: NOTICE,
  },
  phrases: [
    phrase({
      id: "cant-accept-user",
      cause: "recipient-unknown",
      match: ["can't accept user... (#5.7.1)"],
      scope: "any",
      source: NOTICE,
      example: "550 can't accept user... (#5.7.1)",
      note: "The page: one or more recipients is an InfoSphere address whose account name is wrong or already cancelled, so the sending fails.",
    }),
  ],
  statusReadings: [],
};
