// Hostpoint (Swiss web and mail host), from smtp.codes' Hostpoint page (the site's source in repo
// fm/smtp-codes), which prints Hostpoint's replies with their meanings and links Hostpoint's own
// e-mail support pages (not found stored).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const CODES = page(
  "https://smtp.codes/hostpoint",
  "Hostpoint (smtp.codes), citing https://support.hostpoint.ch/en/technical/e-mail",
  "repo fm/smtp-codes docs/hostpoint/index.html",
);

const { phrase } = entryKit("hostpoint");

export const HOSTPOINT_TABLE: ProviderTable = {
  provider: "hostpoint",
  identity: {
    provider: "hostpoint",
    name: "Hostpoint",
    hosts: ["hostpoint.ch"],
    source: CODES,
  },
  phrases: [
    phrase({
      id: "no-such-address",
      cause: "recipient-unknown",
      match: ["550 no such address here"],
      unless: ["mx do not point to us"],
      scope: "any",
      source: CODES,
      example: "550 no such address here",
      note: "The page: the address does not exist; check it for typos.",
    }),
    phrase({
      id: "mx-not-pointing-here",
      cause: "relay-denied",
      match: ["no such address here (mx do not point to us)"],
      scope: "any",
      source: CODES,
      example: "550 no such address here (MX do not point to us)",
      note: "The page: the recipient's domain was not found at Hostpoint, or not added correctly, so it cannot route the mail (its MX records do not point to Hostpoint). The domain's owner must fix its set-up.",
    }),
    phrase({
      id: "spf-check-failed",
      cause: "authentication-failure",
      match: [/spf-check failed: 550 \S+ doesn't allow sending mails from/],
      scope: "any",
      source: CODES,
      example:
        "550-SPF-check failed: 550 example.com doesn't allow sending mails from xx.xx.xx.xx (in reply to MAIL FROM command)",
      note: "The page: the sending server is not in the sending domain's SPF record.",
    }),
    phrase({
      id: "dmarc-reject",
      cause: "authentication-failure",
      match: ["failed sender's dmarc policy, reject"],
      scope: "any",
      source: CODES,
      example: "550 Message from example.com failed sender's DMARC policy, REJECT",
      note: "The page: the message failed the sending domain's DMARC policy (reject): it must pass DKIM or have SPF aligned with the domain.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "support.hostpoint.ch's e-mail pages: not found stored; the replies are read through smtp.codes.",
  ],
};
