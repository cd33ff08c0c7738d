// Texas Tech University (TechMail), from its knowledge-base article on the refusal senders
// get when their server is on an Internet spam block list.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const SPAM_BLOCK_LIST = page(
  "https://askit.ttu.edu/sp?id=kb_article_view&sysparm_article=KB0029071",
  "Email rejected because the IP address has been listed by an Internet spam block list (Texas Tech AskIT KB0029071)",
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
  ],
  statusReadings: [],
};
