// Texas Tech University (TechMail), from its knowledge-base articles on the refusals senders
// get when their server is on an Internet spam block list and when the message scores as junk.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SPAM_BLOCK_LIST = page(
  "https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029071",
  "Email rejected because the IP address has been listed by an Internet spam block list (Texas Tech AskIT KB0029071)",
  "stored copy (pages corpus)",
);

const CONTENT_FILTERING = page(
  "https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029100",
  "550 5.7.1 Message rejected as spam by Content Filtering (Texas Tech AskIT KB0029100)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("texas-tech");

export const TEXAS_TECH_TABLE: ProviderTable = {
  provider: "texas-tech",
  identity: {
    provider: "texas-tech",
    name: "Texas Tech University TechMail",
    hosts: ["ttu.edu"],
    source: SPAM_BLOCK_LIST,
  },
  phrases: [
    phrase({
      id: "listed-by-spam-block-list",
      cause: "ip-blocklisted",
      match: ["has been listed by an internet spam block list"],
      scope: "any",
      source: SPAM_BLOCK_LIST,
      example:
        "550 550 5.7.1 Email rejected because the IP address X.X.X.X has been listed by an Internet spam block list [1].",
      note: "The article: the sending IP is on at least one public spam block list that TechMail uses; the block lifts automatically after a time, or the sender's administrators can act on the listing.",
    }),
    phrase({
      id: "rejected-as-spam-by-content-filtering",
      cause: "content-spam",
      match: ["message rejected as spam by content filtering"],
      scope: "any",
      source: CONTENT_FILTERING,
      example:
        "550 5.7.1 Message rejected as spam by Content Filtering. (in reply to end of DATA command)",
      note: "The article: the message was scored as junk email by TechMail's anti-spam features.",
    }),
  ],
  statusReadings: [],
};
