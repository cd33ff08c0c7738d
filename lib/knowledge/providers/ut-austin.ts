// The University of Texas at Austin (ITS), from its knowledge-base articles for senders whose
// mail to a utexas.edu address was refused: each article is titled with the error the sender
// sees and says what the university's inbound filter did (a SenderBase reputation score band
// that rate-limits the sender; its own small blacklist).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const QUESTIONABLE = page(
  "https://ut.service-now.com/utss/KAhome.do?number=KB0014672",
  "Error: Questionable SenderBase Reputation Score (UT Austin KB0014672)",
  "stored copy (pages corpus)",
);
const SUSPICIOUS = page(
  "https://utsubdev2.service-now.com/utss/KAhome.do?number=KB0011417",
  "Error: Suspicious SenderBase Reputation Score (UT Austin KB0011417)",
  "stored copy (pages corpus)",
);
const BANNED = page(
  "http://www.utexas.edu/its/support/topics/spam/answers/defense/banned.php",
  "Error: Banned (UT Austin ITS, Managing Spam)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("ut-austin");

export const UT_AUSTIN_TABLE: ProviderTable = {
  provider: "ut-austin",
  identity: {
    provider: "ut-austin",
    name: "The University of Texas at Austin mail",
    hosts: ["utexas.edu"],
    source: QUESTIONABLE,
  },
  phrases: [
    phrase({
      id: "questionable-senderbase-reputation",
      cause: "bad-reputation",
      match: ["questionable senderbase reputation score"],
      scope: "any",
      source: QUESTIONABLE,
      example: "Error: Questionable SenderBase Reputation Score",
      note: "The article: the inbound servers classify each connection by the sending IP's SenderBase reputation score (-10 to +10); slightly negative scores are rate-limited to 10 recipients an hour. Check the IP with SenderBase, or ask the Service Desk for an exemption.",
    }),
    phrase({
      id: "suspicious-senderbase-reputation",
      cause: "bad-reputation",
      match: ["suspicious senderbase reputation score"],
      scope: "any",
      source: SUSPICIOUS,
      example: "Error: Suspicious SenderBase Reputation Score",
      note: "The article: scores in the middle of the negative range are rate-limited to one recipient an hour; SenderBase shows the IP's details, including public blacklists it may be on.",
    }),
    phrase({
      id: "banned",
      cause: "ip-blocklisted",
      // "Banned" alone is too short and too common: the error's own label is the needle.
      match: ["error: banned"],
      scope: "provider",
      source: BANNED,
      example: "Error: Banned",
      note: "The page: ITS keeps a small blacklist of hosts that pass DNS validation and have a good SenderBase score but still present problems (usually legitimate servers with technical problems, sometimes sources of spam or attacks); once the problem is fixed the server's administrators contact the ITS Help Desk to be removed.",
    }),
  ],
  statusReadings: [],
};
