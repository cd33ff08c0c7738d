// Keyword patterns that many MTAs and filters emit, grouped by cause. Collected from the
// bounce texts documented by the Sisimai project's reason modules (BSD-2-Clause),
// https://github.com/sisimai/p5-sisimai/tree/master/lib/Sisimai/Reason , each module of which
// lists the server wordings it has met, with the servers named. They rank below provider
// and MTA signatures and above the status code. Each keyword is its own example.
import type { CauseId } from "@/lib/causes/causes";
import type { Needle, Signature } from "./types";

const SISIMAI = "https://github.com/sisimai/p5-sisimai/tree/master/lib/Sisimai/Reason";

interface Group {
  name: string;
  cause: CauseId;
  confidence: number;
  needles: readonly Needle[];
  /** Example for each regex needle, in order of the regexes. */
  regexExamples?: readonly string[];
  unless?: readonly Needle[];
}

const GROUPS: readonly Group[] = [
  {
    name: "mailbox-full",
    cause: "mailbox-full",
    confidence: 0.85,
    needles: [
      "account is exceeding their quota", "account is over quota", "account is temporarily over quota", "boite du destinataire pleine",
      "delivery failed: over quota", "disc quota exceeded", "disk quota exceeded", "does not have enough space", "exceeded storage allocation",
      "exceeding its mailbox quota", "full mailbox", "is over disk quota", "is over quota temporarily", "mail quota exceeded",
      "mailbox exceeded the local limit", "mailbox full", "mailbox has exceeded its disk space limit", "mailbox is full",
      "mailbox over quota", "mailbox quota usage exceeded", "mailbox size limit exceeded", "maildir over quota",
      "maildir delivery failed: userdisk quota", "maildir delivery failed: domaindisk quota", "mailfolder is full",
      "not enough storage space in", "over the allowed quota", "quota exceeded", "quota violation for", "recipient reached disk quota",
      "mailbox would exceed maximum allowed storage", "the user's space has been used up", "is over quota", "user has exceeded quota",
      "user has too many messages on the server", "user is over the quota", "user over quota", "would be over the allowed quota",
      "mailbox is over quota", "over quota", "exceeds size limit of mailbox",
    ],
  },
  {
    name: "message-too-large",
    cause: "message-too-large",
    confidence: 0.85,
    needles: [
      "exceeded maximum inbound message size", "line limit exceeded", "max message size exceeded", "message file too big",
      "message length exceeds administrative limit", "message size exceeds fixed limit", "message size exceeds fixed maximum message size",
      "message size exceeds maximum value", "message too big", "message too large", "size limit exceeded", "message is too big",
      "message is too large", "exceeds the maximum message size", "email too large", "size of the message exceeds",
      "message exceeds maximum fixed size", "mail size limit exceeded", "message size too large", "message size limit exceeded",
      "exceeds size limit",
    ],
    unless: ["mailbox size limit", "size limit of mailbox"],
  },
  {
    name: "mailbox-disabled",
    cause: "mailbox-disabled",
    confidence: 0.85,
    needles: [
      " is currently suspended", " temporary locked", "boite du destinataire archivee", "email account that you tried to reach is disabled",
      "has been suspended", "invalid/inactive user", "is a deactivated mailbox", "mailbox currently suspended", "mailbox is frozen",
      "mailbox unavailable or access denied", "recipient rejected: temporarily inactive", "recipient suspend the service",
      "this account has been disabled or discontinued", "this mailbox is disabled", "user suspended", "account is locked",
      "account disabled", "account has been disabled", "mailbox disabled", "mailbox is disabled", "account is disabled",
      "mailbox is inactive", "account is inactive", "account inactive", "inactive account", "deactivated account",
      "account has been deactivated", "disabled mailbox", "mailbox has been disabled", "user account is disabled",
      "due to extended inactivity new mail is not currently being accepted for this mailbox",
    ],
  },
  {
    name: "recipient-unknown",
    cause: "recipient-unknown",
    confidence: 0.82,
    needles: [
      "#5.1.1 bad address", "550 address invalid", "5.1.0 address rejected.", "address does not exist", "address not present in directory",
      "address unknown", "archived recipient", "bad recipient", "bad_recipient", "can't accept user", "destination addresses were unknown",
      "destination server rejected recipients", "email address does not exist", "email address could not be found", "invalid address",
      "invalid mailbox", "invalid mailbox path", "invalid recipient", "is not a known user", "is not a valid mailbox",
      "is not an active address at this host", "mailbox does not exist", "mailbox invalid", "mailbox is unavailable",
      "mailbox not present", "mailbox not found", "mailbox unavailable", "no account by that name here",
      "no mail box available for this user", "no mailbox by that name is currently available", "no mailbox found",
      "no such address here", "no such mailbox", "no such person at this address", "no such recipient", "no such user",
      "no valid recipients, bye", "non-existent user", "nonexistent user", "not a valid recipient", "not a valid user here",
      "not a local address", "recipient does not exist", "recipient is not local", "recipient not exist", "recipient not found",
      "recipient not ok", "recipient unknown", "recipient address rejected: invalid user", "recipient address rejected: invalid-recipient",
      "recipient address rejected: unknown user", "recipient refuses to accept your mail", "requested action not taken: mailbox unavailable",
      "sorry, user unknown", "sorry, no mailbox here by that name", "the email account that you tried to reach does not exist",
      "the user's email name is not found", "there is no one at this address", "this address no longer accepts mail",
      "this email address is wrong or no longer valid", "this spectator does not exist", "unknown e-mail address", "unknown email address",
      "unknown local part", "unknown local-part", "unknown mailbox", "unknown recipient", "unknown user", "user does not exist", "recipient addresses rejected : access denied",
      "user doesn't exist", "user not exist", "user not known", "user unknown", "user missing home directory", "user not found",
      "user does not exist in this domain", "no such local user", "invalid user", "is unknown at host",
      "not our customer", "mailbox not available", "recipient invalid", "no user with that name", "addressee unknown",
      "unknown address", "undeliverable address", "not a valid mailbox", "does not exist here", "is not a valid user",
      "has been replaced by", "no longer available", "user account not found", "account does not exist", "mailbox not exist",
      "user unknown in", "no mailbox here", "no existe", "nessun utente simile in questo indirizzo", "unknown or illegal alias",
      "this user doesn't have a", "address is not valid", "is not a registered user", "recipient rejected", "not listed in domino directory", "not listed in public name & address book",
    ],
    unless: ["sender address rejected", "sender rejected"],
  },
  {
    name: "recipient-domain-invalid",
    cause: "recipient-domain-invalid",
    confidence: 0.82,
    needles: [
      "domain does not exist", "domain is not reachable", "domain must exist", "host or domain name not found", "host unknown",
      "mail domain mentioned in email address is unknown", "name or service not known", "no such domain", "unknown domain",
      "recipient domain must exist", "the account or domain may not exist", "unknown host", "unroutable address",
      "does not accept mail (nullmx)", "host/domain does not accept mail", "host does not accept mail", "domain does not accept mail",
      "name server: .: host not found", "no route for current request", "null mx", "nullmx", "domain not found",
      "no mx record", "mx record not found", "could not resolve", "domain name not found", "no mail exchanger",
      "dns records for the destination computer could not be found", "bad destination system address", "invalid domain",
      "domain isn't in my list", "no valid mx",
    ],
    unless: ["sender address rejected", "sender domain", "domain of sender", "from domain", "sender's domain", "domain=", "mx records for "],
  },
  {
    name: "relay-denied",
    cause: "relay-denied",
    confidence: 0.85,
    needles: [
      "as a relay", "insecure mail relay", "is not permitted to relay through this server without authentication",
      "mail server requires authentication when attempting to send to a non-local e-mail address", "not a gateway",
      "not allowed to relay through this machine", "not an open relay", "not local host", "relay access denied", "relay denied",
      "relaying mail to ", "relay not permitted", "relaying denied", "this system is not configured to relay mail", "unable to relay for",
      "we don't handle mail for", "relaying not allowed", "relay not allowed", "relaying is not allowed", "no relaying",
      "authentication required", "you are not authorized to send mail, authentication is required", "must be authenticated",
      "smtp auth required", "authentication is required for relay", "unable to relay", "relay prohibited", "not permitted to relay",
    ],
  },
  {
    name: "reverse-dns",
    cause: "reverse-dns",
    confidence: 0.88,
    needles: [
      "access denied. ip name lookup failed", "all mail servers must have a ptr record with a valid reverse dns entry",
      "bad dns ptr resource record", "cannot find your hostname", "cannot find your reverse hostname", "fix reverse dns for ",
      "ips with missing ptr records", "no ptr record found", "please get a custom reverse dns name from your isp",
      "ptr record setup", "reverse dns failed", "reverse dns required", "sender ip reverse lookup rejected",
      "this system will not accept messages from servers/devices with no reverse dns", "unresolvable relay host name",
      "we do not accept mail from hosts with dynamic ip or generic dns ptr-records", "no reverse dns", "reverse dns lookup failed",
      "reverse lookup failed", "missing ptr", "invalid ptr", "no ptr record", "ptr record", "rdns", "reverse dns entry",
      "does not have a valid reverse dns", "reverse hostname", "cannot resolve your address", "hostname lookup failed",
      "client host rejected: cannot find your", "ip name lookup failed", "generic dns ptr", "mismatches client ip", "missing reverse dns", /service permits \d{1,3} unverifyable sending ips/,
    ],
    regexExamples: ["450 service permits 2 unverifyable sending IPs - host.example.com is not 192.0.2.1"],
  },
  {
    name: "authentication-failure",
    cause: "authentication-failure",
    confidence: 0.86,
    needles: [
      "//spf.pobox.com", "bad spf records for", "dmarc policy", "please inspect your spf settings", "sender policy framework (spf) fail",
      "sender policy framework violation", "spf (sender policy framework) domain authentication fail", "spf check: fail", "spf fail",
      "spf failure", "spf check failed", "spf validation failed", "failed spf", "spf: fail", "spf record", "is not allowed to send mail from",
      "per it's spf record", "per its spf record", "not permitted by spf", "dkim signature", "dkim verification failed", "dkim fail",
      "failed dkim", "dmarc fail", "dmarc reject", "dmarc verification", "rejected per dmarc", "failed dmarc", "dmarc check failed",
      "message failed authentication", "unauthenticated email", "authentication check failed", "does not pass dmarc",
      "not authorized to send on behalf of", "is not designated as a permitted sender", "designates", "spf=fail", "dkim=fail",
      "dmarc=fail", "_401", "unauthenticated senders not allowed",
    ],
    unless: ["smtp auth", "authentication required", "designates as permitted sender"],
  },
  {
    name: "tls-required",
    cause: "tls-required",
    confidence: 0.88,
    needles: [
      "starttls is required to send mail", "tls required but not supported", "must issue a starttls command first",
      "encryption required", "tls is required", "requires tls", "tls required", "starttls required", "must use starttls",
      "tls negotiation failed", "starttls failed", "tls handshake failed", "failed to establish tls", "certificate verification failed",
      "requiretls", "tls connection required", "does not support tls", "must use tls",
    ],
  },
  {
    name: "rate-limited",
    cause: "rate-limited",
    confidence: 0.84,
    needles: [
      "all available ips are at maximum connection limit", "connection rate limit exceeded", "exceeds per-domain connection limit for",
      "has exceeded the max emails per hour", "throttling failure: daily message quota exceeded", "throttling failure: maximum sending rate exceeded",
      "too many connections", "too many concurrent smtp connections", "too many errors from your ip", "too many recipients",
      "too many smtp sessions for this host", "trop de connexions", "please try again slower", "receiving mail at a rate that prevents additional messages",
      "mail sent from your ip address has been temporarily rate limited", "rate limit", "rate limited", "ratelimit", "throttled",
      "throttling", "too many messages", "sending rate", "sending quota", "message rate", "too fast", "slow down", "try again later, closing connection",
      "exceeded the rate", "too many emails", "connection limit", "maximum number of connections", "too many sessions", "greylisted",
      "greylisting", "try again in", "sending limit", "frequency limited",
    ],
  },
  {
    name: "ip-blocklisted",
    cause: "ip-blocklisted",
    confidence: 0.84,
    needles: [
      "access from ip address", "blocked for abuse", "invalid ip for sending mail of domain", "may not be mail exchanger",
      "dynamic/zombied/spam ips blocked", "hosts with dynamic ip", "host network not allowed", "part of their network is on our block list",
      "currently sending spam see:", "is blocked by earthlink", "rejected based on blacklist", "blocked - see http", "refused - see http",
      "on our block list", "ip address is blocked", "your ip is blocked", "ip blocked", "blocked ip", "sending ip is blocked",
      "dynamic ip", "residential ip", "open proxy", "ip has been blocked",
      // Sendmail V5 transcripts: "no access from mail server [192.0.2.55] which is an open relay" (Sisimai Lhost/V5sendmail.pm).
      "which is an open relay",
    ],
  },
  {
    name: "bad-reputation",
    cause: "bad-reputation",
    confidence: 0.86,
    needles: [
      "a poor email reputation score", "has been temporarily rate limited due to ip reputation", "ip/domain reputation problems",
      "likely suspicious due to the very low reputation", "none/bad reputation", "temporarily deferred due to unexpected volume or user complaints",
      "the sending mta's poor reputation", "poor reputation", "bad reputation", "low reputation", "reputation of the sending",
      "sender reputation", "ip reputation", "domain reputation", "extreme bad ip profile", "listed as abusive", "due to user complaints",
      "reputation too low",
    ],
  },
  {
    name: "content-virus",
    cause: "content-virus",
    confidence: 0.88,
    needles: [
      "it has a potentially executable attachment", "message contains a virus", "message was rejected because it contains a virus",
      "our filters detected a virus",
      "virus detected", "virus found", "contains a virus", "infected with", "malware detected", "malicious content", "banned attachment",
      "attachment type is not allowed", "executable files are not allowed", "blocked attachment", "prohibited attachment",
      "potentially dangerous attachment", "your message was infected", "virus", "malware", "dangerous attachment",
      "executable attachment", "attachment is not allowed", "file type is not allowed",
    ],
    unless: ["spam or virus", "virus or spam", "spam/virus", "antivirus", "anti-virus"],
  },
  {
    name: "content-spam",
    cause: "content-spam",
    confidence: 0.84,
    needles: [
      "the mail server detected your message as spam", "appears to be unsolicited", "block for spam",
      "blocked by policy: no spam please", "blocked by spamassassin", "bulk email", "considered unsolicited bulk e-mail",
      "content filter rejection", "denied due to spam list", "high probability of spam", "mail appears to be unsolicited",
      "mail content denied", "may consider spam", "message considered as spam or virus", "message contains spam or virus",
      "message content rejected", "message detected as spam", "message is being rejected as it seems to be a spam",
      "message looks like spam", "message refused by mailmarshal spamprofiler", "message rejected as spam",
      "message rejected because of unacceptable content", "message rejected due to suspected spam content",
      "our email server thinks this email is spam", "probability of being spam", "our system has detected that this message is",
      "probable spam", "reject bulk.advertising", "rejected due to spam", "rejecting banned content", "rejecting mail content",
      "spam-like characteristics", "spam blocked", "spam check", "spam content matched", "spam detected", "spam email",
      "spam not accepted", "spam refused", "spam rejection", "spam score", "spambouncer identified spam", "spamming not allowed",
      "too much spam", "the email message was detected as spam", "rejected by spam filtering engine", "classification as bulk mail",
      "the content of this message looked like spam", "detected as spam", "is classified as spam", "this message appears to be spam",
      "has been identified as spam", "scored as spam", "spam points", "was classified as spam", "recurrent pattern detection system",
      "transaction failed spam message not queued", "we dont accept spam", "you're using a mass mailer", "appears similar to spam",
      "is considered spam", "is probably spam", "was detected as spam", "triggered a spam block", "may contain the spam contents",
      "failed several antispam checks", "spam message", "identified as spam", "looks like spam", "is spam", "as spam",
      "spamassassin", "suspected spam", "message rejected for policy reasons", "unsolicited", "junk mail", "spam",
    ],
    unless: ["spamhaus", "spamcop", "spam abuse detected from ip", "unsolicited mail originating from your ip"],
  },
  {
    name: "sender-address-invalid",
    cause: "sender-address-invalid",
    confidence: 0.84,
    needles: [
      "access denied (in reply to mail from command)", "access denied (sender blacklisted)", "administrative prohibition",
      "batv failed to verify", "batv validation failure", "backscatter protection detected an invalid or expired email address",
      "bogus mail from", "connections not accepted from servers without a valid sender domain", "denied [bouncedeny]",
      "denied by secumail valid-address-filter", "does not exist e2110", "domain of sender address ", "emetteur invalide",
      "empty envelope senders not allowed", "envelope blocked", "error: no third-party dsns", "from: domain is invalid",
      "fully qualified email address required", "invalid domain, see <url:", "invalid sender", "is not a registered gateway user",
      "mail from not owned by user", "email address is not verified", "mx records for ", "null sender is not allowed",
      "returned mail not accepted here",
      "rfc 1035 violation: recursive cname records for", "rule imposed mailbox access for", "sender address has been blacklisted",
      "sender email address rejected", "sender is in my black list", "sender is spammer", "sender not pre-approved", "sender rejected",
      "sender domain is empty", "sender verify failed", "syntax error: empty email address", "the message has been rejected by batv defense",
      "this server does not accept mail from", "transaction failed unsigned dsn for", "unroutable sender address",
      "you are sending to/from an address that has been blacklisted", "sender address rejected", "sender domain must exist",
      "sender domain does not exist", "sender verification failed", "invalid sender address", "sender address is invalid",
      "unknown sender", "sender unknown", "bad sender", "sender not allowed", "sender denied", "sender blocked",
      "address rejected: sender", "from address rejected", "return path", "sender's domain", "sender domain", "mail from rejected",
      "domain=", "your domain has no mx", "sender address does not exist", "verify the sender",
    ],
    unless: ["sender ip address rejected", "sender policy framework", "5.1.0 address rejected", "recipient address rejected"],
  },
  {
    name: "sender-policy",
    cause: "sender-policy",
    confidence: 0.8,
    needles: [
      "because the recipient is only accepting mail from specific email addresses", "bounced address", "message filtered", "header error", "has restricted sms e-mail",
      "is not accepting any mail", "message rejected due to user rules", "not found recipient account", "refused due to recipient preferences",
      "resolver.rst.notauthorized", "this account is protected by", "user reject", "refuse to receive mail", "you have been blocked by the recipient",
      "because the sender isn't on the recipient's list of senders to accept mail from", "you are not allowed to post to this mailing list",
      "not authorized to send to", "sender is not allowed", "blocked by the recipient", "not on the recipient's list",
      "rejected by recipient", "rejected by the recipient", "blocked by policy", "policy violation", "against policy",
      "violates the policy", "content policy", "local policy", "administratively denied", "access denied", "blocked by",
      "not allowed to send", "prohibited", "delivery not authorized", "rejected for policy reasons", "policy reasons", "filtered",
      "not authorized", "refused by", "denied by policy",
    ],
  },
  {
    name: "protocol-syntax",
    cause: "protocol-syntax",
    confidence: 0.82,
    needles: [
      "header size exceeds maximum permitted", "improper use of 8-bit data in message header", "message header size, or recipient list, exceeds policy limit",
      "message mime complexity exceeds the policy maximum", "routing loop detected -- too many received: headers",
      "this message contain invalid mime headers", "this message contain improperly-formatted binary content",
      "this message contain text that uses unnecessary base64 encoding", "duplicate header", "this message is not rfc 5322 compliant",
      "not rfc 5322 compliant", "not rfc compliant", "rfc 5322", "rfc 2822", "rfc2822", "rfc 822", "syntax error", "command unrecognized",
      "command not recognized", "unrecognized command", "bad sequence of commands", "invalid command", "line too long", "lines too long",
      "malformed", "invalid header", "missing header", "bare lf", "bare linefeed", "8bit data", "8-bit data", "non-ascii",
      "invalid mime", "mime error", "invalid characters", "no from header", "missing from header", "multiple from",
    ],
  },
  {
    name: "remote-unreachable",
    cause: "remote-unreachable",
    confidence: 0.82,
    needles: [
      "connection timed out", "could not find a gateway for", "delivery attempts will continue to be", "delivery time expired",
      "failed to deliver to domain ", "giving up on", "have been failing for a long time", "it has not been collected after",
      "message expired after sitting in queue for", "message expired", "message timed out", "retry time not reached for any host after a long failure period",
      "server did not respond", "this message has been in the queue too long", "unable to deliver message after multiple retries",
      "was not reachable within the allowed queue period", "your message could not be delivered for more than", "could not connect and send the mail to",
      "host is unreachable", "host name lookup failure", "host not found, try again", "malformed name server reply", "no route to host",
      "unable to resolve route ", "malformed or unexpected name server reply", "host not reachable", "hop count exceeded", "too many hops", "connection refused", "connection reset", "network is unreachable", "timed out", "timeout",
      "could not be delivered within", "retry timeout exceeded", "expired", "queue too long", "could not connect", "unable to connect",
      "failed to connect", "no answer from host", "connection dropped", "connection closed", "lost connection", "delivery time out",
      "has been delayed", "delivery is delayed", "delivery has been delayed", "delayed",
      // DragonFly's dma(8) on a message past its queue lifetime: "Could not deliver for the last N seconds. Giving up."
      /could not deliver for the last \d{1,9} seconds/,
    ],
    regexExamples: ["Could not deliver for the last 432000 seconds. Giving up."],
  },
  {
    name: "remote-server-error",
    cause: "remote-server-error",
    confidence: 0.78,
    needles: [
      "aliasing/forwarding loop broken", "can't create user output file", "could not load drd for domain", "internal error reading data",
      "internal server error", "interrupted system call", "it encountered an error while being processed", "it would create a mail loop",
      "local configuration error", "local error in processing", "loop was found in the mail exchanger", "loops back to myself",
      "queue file write error", "mail system configuration error", "remote server is misconfigured", "server configuration error",
      "service currently unavailable", "system config error", "temporary local problem", "timeout waiting for input",
      "mail system full", "insufficient system storage", "system storage", "mailer error", "command failed:", "command died with status",
      "procmail", "maildrop", "exit 75", "exit 73", "x-unix;", "mail forwarding loop", "maximum forwarding loop count exceeded",
      "message looping", "message probably in a routing loop", "mail loop", "routing loop", "internal error",
      "system error", "transaction failed", "insufficient disk space", "try again later", "service unavailable", "server error", "not available",
      "temporarily unavailable", "database error", "i/o error", "disk full", "out of memory", "cannot process",
    ],
  },
];

function slug(needle: Needle, i: number): string {
  const base = typeof needle === "string" ? needle : `re${i}`;
  return base.replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 48) || `n${i}`;
}

const usedIds = new Set<string>();

export const GENERIC_SIGNATURES: readonly Signature[] = GROUPS.flatMap((g) => {
  let regexNo = 0;
  return g.needles.map((needle, i): Signature => {
    // A needle ending in a space expects a word after it.
    const example = typeof needle === "string" ? `550 ${needle.trimStart()}${needle.endsWith(" ") ? "example.com" : ""}` : (g.regexExamples?.[regexNo++] ?? "");
    let id = `generic.${g.name}.${slug(needle, i)}`;
    if (usedIds.has(id)) id = `${id}-${i}`;
    usedIds.add(id);
    return {
      id,
      provider: "generic",
      match: [needle],
      ...(g.unless ? { unless: g.unless } : {}),
      cause: g.cause,
      // Longer phrases are more specific than single words.
      confidence: typeof needle === "string" && needle.trim().length < 12 ? g.confidence - 0.12 : g.confidence,
      source: SISIMAI,
      example,
    };
  });
});
