// Oracle Communications Messaging Server (formerly Sun Java System / iPlanet Messaging Server),
// from the Messaging Server Technical Reference Wiki's table of the MTA's error_text_* options:
// each option's default reply code, status code and text. Only the defaults whose text names one
// cause are entered; the table gives them in columns, so the reply lines are joined from them.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERROR_TEXT = page(
  "https://msg.wikidoc.info/index.php?title=Error_text_MTA_options",
  "Error text MTA options (Messaging Server Technical Reference Wiki)",
  "stored diffs of the page (pages corpus: msg.wikidoc.info/index.php?title=Error_text_MTA_options&diff=27637&…)",
);
const COLUMNS =
  "The table gives the option's reply code ('550 or 450'), status code and default text in columns; the example joins them.";

const { phrase } = entryKit("oracle-messaging-server");

export const ORACLE_MESSAGING_SERVER_TABLE: ProviderTable = {
  provider: "oracle-messaging-server",
  identity: {
    provider: "oracle-messaging-server",
    name: "Oracle Communications Messaging Server",
    hosts: [],
    source: ERROR_TEXT,
  },
  phrases: [
    phrase({
      id: "unknown-or-illegal-user",
      cause: "recipient-unknown",
      match: ["unknown or illegal user"],
      scope: "any",
      source: ERROR_TEXT,
      example: "550 5.1.1 unknown or illegal user",
      verbatim: false,
      note: `error_text_unknown_user: the recipient's local part is not a known user. ${COLUMNS}`,
    }),
    phrase({
      id: "unknown-host-or-domain",
      cause: "recipient-domain-invalid",
      match: ["5.1.2 unknown host or domain"],
      scope: "any",
      source: ERROR_TEXT,
      example: "550 5.1.2 unknown host or domain",
      verbatim: false,
      note: `error_text_unknown_host: the recipient's domain is not one the MTA knows or can route to. ${COLUMNS}`,
    }),
    phrase({
      id: "channel-size-limit",
      cause: "message-too-large",
      match: [/channel limit of \d+ kilobytes on message size exceeded/],
      scope: "any",
      source: ERROR_TEXT,
      example: "5.2.3 channel limit of 10240 kilobytes on message size exceeded",
      verbatim: false,
      note: `The default text of the channel's message size limit ('channel limit of %d kilobytes on message size exceeded', status 5.2.3); the example puts a number for %d. ${COLUMNS}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "error_text_unknown_alias ('unknown or illegal alias') is already entered by Apple's and Tufts' tables; the SRS/MUL texts concern a forwarding address's own encoding and name no sender-side cause.",
  ],
};
