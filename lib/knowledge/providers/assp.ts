// ASSP (Anti-Spam SMTP Proxy), an open-source filter many cPanel hosts put in front of their mail
// servers, as a host that runs it prints its replies: MaxClicks' article on the messages ASSP
// bounces, each with what it means. ASSP's own configuration help (in copies of its source)
// prints the same example for its virus reply ("554 5.7.1 Mail appears infected with INFECTION --
// disinfect and resend").
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const MAXCLICKS = page(
  "https://maxclicksonline.com/client-area/knowledgebase.php?action=displayarticle&id=10095",
  "ASSP bounced back messages and errors (MaxClicks knowledge base)",
  "stored copy (pages corpus); the page writes the session id and the virus name as placeholders",
);

const { phrase } = entryKit("assp");

export const ASSP_TABLE: ProviderTable = {
  provider: "assp",
  identity: {
    provider: "assp",
    name: "ASSP (Anti-Spam SMTP Proxy)",
    hosts: [],
    source: MAXCLICKS,
  },
  phrases: [
    phrase({
      id: "service-denied-closing",
      cause: "ip-blocklisted",
      match: ["service denied, closing transmission channel"],
      scope: "any",
      source: MAXCLICKS,
      example: "554 5.7.2 Service denied, closing transmission channel (SESSIONID)",
      note: "The page: the sending server's IP address is blocked by the host's ASSP antispam at IP level (its own list of denied connections).",
    }),
    phrase({
      id: "mail-appears-infected",
      cause: "content-virus",
      match: ["mail appears infected with"],
      scope: "any",
      source: MAXCLICKS,
      example: "554 5.7.1 Mail appears infected with INFECTION -- disinfect and resend.",
      note: "The page: a virus was detected in the message (INFECTION stands for the virus's name).",
    }),
  ],
  statusReadings: [],
};
