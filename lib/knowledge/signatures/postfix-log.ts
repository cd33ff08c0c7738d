// Postfix's own words in its mail log (maillog_file or syslog), for the lines an admin pastes
// instead of a bounce. Postfix's replies and report texts are in postfix.ts; this file holds
// only what the log says that no reply does. Source: Postfix 3.7.11 (the version Debian 12
// ships), read at the line that writes each text.
import { sourceLines } from "./mta-defaults";
import type { Signature } from "./types";

const V3711 = "vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd";
const saslGlue = sourceLines("postfix", V3711, "postfix/src/smtpd/smtpd_sasl_glue.c");

export const POSTFIX_LOG_SIGNATURES: Signature[] = [
  // smtpd_sasl_authenticate(): the warning smtpd logs when a client's AUTH fails, beside the
  // "535 5.7.8 Error: authentication failed: ..." it replies. The reason "authentication
  // failure" is Cyrus SASL's text for wrong credentials (SASL_BADAUTH); other reasons (the
  // authentication server unreachable) come with the temporary 454 reply and are not read here.
  saslGlue(
    "log-sasl-authentication-failed",
    347,
    [/\bsasl [a-z0-9_-]{1,20} authentication failed: authentication failure\b/],
    "relay-denied",
    0.85,
    "Dec 07 08:46:53 mx postfix/smtpd[10115]: warning: client.mta-lab.test[192.0.2.160]: SASL PLAIN authentication failed: authentication failure, sasl_username=owner",
    "Postfix's smtpd logs this when a client's SMTP AUTH login fails: the user name or password the sending program gave was not accepted, so the server does not take mail from it as an authenticated user.",
  ),
];
