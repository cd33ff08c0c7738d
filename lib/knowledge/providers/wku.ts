// Western Kentucky University (ITS), from its knowledge-base article on the meaning of bounce
// messages, which quotes the returns its own mail gateway (a Barracuda "Spam & Virus
// Firewall") writes and what each means.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const BOUNCE_MEANING = page(
  "https://td.wku.edu/TDClient/34/Portal/KB/ArticleDet?ID=911",
  "Meaning of Bounce Back Email (WKU IT knowledge base)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("wku");

export const WKU_TABLE: ProviderTable = {
  provider: "wku",
  identity: {
    provider: "wku",
    name: "Western Kentucky University mail",
    hosts: ["wku.edu"],
    source: BOUNCE_MEANING,
  },
  phrases: [
    phrase({
      id: "name-or-service-not-known",
      cause: "recipient-domain-invalid",
      match: ["name or service not known"],
      // The resolver's words, in the return of WKU's Barracuda gateway only.
      also: ["x-spam-&-virus-firewall"],
      scope: "any",
      source: BOUNCE_MEANING,
      // The page's line is "#< #5.0.0 X-Spam-&-Virus-Firewall; []: Name or service not known>
      // #SMTP#" (Exchange's wrapping of the gateway's return); the gateway's own words are kept.
      example: "5.0.0 X-Spam-&-Virus-Firewall; []: Name or service not known",
      note: "The article: the recipient's domain cannot be resolved in DNS and is unreachable for WKU's mail system; often a mistyped address, otherwise a network change or problem only the recipient's organisation can resolve.",
    }),
    phrase({
      id: "rejecting-banned-content",
      cause: "content-spam",
      match: ["554 rejecting banned content"],
      scope: "provider",
      source: BOUNCE_MEANING,
      example: "#554 rejecting banned content ##",
      note: "The article: the spam-control server identified part of the message as spam; the spam content is often invisible and can mean the sender's computer is infected.",
    }),
  ],
  statusReadings: [],
};
