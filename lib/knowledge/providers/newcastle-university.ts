// Newcastle University's mail gateways, from the page its rejections point to ("Email
// Rejection: mail rejections from Newcastle University mail gateways"), which lists each reply
// the gateways give, with a reference number ("#299", "#525") that links the explanation.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const REJECTIONS = page(
  "https://services.ncl.ac.uk/itservice/help-services/security/emailreject",
  "Email Rejection (Newcastle University IT Service)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("newcastle-university");

export const NEWCASTLE_UNIVERSITY_TABLE: ProviderTable = {
  provider: "newcastle-university",
  identity: {
    provider: "newcastle-university",
    name: "Newcastle University mail gateways",
    // The page names postmaster@ncl.ac.uk as the address to reach the gateways' operators.
    hosts: ["ncl.ac.uk"],
    source: REJECTIONS,
  },
  phrases: [
    phrase({
      id: "recipient-not-recognised-299",
      cause: "recipient-unknown",
      // The reference number keeps the needle to these gateways' own wording.
      match: ["recipient address not recognised #299"],
      scope: "any",
      source: REJECTIONS,
      example: "553-5.1.1 <address>... Recipient address not recognised #299",
      note: "The page: the Newcastle recipient address was not recognised, mistyped or an account that recently expired (the person has left the University).",
    }),
    phrase({
      id: "black-listed-525",
      cause: "ip-blocklisted",
      match: [/black listed by [a-z0-9.-]+ #525/],
      scope: "any",
      source: REJECTIONS,
      example: "550-5.7.0 [IP address] black listed by zen.dnsbl.ja.net #525",
      note: "The page: the sending host or IP is on one of the JANET DNS blocklists the University uses; delisting is the list's procedure, not the University's.",
    }),
    phrase({
      id: "black-listed-spamcop",
      cause: "ip-blocklisted",
      match: ["black listed by bl.spamcop.net"],
      scope: "any",
      source: REJECTIONS,
      example: "550-'5.7.0 <hostname> [numeric address] black listed by bl.spamcop.net.",
    }),
    phrase({
      id: "helo-fqdn-428",
      cause: "protocol-syntax",
      match: ["helo argument argument must be a fqdn or ip-domain literal"],
      scope: "any",
      source: REJECTIONS,
      example: "550-5.7.0 HELO argument argument must be a FQDN or IP-domain literal #428",
      note: "Listed on the page (its explanation was not in the stored copy); the reply itself names the fault: a HELO name that is neither a fully qualified domain name nor an address literal.",
    }),
    phrase({
      id: "spf-fail-702",
      cause: "authentication-failure",
      match: [/spf result fail; #702/],
      scope: "any",
      source: REJECTIONS,
      example: "550-5.7.1 sender <From-address> via domain/host/IP address SPF result Fail; #702",
      note: "Listed on the page (its explanation was not in the stored copy); the reply itself names the fault: the sender domain's SPF check returned Fail.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy gave the explanations of #299 and #525 only; #428 and #702 rest on the reply's own words.",
  ],
};
