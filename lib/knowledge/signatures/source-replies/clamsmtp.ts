// ClamSMTP (clamsmtpd, the SMTP content filter that passes mail through ClamAV), read from
// Debian 12's source package clamsmtp 1.10-17.2 (apt-get source; the paths are the unpacked
// upstream tree, which Debian's patch leaves unchanged at these lines). With "Action: bounce"
// (the man page's "Bounce the email") clamsmtpd answers the client's end of DATA itself; its
// default, drop, answers "250 Virus Detected; Discarded Email" and bounces nothing.
import { inDebianPackage, type SourceReply } from "./types";

const row = (
  id: string,
  path: string,
  line: number,
  where: string,
  quote: string,
  reply: string,
  when: string,
  cause: SourceReply["cause"],
): SourceReply => ({
  id: `clamsmtp.${path.replace(/^.*\//, "").replace(/\.c$/, "")}.${id}`,
  mta: "clamsmtp",
  reply,
  quote,
  source: inDebianPackage("clamsmtp", "1.10-17.2", `/clamsmtp-1.10/${path}`, line),
  where,
  when,
  cause,
});

export const CLAMSMTP_SOURCE_REPLIES: readonly SourceReply[] = [
  row(
    "virus",
    "src/clamsmtpd.c",
    95,
    "SMTP_DATAVIRUS, sent by cb_check_data (line 404) under Action: bounce",
    '#define SMTP_DATAVIRUS      "550 Virus Detected; Content Rejected" CRLF',
    "550 Virus Detected; Content Rejected",
    "clamd found a virus in the message and the filter is set to bounce",
    "content-virus",
  ),
  row(
    "local-error",
    "common/smtppass.c",
    93,
    "SMTP_FAILED, sent by sp_fail_data (line 1704) when the scan or the onward connection fails",
    '#define SMTP_FAILED         "451 Local Error" CRLF',
    "451 Local Error",
    "clamd could not be reached or answered with an error, or the filter's own server failed",
    "remote-server-error",
  ),
];
