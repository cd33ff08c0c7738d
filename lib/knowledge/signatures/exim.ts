// Exim default texts. Sources: the Exim specification, chapters "Retry configuration",
// "Address verification" and "Access control lists", https://www.exim.org/exim-html-current/doc/html/spec_html/
import { rows } from "./mta-defaults";
import type { Signature } from "./types";

const SPEC = "https://www.exim.org/exim-html-current/doc/html/spec_html";

export const EXIM_SIGNATURES: Signature[] = [
  ...rows(
    "exim",
    "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html",
    [
      [
        "mx-nonexistent",
        [
          "all relevant mx records point to non-existent hosts",
          "all host address lookups failed permanently",
        ],
        "recipient-domain-invalid",
        0.93,
        "all relevant MX records point to non-existent hosts",
      ],
      [
        "retry-timeout",
        [
          "retry timeout exceeded",
          "retry time not reached for any host after a long failure period",
          "have been failing for a long time",
        ],
        "remote-unreachable",
        0.92,
        "retry timeout exceeded",
      ],
      [
        "quota",
        ["mailbox quota exceeded", "mailbox is full: retry timeout exceeded"],
        "mailbox-full",
        0.95,
        "mailbox is full: retry timeout exceeded",
      ],
      ["relay", ["relay not permitted"], "relay-denied", 0.95, "550 relay not permitted"],
      [
        "sender-verify",
        ["sender verify failed", "sender verification failed", "could not complete sender verify"],
        "sender-address-invalid",
        0.93,
        "550-Verification failed for <a@example.invalid> 550 Sender verify failed",
      ],
      [
        "blacklist-at",
        [/is in a black list at [a-z0-9.-]{3,255}/],
        "ip-blocklisted",
        0.9,
        "550 Rejected because 192.0.2.1 is in a black list at zen.spamhaus.org",
      ],
      [
        "lines-too-long",
        ["message has lines too long for transport", "overlong header"],
        "protocol-syntax",
        0.9,
        "message has lines too long for transport",
      ],
      [
        "too-big",
        ["message too big", "message size exceeds maximum permitted"],
        "message-too-large",
        0.9,
        "552 Message size exceeds maximum permitted",
      ],
      [
        "no-such-user",
        ["no such user here", "unknown user"],
        "recipient-unknown",
        0.9,
        "550 No Such User Here",
      ],
      [
        "pipe-failed",
        ["child process of", "returned: 1 (operation not permitted)"],
        "remote-server-error",
        0.6,
        "Child process of address_pipe transport returned 127",
      ],
    ],
  ),
  {
    // Exim fails an address as "Unrouteable address" when no router accepts it (src/route.c).
    // For a domain the reporting Exim handles itself (its own host is under that domain) the
    // domain routed: what no router accepted is the local part, an unknown user. Elsewhere the
    // same words usually mean a domain the dnslookup router cannot find (providers/exim.ts).
    id: "exim.unrouteable-local-domain",
    provider: "exim",
    match: ["unrouteable address"],
    unless: ["sender verify failed"],
    recipientDomain: "local",
    cause: "recipient-unknown",
    confidence: 0.9,
    source: "https://github.com/Exim/exim/blob/master/src/src/route.c",
    example:
      "Reporting-MTA: dns; mx.example.com\n\nAction: failed\nFinal-Recipient: rfc822;nosuch@example.com\nStatus: 5.0.0\nDiagnostic-Code: X-Exim; Unrouteable address",
    note: "The reporting server handles this recipient's domain itself and found no such user there.",
  },
  // Examples the Exim specification gives for ACLs and that servers use as written:
  // "Content scanning at ACL time" (mime ACL refusing file extensions, regex condition), the
  // ratelimit example of "Access control lists", and the default configuration's
  // "Restricted characters in address" (src/configure.default) and Debian exim4-config's
  // "Message headers fail syntax check" (verify = header_syntax).
  ...rows("exim", `${SPEC}/ch-content_scanning_at_acl_time.html`, [
    [
      "blacklisted-extension",
      ["blacklisted file extension detected"],
      "content-virus",
      0.9,
      "550 Blacklisted file extension detected",
      "The message carries an attachment whose file type the server refuses (executables are the usual carriers of malware).",
    ],
    [
      "blacklisted-regex",
      ["contains blacklisted regex"],
      "content-spam",
      0.85,
      "550 contains blacklisted regex (URGENT BUSINESS PROPOSAL)",
      "The server's content filter matched a pattern it refuses in the message's body or headers.",
    ],
  ]),
  ...rows("exim", `${SPEC}/ch-access_control_lists.html`, [
    [
      "rate-exceeds",
      [/sender rate exceeds \d{1,9}(?:\.\d{1,6})? [a-z]{1,20} per/],
      "rate-limited",
      0.9,
      "451 Sender rate exceeds 100 messages per 1h",
      "The server limits how fast one sender may send (Exim's ratelimit condition): wait and send slower.",
    ],
  ]),
  ...rows("exim", "https://github.com/Exim/exim/blob/master/src/src/configure.default", [
    [
      "restricted-characters",
      ["restricted characters in address"],
      "protocol-syntax",
      0.9,
      "550 Restricted characters in address",
      "The address holds characters the server refuses in a local part (@ % ! / | or a leading dot).",
    ],
  ]),
  ...rows(
    "exim",
    "https://salsa.debian.org/exim-team/exim4/-/blob/master/debian/debconf/conf.d/acl/40_exim4-config_check_data",
    [
      [
        "header-syntax",
        ["message headers fail syntax check", "header syntax"],
        "protocol-syntax",
        0.9,
        "550 Message headers fail syntax check",
        "A header of the message (usually an address header such as From, To or Cc) is not valid RFC 5322 syntax.",
      ],
    ],
  ),
];
