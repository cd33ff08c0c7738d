// Sendmail's cf/ rulesets and FEATUREs, the texts ./sendmail.ts did not read yet: more of
// proto.m4 and redirect.m4 at the same pinned mirror of 8.17.1.9, and two FEATUREs that Debian's
// sendmail-cf 8.17.1.9-2+deb12u2 adds of its own (rhsbl.m4, domainmap.m4; read from the files
// the package installs). Sendmail writes a refused address as "<addr>... " before the text and
// the $@ status after the code. Placeholders filled: client 192.0.2.1, sender
// bounce@example.net, recipient bob@example.com.
import { debianFile, sourceFile, type SourceReply } from "./types";

const REPO = "deepin-community/sendmail/blob/c7e7de44d95651fef2967c9e1623bb204f250bb3";

const file = sourceFile("sendmail", REPO, "");
const proto = file("cf/m4/proto.m4");
const redirect = file("cf/feature/redirect.m4");

const debian = debianFile("sendmail", "sendmail-cf", "8.17.1.9-2+deb12u2");
const rhsbl = debian("/usr/share/sendmail/cf/feature/rhsbl.m4");
const domainmap = debian("/usr/share/sendmail/cf/feature/domainmap.m4");

export const SENDMAIL_CF_SOURCE_REPLIES: readonly SourceReply[] = [
  proto(
    "user-address-required",
    1045,
    "Parse0 (an address with a domain and no local part)",
    '$#error $@ 5.1.3 $: "_CODE553 User address required"',
    "553 5.1.3 <@example.com>... User address required",
    'the address given has a domain but no local part ("<@example.com>"): the address is malformed',
    "protocol-syntax",
  ),
  proto(
    "mx-check-tempfail",
    1775,
    "Rcpt_ok, FEATURE(relay_mx_served): is this server a backup MX of the recipient's domain?",
    '$#TEMP $@ 4.4.0 $: "450 Can not check MX records for recipient host " $1',
    "450 4.4.0 <bob@example.com>... Can not check MX records for recipient host example.com",
    "the MX lookup of the recipient's domain failed for now (a timeout or SERVFAIL from its name servers) while the server checked whether it relays for it: the domain's DNS cannot be reached, or the server's own resolver failed",
    "unknown",
    ["remote-unreachable", "remote-server-error"],
  ),
  proto(
    "badmx-tempfail",
    2017,
    "BadMX (FEATURE(badmx)) on the sender's domain",
    '$#error $@ 4.1.2 $: "450 MX lookup failure for "$1',
    "450 4.1.2 <bounce@example.net>... MX lookup failure for example.net",
    "the MX lookup of the sender's domain failed for now, so its mail servers could not be checked",
    "sender-address-invalid",
  ),
  proto(
    "badmx-ip",
    2031,
    "BadMX (FEATURE(badmx)): an MX host's address is in the BadMXIP map",
    '$#error $@ 5.1.2 $:"550 Invalid MX record for host "$1',
    "550 5.1.2 <bounce@example.net>... Invalid MX record for host example.net",
    "the sender domain's MX host resolves to an address the server treats as bad (a private or loopback range)",
    "sender-address-invalid",
  ),
  proto(
    "fqdn-required",
    2077,
    "check_rcpt, daemon flag 'r' (recipients must be fully qualified)",
    '$#error $@ 5.5.4 $: "553 Fully qualified domain name required"',
    "553 5.5.4 <bob>... Fully qualified domain name required",
    "the recipient address has no domain and the client is not a local one",
    "protocol-syntax",
  ),
  proto(
    "relay-ptr-tempfail",
    2327,
    "Relay_ok, ${client_resolve} TEMP (a client asking to relay)",
    '$#TEMP $@ 4.4.0 $: "450 Relaying temporarily denied. Cannot resolve PTR record for " $&{client_addr}',
    "450 4.4.0 <bob@example.org>... Relaying temporarily denied. Cannot resolve PTR record for 192.0.2.1",
    "a client asked to relay and its PTR lookup failed for now, so it cannot be let through by name: a relay denial (as 'IP name lookup failed')",
    "relay-denied",
  ),
  redirect(
    "user-moved",
    23,
    "FEATURE(redirect): the address was aliased to new@domain.REDIRECT",
    '$#error $@ 5.1.1 $: "551 User has moved; please try " <$1@$2>',
    "551 5.1.1 <bob@example.com>... User has moved; please try <bob@example.org>",
    "the recipient's address no longer exists here and the site names the new one (RFC 5321's 551, with X.1.1): an address to update, send to the new one",
    "recipient-unknown",
  ),
  rhsbl(
    "blackhole",
    28,
    "FEATURE(rhsbl) default message (_RHSBL_MSG_), sent by check_mail at line 41",
    '"550 Mail from " $`\'&{RHS} " refused by blackhole site \'_RHSBL_SRV_`"',
    "550 5.7.1 <bounce@example.net>... Mail from example.net refused by blackhole site dbl.spamhaus.org",
    "the sender's domain is listed on the right-hand-side (domain) blocklist named",
    "domain-blocklisted",
  ),
  domainmap(
    "lookup-failed",
    91,
    "FEATURE(domainmap): the recipient's local part is not in its domain's map",
    '$#error $@ 5.1.1 $: "550 email address lookup in domain map failed"',
    "550 5.1.1 <bob@example.com>... email address lookup in domain map failed",
    "the virtual domain's map has no entry for the recipient: no such user there",
    "recipient-unknown",
  ),
];
