// ZMailer (Rayan Zachariassen's Unix MTA), from its source. When its router refuses an address it
// hands the recipient to the "error" channel with the name of an error form (a file in
// proto/forms, or a name the router configuration picks, "err.nosuchuser"), and the errormail
// transport writes every such report with the same fixed code around that name:
// "Diagnostic-Code: X-LOCAL; 500 (<form>)". The 500 is no SMTP reply (no remote server answered
// and no command was refused): the form's name is the only reason in the report. A self-hosted
// MTA has no host of its own: the entries are scoped "any", on the form names inside ZMailer's
// fixed frame, which no other software was found to write.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ZM = "https://github.com/rzachariassen/zmailer/blob/70d34a57";
const via = "repo rzachariassen/zmailer at 70d34a57 (fetched snapshot)";

const ERRORMAIL = page(
  `${ZM}/transports/errormail/errormail.c`,
  'ZMailer source: transports/errormail/errormail.c (the error channel\'s report: "Diagnostic-Code: X-LOCAL; 500 (%s)" with the form name)',
  via,
);
const ALIASES = page(
  `${ZM}/proto/cf/aliases2.cf`,
  "ZMailer source: proto/cf/aliases2.cf (a local user with no delivery falls through to the err.nosuchuser error)",
  via,
);
const DATABASE_FORM = page(
  `${ZM}/proto/forms/database`,
  'ZMailer source: proto/forms/database (the "Invalid host/domain name" error form)',
  via,
);
// A real ZMailer report (Sprynet's mm1.sprynet.com, 29 July 1996: "From: The Post Office",
// errormail's default form), kept as test data by a MIME library.
const SPRYNET = page(
  "https://github.com/jstedfast/MimeKit/blob/13b388518617b207c9484f467e67d023630016a1/UnitTests/TestData/messages/multipart-report.txt",
  "MimeKit test data: multipart-report.txt (a ZMailer delivery report from mm1.sprynet.com, 1996)",
  "repo jstedfast/MimeKit UnitTests/TestData/messages/multipart-report.txt",
);

const { phrase } = entryKit("zmailer");

/** Why the 500 beside the form name says nothing: errormail writes it for every form. */
const FIXED_CODE =
  'ZMailer\'s errormail writes every router refusal as "X-LOCAL; 500 (<form>)": the 500 is fixed, not a reply to a command, so it is no syntax error; the form name is the reason.';

export const ZMAILER_TABLE: ProviderTable = {
  provider: "zmailer",
  identity: {
    provider: "zmailer",
    name: "ZMailer",
    hosts: [],
    // Its error channel's frame around the form name: only errormail writes "X-LOCAL; 500 (".
    markers: ["x-local; 500 ("],
    source: ERRORMAIL,
  },
  phrases: [
    phrase({
      id: "err-nosuchuser",
      cause: "recipient-unknown",
      // "nosuchuser" alone is the form name newer configurations use (proto/cf/aliases.cf:
      // "error nosuchuser"); only inside errormail's frame is it ZMailer's, not a word.
      match: ["err.nosuchuser", "500 (nosuchuser)"],
      scope: "any",
      source: SPRYNET,
      example: "X-LOCAL; 500 (err.nosuchuser)",
      note: `The router found no local user or alias for the address (aliases2.cf: no delivery applies, so it falls through to "error err.nosuchuser"). ${FIXED_CODE}`,
    }),
    phrase({
      id: "database",
      cause: "recipient-domain-invalid",
      match: ["500 (database)"],
      scope: "any",
      source: DATABASE_FORM,
      example: "Diagnostic-Code: X-LOCAL; 500 (database)",
      verbatim: false,
      note: `The "database" form: the address names a host or domain this gateway should know if it existed, so it most likely does not exist. The example is ZMailer's own frame around the form's name; the form's own words are prose. ${FIXED_CODE}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "ZMailer has no page of bounce strings: the entries rest on its source (errormail.c writes the frame, the router configuration names the form) and one real report.",
    `Other forms (expansion, unresolvable, bounce, loopexceeded, ...) are left unread: their texts are the site's prose and no real report with their names was found. ${ALIASES.url} is where err.nosuchuser is chosen.`,
  ],
};
