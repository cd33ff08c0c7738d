// MIMEDefang's reply texts (the Perl milter, Debian package mimedefang 3.3). MIMEDefang has
// few words of its own: a refusal says what the site's filter passed to action_bounce(). The
// filter Debian installs as /etc/mail/mimedefang-filter is upstream's
// examples/suggested-minimum-filter-for-windows-clients, whose one outright refusal is a
// message/partial part; the real-MTA lab recorded it behind Postfix
// (lib/knowledge/lab/fixtures/mimedefang).
import type { Signature } from "./types";

const FILTER =
  "https://github.com/The-McGrail-Foundation/MIMEDefang/blob/c55c27295944e92d84d8082d7bef69d7b4740149/examples/suggested-minimum-filter-for-windows-clients";

export const MIMEDEFANG_SIGNATURES: Signature[] = [
  {
    // filter() and filter_multipart(): `if (lc($type) eq "message/partial") { return
    // action_bounce("MIME type message/partial not accepted here"); }`; action_bounce's
    // defaults give 554 5.7.1 (Mail/MIMEDefang/Actions.pm). message/partial (RFC 2046 section
    // 5.2.2) splits a message in pieces that a scanner never sees whole: the filter refuses the
    // part type, as it refuses dangerous attachment names. A blocked part type is content-virus.
    id: "mimedefang.message-partial",
    provider: "mimedefang",
    match: ["mime type message/partial not accepted"],
    cause: "content-virus",
    confidence: 0.8,
    source: FILTER,
    example: "554 5.7.1 MIME type message/partial not accepted here",
    note: "The receiving server's filter does not take messages split into parts (message/partial), which can slip past a virus scanner: send the message whole (turn off splitting of large messages in the mail program).",
  },
];
