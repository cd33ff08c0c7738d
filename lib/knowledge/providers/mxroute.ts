// MXroute (mail host), from smtp.codes' MXroute page (the site's source in repo fm/smtp-codes),
// which prints MXroute's replies with their meanings and links MXroute's own troubleshooting pages
// (mxroutedocs.com, not found stored).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://smtp.codes/mxroute",
  "MXroute (smtp.codes)",
  "repo fm/smtp-codes docs/mxroute/index.html and data/codes/554.json",
);

const { phrase } = entryKit("mxroute");

export const MXROUTE_TABLE: ProviderTable = {
  provider: "mxroute",
  identity: {
    provider: "mxroute",
    name: "MXroute",
    hosts: ["mxrouting.net", "mxroute.com"],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "unauthenticated-range",
      cause: "bad-reputation",
      match: ["unauthenticated mail not allowed from this range"],
      scope: "any",
      source: CODES,
      example: "550 Unauthenticated mail not allowed from this range",
      note: "The page: the sending IP is in a range MXroute holds to be of low reputation or not meant to send mail; a false positive can be put to MXroute's whitelist review (whitelistrequest.mxrouting.net).",
    }),
    phrase({
      id: "no-such-recipient",
      cause: "recipient-unknown",
      match: ["550 no such recipient here"],
      scope: "any",
      source: CODES,
      example: "550 No such recipient here",
      note: "The page: the address does not exist; check it for typos.",
    }),
    phrase({
      id: "authentication-required",
      cause: "relay-denied",
      match: ["550 authentication required"],
      scope: "identified",
      source: CODES,
      example: "550 Authentication Required",
      note: "The page: the mail went to an MXroute server not set up to receive mail for the recipient's domain (mxroutedocs.com/troubleshooting/550auth/ lists the fixes).",
    }),
    phrase({
      id: "excessive-rejected-recipients",
      cause: "bad-reputation",
      match: ["your ip is sending excessive rejected recipients"],
      scope: "any",
      source: CODES,
      example: "554 Your IP is sending excessive rejected recipients.",
      note: "The page: the IP sent a high volume of mail to recipients that do not exist or are otherwise refused (a stale list, or a compromised account), and is blocked for now.",
    }),
    phrase({
      id: "excessive-auth-failures",
      cause: "bad-reputation",
      match: ["your ip is generating excessive authentication failures"],
      scope: "any",
      source: CODES,
      example: "554 Your IP is generating excessive authentication failures.",
      note: "The page: the IP keeps failing SMTP authentication (a password-guessing attack, or a device with a wrong password) and is blocked for now.",
    }),
    phrase({
      id: "flooding-abusive-requests",
      cause: "bad-reputation",
      match: ["flooding our smtp server with abusive requests"],
      scope: "any",
      source: CODES,
      example: "554 Your IP address is flooding our SMTP server with abusive requests",
      note: "The page: the IP sends excessive rejected messages; the block lifts by itself after 24 hours.",
    }),
  ],
  statusReadings: [],
  missingPages: ["mxroutedocs.com: not found stored; the replies are read through smtp.codes."],
};
