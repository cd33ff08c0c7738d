// clamav-milter (Debian package clamav-milter 1.4) configured to refuse infected mail
// ("OnInfected Reject") and given no RejectMsg, as its sample configuration leaves it
// ("Default: MTA specific"), rejects without a text of its own (clamav-milter/clamfi.c: its
// "Infected (%s)" goes only into the X-Virus-Status header). The MTA then answers with its
// own default words for a milter's reject, the same in Postfix (src/milter/milter8.c,
// SMFIR_REJECT) and in Sendmail (libmilter's MTA side, srvrsmtp.c / milter.c): "550 5.7.1
// Command rejected". Recorded by the real-MTA lab behind Postfix
// (lib/knowledge/lab/fixtures/clamav-milter).
//
// The words give no reason, and at MAIL or RCPT any policy milter may have said reject. After
// the message was sent (the reply to the end of DATA), a milter's reject is a decision on the
// content: content-scanning milters (ClamAV's, and others whose reject text is left unset)
// judge there, so the words rank the two content causes and decide neither. Hints, read only
// where the bounce says the stage was DATA.
import type { Signature } from "./types";

const MILTER8 =
  "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd/postfix/src/milter/milter8.c";

const entry = (cause: "content-spam" | "content-virus"): Signature => ({
  id: `milter.default-reject-after-data.${cause}`,
  provider: "milter",
  match: ["5.7.1 command rejected"],
  commands: ["DATA"],
  cause,
  confidence: 0.6,
  source: MILTER8,
  example:
    "<user@example.org>: host mx.example.org[192.0.2.1] said: 550 5.7.1 Command rejected (in reply to end of DATA command)",
  note: "A filter plugged into the receiving server (a milter: a virus scanner such as ClamAV's, or a spam filter) refused the message after reading it, without saying why.",
  hint: true,
});

export const CLAMAV_MILTER_SIGNATURES: Signature[] = [
  entry("content-spam"),
  entry("content-virus"),
];
