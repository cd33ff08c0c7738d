// Exim's own words, cited to Exim's source (another helper records real MTA output in a lab; this
// table holds only the strings cited to the MTA itself). "Unrouteable address" is the message
// Exim's router code gives an address no router accepted (src/route.c), unless the router sets
// cannot_route_message.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ROUTE_C = page(
  "https://github.com/Exim/exim/blob/master/src/src/route.c",
  "Exim source: src/src/route.c",
  "a copy of route.c in a public repository (find_string 'Unrouteable address')",
);
const PARSE_C = page(
  "https://github.com/Exim/exim/blob/master/src/src/parse.c",
  "Exim source: src/src/parse.c (parse_extract_address)",
  'quoted by line in repo sisimai/p5-sisimai lib/Sisimai/Lhost/Exim.pm ("parser.c:747| : string_sprintf(\"malformed address: %.32s may not follow %.*s\"")',
);
const CANNOT_ROUTE = page(
  "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-generic_options_for_routers.html",
  "Exim specification: Generic options for routers (cannot_route_message)",
  "Exim's own source tree, doc/doc-docbook/spec.xfpt (tag exim-4.96), option cannot_route_message",
);
const YANDEX_OTHERS = page(
  "https://yandex.com/support/mail/bounces/other.html",
  "Report on non-delivery to another (non-Yandex) address (Yandex Mail Help)",
  "stored copy (pages corpus)",
);

/**
 * Where "Unrouteable address" is not Exim's own report of a recipient: a server's reply under a
 * code (the entries after the first read it), and Exim's sender verification, which quotes the
 * router's words for the sender's address under its own "Verification failed for <sender>" line
 * (smtp_in.c smtp_handle_acl_fail) whatever the ACL's message says after it (Debian's
 * exim4-config: "Sender verification failed").
 */
const NOT_OWN_REPORT = [
  /\b5\d\d[ -](?:5\.\d\.\d{1,3} )?unrouteable address/,
  "sender verify failed",
  "verification failed for <",
];

const { phrase } = entryKit("exim");

export const EXIM_TABLE: ProviderTable = {
  provider: "exim",
  identity: { provider: "exim", name: "Exim", hosts: [], source: ROUTE_C },
  phrases: [
    phrase({
      id: "unrouteable-address",
      cause: "recipient-domain-invalid",
      match: ["unrouteable address"],
      unless: NOT_OWN_REPORT,
      // At a domain the reporting Exim handles itself the domain routed: an unknown user there
      // (signatures/exim.ts exim.unrouteable-local-domain). Where nothing tells which (a log
      // line names no reporting host), the two entries after the next ones rank both.
      recipientDomain: "remote",
      // Exim's own report of an address it could not route, with no SMTP command: where a stage
      // is stated the words are a server's refusal of that command ("rejected RCPT <b>:
      // Unrouteable address" in a receiving Exim's log, its 550 reply), read as the reply is.
      commands: ["NONE"],
      scope: "any",
      strength: "strong",
      source: ROUTE_C,
      // route.c's words in the report an Exim at another domain writes (as the lab's
      // exim/bounce-unknown-domain.eml), so that the reporting host tells the domain is remote.
      example:
        "Reporting-MTA: dns; mail.example.org\n\nAction: failed\nFinal-Recipient: rfc822;someone@example.com\nStatus: 5.0.0\nDiagnostic-Code: X-Exim; Unrouteable address",
      verbatim: false,
      note: "Exim's own bounce line when no router accepted the address: at the sending server this is most often a recipient domain that does not resolve (the dnslookup router declined). As a remote server's 550 reply it means something else (next entries).",
    }),
    phrase({
      id: "unrouteable-address-reply",
      cause: "recipient-unknown",
      match: [/\b5\d\d[ -](?:5\.\d\.\d{1,3} )?unrouteable address/],
      scope: "any",
      strength: "weak",
      source: YANDEX_OTHERS,
      example: "550 Unrouteable address",
      verbatim: false,
      note: "An Exim server's RCPT reply when no router accepted the address. Yandex lists 'Unrouteable address' among replies meaning the address does not exist, but Exim gives the same words when its dnslookup router finds no such domain (Exim's specification, cannot_route_message; a test server gave the very same reply for both): a hint, ranked beside the unknown domain (next entry). The 550 is added.",
    }),
    phrase({
      id: "unrouteable-address-reply-domain",
      cause: "recipient-domain-invalid",
      match: [/\b5\d\d[ -](?:5\.\d\.\d{1,3} )?unrouteable address/],
      scope: "any",
      strength: "weak",
      source: CANNOT_ROUTE,
      example: "550 Unrouteable address",
      verbatim: false,
      note: "The same reply when the server would relay for the sender (its own outgoing server) and the recipient's domain does not exist: Exim's default text when every router declined, which the specification's cannot_route_message example replaces with 'Remote domain not found in DNS' on the dnslookup router. The words cannot tell this from an unknown user; a DNS lookup of the recipient's domain can. The 550 is Exim's reply to the recipient (RCPT) command.",
    }),
    // Exim's own "** address: Unrouteable address" where nothing says whether the recipient's
    // domain is the reporting Exim's own (its main log's delivery-failure line names no host):
    // no router accepted the address, which is an unknown user at a domain it handles itself and
    // most often a domain the dnslookup router cannot find elsewhere (route.c; the lab's
    // exim/bounce-unknown-user.sending.log and bounce-unknown-domain.sending.log print the same
    // words for both). Two weak readings, so that both are ranked and neither is named.
    phrase({
      id: "unrouteable-address-locality-unknown-domain",
      cause: "recipient-domain-invalid",
      match: ["unrouteable address"],
      unless: NOT_OWN_REPORT,
      recipientDomain: "unknown",
      commands: ["NONE"],
      scope: "any",
      strength: "weak",
      source: ROUTE_C,
      example: "Unrouteable address",
      note: "Exim's own line when no router accepted the address, where it is not known whether the recipient's domain is the reporting server's own: a recipient domain that does not resolve is one reading (the dnslookup router declined).",
    }),
    phrase({
      id: "unrouteable-address-locality-unknown-user",
      cause: "recipient-unknown",
      match: ["unrouteable address"],
      unless: NOT_OWN_REPORT,
      recipientDomain: "unknown",
      commands: ["NONE"],
      scope: "any",
      strength: "weak",
      source: ROUTE_C,
      example: "Unrouteable address",
      note: "The same line for an address at a domain the reporting server handles itself: no router accepted the local part, i.e. no such user there.",
    }),
    phrase({
      id: "malformed-address",
      cause: "protocol-syntax",
      match: [
        /malformed address: \S{1,300} may not follow/,
        "angle-brackets nested too deep",
        "domain missing in source-routed address",
      ],
      scope: "any",
      strength: "strong",
      source: PARSE_C,
      example:
        "neko@example.net : malformed address: neko@example.net may not follow kijitora@example.com",
      verbatim: false,
      note: 'Exim could not parse the address list it was given (two addresses without a comma between them, a stray word): the address as written is not valid syntax. Fix how the recipients are written. The line fills Exim\'s format string "malformed address: %.32s may not follow %.*s".',
    }),
  ],
  statusReadings: [],
};
