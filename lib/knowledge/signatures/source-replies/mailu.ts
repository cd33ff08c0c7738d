// Mailu (Mailu/Mailu at the commit read), the Docker mail suite of Postfix, Dovecot and Rspamd:
// its own texts for Rspamd's forced actions (core/rspamd/conf/force_actions.conf) and its
// attachment map (multimap.conf), which Rspamd's proxy gives Postfix as a milter with the codes
// of ./rspamd.ts: reject 554 5.7.1, soft reject 451 4.7.1.
import { sourceFile, type SourceReply } from "./types";

const REPO = "Mailu/Mailu/blob/bbb1c206f9c8e438bb7f7193bdd8eea2ed09d7fd";

const file = sourceFile("mailu", REPO, "core/rspamd/conf/");
const force = file("force_actions.conf");
const multimap = file("multimap.conf");

export const MAILU_SOURCE_REPLIES: readonly SourceReply[] = [
  force(
    "antispoof-noauth",
    5,
    "force action ANTISPOOF_NOAUTH (reject)",
    'message = "Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.";',
    "554 5.7.1 Rejected (anti-spoofing: noauth). Please setup DMARC with DKIM or SPF if you want to send emails from your domain from other servers.",
    "mail from outside claims one of the server's own domains and carries no DKIM, SPF, DMARC or ARC result",
    "authentication-failure",
  ),
  force(
    "dmarc-enforced",
    10,
    "force action ANTISPOOF_DMARC_ENFORCE_LOCAL (reject)",
    'message = "Rejected (anti-spoofing: DMARC compliance is enforced for local domains, regardless of the policy setting)";',
    "554 5.7.1 Rejected (anti-spoofing: DMARC compliance is enforced for local domains, regardless of the policy setting)",
    "mail from outside in one of the server's own domains fails DMARC (whatever that domain's policy)",
    "authentication-failure",
  ),
  force(
    "antispoof-auth-failed",
    15,
    "force action ANTISPOOF_AUTH_FAILED (reject; the whitelist module's BLACKLIST_ANTISPOOF for local domains without valid DMARC)",
    'message = "Rejected (anti-spoofing: auth-failed)";',
    "554 5.7.1 Rejected (anti-spoofing: auth-failed)",
    "mail in one of the server's own domains arrives from outside without passing DMARC",
    "authentication-failure",
  ),
  force(
    "virus",
    20,
    "force action ANTIVIRUS_FLAGGED (ClamAV's CLAM_VIRUS)",
    'message = "Rejected (dangerous/malicious code detected)";',
    "554 5.7.1 Rejected (dangerous/malicious code detected)",
    "ClamAV found malware in the message",
    "content-virus",
  ),
  force(
    "macro",
    25,
    "force action OLETOOLS_DANGEROUS",
    'message = "Rejected (dangerous macro detected)";',
    "554 5.7.1 Rejected (dangerous macro detected)",
    "oletools found a dangerous macro in an Office attachment",
    "content-virus",
  ),
  force(
    "scanner-not-ready",
    30,
    "force action ANTIVIRUS_FAILED (soft reject)",
    'message = "Please retry later (anti-virus/oletools not ready)";',
    "451 4.7.1 Please retry later (anti-virus/oletools not ready)",
    "ClamAV or oletools could not scan the message (not started or failed)",
    "remote-server-error",
  ),
  multimap(
    "forbidden-extension",
    25,
    "multimap FORBIDDEN_FILE_EXTENSION (reject, prefilter)",
    'message = "Forbidden attachment extension";',
    "554 5.7.1 Forbidden attachment extension",
    "an attachment's extension is on Mailu's forbidden_file_extension.map",
    "content-virus",
  ),
];
