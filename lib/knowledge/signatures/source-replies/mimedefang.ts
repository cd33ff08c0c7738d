// MIMEDefang (The-McGrail-Foundation/MIMEDefang at the commit read), the Perl milter whose filter
// decides each message: the default texts of its actions (modules/lib/Mail/MIMEDefang/Actions.pm)
// when a filter calls action_bounce or action_tempfail without a text of its own, and the
// tempfail of the filter it ships as a starting point (examples/suggested-minimum-filter-for-
// windows-clients). Codes are the actions' defaults: 554 5.7.1 and 451 4.3.0.
import { sourceFile, type SourceReply } from "./types";

const REPO = "The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a";

const file = sourceFile("mimedefang", REPO, "");
const actions = file("modules/lib/Mail/MIMEDefang/Actions.pm");
const filter = file("examples/suggested-minimum-filter-for-windows-clients");

export const MIMEDEFANG_SOURCE_REPLIES: readonly SourceReply[] = [
  actions(
    "bounce-default",
    1194,
    "action_bounce, called without a reply text",
    '$reply = "Forbidden for policy reasons" unless (defined($reply) and ($reply ne ""));',
    "554 5.7.1 Forbidden for policy reasons",
    "the site's filter bounced the message and gave no reason: any of its rules (spam score, attachment, sender list)",
    "unknown",
    ["sender-policy", "content-spam"],
  ),
  actions(
    "tempfail-default",
    1321,
    "action_tempfail, called without a reply text",
    '$reply = "Try again later" unless (defined($reply) and ($reply ne ""));',
    "451 4.3.0 Try again later",
    "the site's filter deferred the message and gave no reason (a scanner failure, a rate or greylisting rule)",
    "unknown",
    ["remote-server-error", "rate-limited"],
  ),
  filter(
    "scanner-failed",
    153,
    "filter_end in the shipped filter, when message_contains_virus() answers tempfail",
    'action_tempfail("Problem running virus-scanner");',
    "451 4.3.0 Problem running virus-scanner",
    "the virus scanner could not be run or gave no answer",
    "remote-server-error",
  ),
];
