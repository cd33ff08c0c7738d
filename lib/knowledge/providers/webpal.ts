// WebPal (Canadian hosting company), from its knowledge-base article on the "has exceeded the
// max emails per hour" error, with the hourly limits of its packages.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const MAX_PER_HOUR = page(
  "https://portal.webpal.net/knowledgebase/71/My-emails-arenandsharp039t-sending.-Error-message-says-has-exceeded-the-max-emails-per-hour.html",
  'My emails aren\'t sending. Error message says "has exceeded the max emails per hour" (WebPal knowledgebase)',
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("webpal");

export const WEBPAL_TABLE: ProviderTable = {
  provider: "webpal",
  identity: {
    provider: "webpal",
    name: "WebPal",
    hosts: ["webpal.net"],
    source: MAX_PER_HOUR,
  },
  phrases: [
    phrase({
      id: "max-emails-per-hour",
      cause: "rate-limited",
      match: ["has exceeded the max emails per hour"],
      scope: "any",
      source: MAX_PER_HOUR,
      example: "has exceeded the max emails per hour",
      note: "The article: to control mail abuse and spam each package has a per-hour sending limit (200 to 800 messages) and a maximum share of failed or deferred messages (50%); past it, messages may be delayed until the next hour.",
    }),
  ],
  statusReadings: [],
};
