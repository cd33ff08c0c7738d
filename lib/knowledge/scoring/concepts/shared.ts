// What several concept families share: the words that say a check failed, the words that make
// a "does not exist" about something other than the recipient, and the sources the examples
// cite (repositories at pinned commits, test data of bounce parsers).
export const FAILED = [
  "fail",
  "did not pass",
  "didn't pass",
  "does not pass",
  "doesn't pass",
  "not pass",
  "not authorized",
  "not authorised",
  "not permitted",
  "not allowed",
  "invalid",
  "rejected",
  "violation",
];

/** A real bounce kept in a public repository's test data: the server's words, cited there. */
export const BOUNCE_PARSER = "rjbs/Mail-DeliveryStatus-BounceParser";
export const CRISP = "crisp-oss/email-bounce-parser";
export const FLUFL = "wRAR/flufl.bounce";
export const RONBELTRAN = "ronbeltran/bounce_email";
export const CFORTUNE = "cfortune/PHP-Bounce-Handler";
/** Mail servers read for issue 8's source sweep (lib/knowledge/signatures/source-replies). */
export const HARAKA = "https://github.com/haraka";
export const CYRUS =
  "https://github.com/cyrusimap/cyrus-imapd/blob/6309cd0f35e0875ebbcca7fe07ec032610d5dd24";
export const DOVECOT =
  "https://github.com/dovecot/core/blob/9b531029644971dde4e343dcb593ed709b78ef22";
export const MADDY =
  "https://github.com/foxcpp/maddy/blob/837b1b8a7761eaaa9ae2b3ff8c9b3a4495e9821e";
export const HMAILSERVER =
  "https://github.com/hmailserver/hmailserver/blob/4d11f81d14af5136b5e0e1d231e0eb19d8361177/hmailserver/source";
export const RSPAMD =
  "https://github.com/rspamd/rspamd/blob/05da2709be658402e851f5bebc1e6968ac786089";
export const IREDAPD =
  "https://github.com/iredmail/iRedAPD/blob/60b2eed4a577a5a09aacc64d64d29d3402143221";
export const STALWART =
  "https://github.com/stalwartlabs/mail-server/blob/55e62a683048d934a3890e86e6384c65fc29b0f2/crates/smtp/src/inbound";
/** Round 3 of the source sweep: list managers, Node, Go and Python servers, cPanel. */
export const MAILMAN3 = "debian:mailman3=3.3.8-2~deb12u2:/usr/lib/python3/dist-packages/mailman";
export const MAILMAN2 =
  "https://github.com/jurov/gnu-mailman/blob/255348a9654b8b5ee1930936cafb991f1dee85a7";
export const MLMMJ = "debian:mlmmj=1.3.0-4:/usr/share/mlmmj/text.skel/en/deny-post";
export const SYMPA =
  "https://github.com/sympa-community/sympa/blob/1d59e9a4998f72ee7bd84d0ee2aa30aee5f8f5de";
export const ZONEMTA =
  "https://github.com/zone-eu/zone-mta/blob/cf94b992e3a5eb81f0bdf28455210227e68a44a9";
export const POSTAL =
  "https://github.com/postalserver/postal/blob/8ef89606bc34146fffba77a604dd824e6b1cdcc2";
export const AIOSMTPD =
  "https://github.com/aio-libs/aiosmtpd/blob/44c0159d77719ffc38696f166b49c5edc013560a";
export const MIMEDEFANG =
  "https://github.com/The-McGrail-Foundation/MIMEDefang/blob/52e0727e0993cae6a01ec0f58e39e5c8aedf6b2a";
/** Lavabit's mail server (magma): its SMTP replies, each saying which limit or lock refused. */
export const MAGMA =
  "https://github.com/lavabit/magma/blob/7afb44ee0435079f6911232cd49ce3d2ba121d20/src/servers/smtp";
export const MOX =
  "https://github.com/mjl-/mox/blob/1c9587665b321199312e11b6a47a0480a9e2750f/smtpserver";
/** qpsmtpd's plugins (its replies read for a probe of documented strings, session 13). */
export const QPSMTPD =
  "https://github.com/smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f";
export const COURIER_HEAD =
  "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier";
export const POSTFIX_SMTPD_CHECK =
  "https://github.com/vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c/postfix/src/smtpd/smtpd_check.c";

/** Words that name the sender's side of the envelope: a "does not exist" beside them is the sender's. */
export const SENDER_WORDS = [
  "sender",
  "mail from",
  "from address",
  "envelope from",
  "return path",
  "return-path",
  "originator",
];

// Words that make a recipient's "does not exist" or "not found" about something else: the
// sender's address (sender-address-invalid), the recipient's domain (recipient-domain-invalid),
// an SMTP AUTH login (the sender's own account).
export const NOT_THE_RECIPIENT = [
  ...SENDER_WORDS,
  "domain does not exist",
  "domain doesn't exist",
  "domain not found",
  "domain name not found",
  "no such domain",
  "unknown domain",
  "host not found",
  "host unknown",
  "unknown host",
  "nxdomain",
  // Elastic Email: "The domain part of the email address does not exist or could not be
  // resolved" is the domain's.
  "domain part",
  // A hedge over several causes (cPanel's "The account or domain may not exist, they may be
  // blacklisted, or missing the proper dns entries", crisp-oss 550_unkown_server.txt).
  "may not exist",
  "authentication",
  "login",
  "password",
  "credential",
  // The connecting client's address or name ("your IP address does not exist in our allow
  // list", "the PTR record for your address does not exist"): a policy on the sender's host.
  // An operating system's error text (strerror: ENOENT, ESRCH, ENODEV, ENXIO) from a local
  // delivery program: "Failed to read response template ...: No such file or directory" under
  // a piped recipient (Sisimai's lhost-exim-44) is the program's failure, not an unknown user.
  "no such file",
  "no such process",
  "no such device",
  // (Not "client": it is a common local part, "550 5.1.1 <client@mistas.com> User doesn't
  // exist", crisp-oss 550_5_1_1_no_such_recipient_variant_8.txt.)
  "ip address",
  "helo",
  "ehlo",
  "ptr",
  "reverse",
  "whitelist",
  "allowlist",
  "allow list",
];
