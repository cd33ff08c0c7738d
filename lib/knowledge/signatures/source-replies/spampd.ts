// spampd (Debian 12 packages 2.53-1.2): an SMTP/LMTP proxy that runs SpamAssassin on each
// message between two MTAs. It tags rather than refuses: its one reply of its own is the
// deferral when SpamAssassin fails and --dose (die on SpamAssassin errors) is set. Its embedded
// SMTP server class has a default "550 no." for fail(), which spampd never calls.
import { debianFile, type SourceReply } from "./types";

const spampd = debianFile("spampd", "spampd", "2.53-1.2")("/usr/sbin/spampd");

export const SPAMPD_SOURCE_REPLIES: readonly SourceReply[] = [
  spampd(
    "sa-error",
    657,
    "SpamPD::process_request, after process_message returned 0 with the dose flag on",
    '$smtp_server->ok("450 Temporary failure processing message, please try again later");',
    "450 Temporary failure processing message, please try again later",
    "SpamAssassin failed on the message (a timeout, an error in its rules) and spampd is set to defer rather than pass it on untested: the receiving site's own trouble",
    "remote-server-error",
  ),
];
