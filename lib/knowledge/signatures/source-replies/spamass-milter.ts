// spamass-milter (andybalholm/spamass-milter at the commit read; Debian 12 packages 0.4.0,
// whose binary holds the same default text): the milter that runs SpamAssassin's spamc for
// Sendmail or Postfix. Its reply for a message over the reject score (-r) is its default
// rejecttext with code 550 5.7.1 (-c, -C, -R change them); with -a random defer (-x) the same
// text goes out as a temporary 450 4.7.1 (to_nonpermanent).
import { sourceFile, type SourceReply } from "./types";

const REPO = "andybalholm/spamass-milter/blob/c45f851c57606a6b42f73590c6935dd229cc541c";

const milter = sourceFile("spamass-milter", REPO, "")("spamass-milter.cpp");

export const SPAMASS_MILTER_SOURCE_REPLIES: readonly SourceReply[] = [
  milter(
    "reject",
    380,
    "main (default rejecttext), sent by assassinate with smfi_setreply (line 595)",
    'rejecttext = strdup ("Blocked by SpamAssassin");',
    "550 5.7.1 Blocked by SpamAssassin",
    "SpamAssassin's score for the message is at or over the milter's reject score (-r)",
    "content-spam",
  ),
  milter(
    "defer",
    380,
    "main (default rejecttext), sent as a deferral by assassinate (line 592) when random defer (-x) picks the message",
    'rejecttext = strdup ("Blocked by SpamAssassin");',
    "450 4.7.1 Blocked by SpamAssassin",
    "SpamAssassin's score is over the random-defer score: a spam-like message is deferred at random, more often the higher its score",
    "content-spam",
  ),
  milter(
    "spamc-failed-postfix",
    1217,
    "mlfi_header (spamc could not be started or reached: Connect threw), SMFIS_TEMPFAIL with no text, which Postfix's milter8.c words",
    "return SMFIS_TEMPFAIL;",
    "451 4.7.1 Service unavailable - try again later",
    "the milter could not run spamc or talk to spamd (spamd down, a pipe error): the receiving site's own trouble, in words that give no reason",
    "unknown",
    ["remote-server-error", "rate-limited"],
  ),
  milter(
    "spamc-failed-sendmail",
    1217,
    "mlfi_header, SMFIS_TEMPFAIL with no text, which Sendmail's milter.c words",
    "return SMFIS_TEMPFAIL;",
    "451 4.3.2 Please try again later",
    "the milter could not run spamc or talk to spamd, behind Sendmail: the receiving site's own trouble, in words that give no reason",
    "unknown",
    ["remote-server-error"],
  ),
];
