// Daum / Kakao Mail (hanmail.net, daum.net), whose replies carry a four-letter reason code after
// the status ("421 4.4.5 CCRT ..."). Daum's own help page was not found stored; a Korean blog
// reproduces the bounce list with its bilingual (English and Korean) explanations, and the
// replies and explanations below are quoted from it.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const LIST = page(
  "https://oliveit.tistory.com/39",
  "리턴메일 유형 모두 확인하기 (a Korean blog's copy of Daum's bounce list, with its English and Korean explanations)",
  "stored copy (pages corpus), read from the top",
);

// An administrator's notes on a Daum refusal he met and cleared (a Korean blog): weaker evidence
// than Daum's own list, so its entry is "strong", never "documented".
const DAS51 = page(
  "https://auctionpro.co.kr/?p=2544",
  "메일 반송 사례 (auctionpro: bounce cases, hanmail 554 5.7.1 DAS51)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("daum");

export const DAUM_TABLE: ProviderTable = {
  provider: "daum",
  identity: {
    provider: "daum",
    name: "Daum / Kakao Mail",
    hosts: ["hanmail.net", "daum.net"],
    markers: [/\b4\.4\.[15] c(?:hic|crt)\b/, /\b5\.1\.1 rusr\b/],
    source: LIST,
  },
  phrases: [
    phrase({
      id: "chic-network-busy",
      cause: "remote-server-error",
      match: [/\b4\.4\.1 chic\b/],
      scope: "any",
      source: LIST,
      example: "421 4.4.1 CHIC IP ADDRESS: Network is busy.",
      note: "The list: 'mail's incoming server is temporarily unable to reply back. Please try connecting after a while.' Daum's side is busy; the sending server retries (the server answered, so it is not unreachable).",
    }),
    phrase({
      id: "ccrt-spam-ip",
      cause: "bad-reputation",
      match: [/\b4\.4\.5 ccrt\b/],
      scope: "any",
      source: LIST,
      example: "421 4.4.5 CCRT IP ADDRESS: Connection refused. Server is busy(RT)",
      note: "The list: 'spam center deteced the IP as a spam IP and temporarily blocked connection.' Daum's own judgement of the sending IP, worded as a busy server.",
    }),
    phrase({
      id: "rusr-no-such-user",
      cause: "recipient-unknown",
      match: [/\b5\.1\.1 rusr\b/],
      scope: "any",
      source: LIST,
      example:
        "550 5.1.1 RUSR xxx.xxx.xxx.xxx: No such user: <xxxxx@mydomain.com> (in reply to RCPT TO command)",
      note: "The address does not exist at Daum.",
    }),
    phrase({
      id: "das51-anti-spam-block",
      cause: "ip-blocklisted",
      match: [/\b5\.7\.1 das51\b/],
      scope: "any",
      strength: "strong",
      source: DAS51,
      example:
        "554 5.7.1 DAS51 2***.***.***.***: Your mail is blocked automatically by anti-spam system. (E06)",
      note: "The post: an account was hijacked and sent spam, so the sending server was put on spam blacklists, which Daum's servers consult; change the password, have the IP delisted, then ask Daum (Kakao) to unblock it. The sending IP was refused, not this message's content.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Daum's own help page on bounce codes: not found stored; its list is read through a blog that reproduces it, from the top (the rows after CCRT did not come through).",
  ],
};
