// Exim default texts. Sources: the Exim specification, chapters "Retry configuration",
// "Address verification" and "Access control lists", https://www.exim.org/exim-html-current/doc/html/spec_html/
import { rows } from "./mta-defaults";

export const EXIM_SIGNATURES = rows(
  "exim",
  "https://www.exim.org/exim-html-current/doc/html/spec_html/ch-retry_configuration.html",
  [
    [
      "unrouteable",
      ["unrouteable address"],
      "recipient-domain-invalid",
      0.9,
      "Unrouteable address",
    ],
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
);
