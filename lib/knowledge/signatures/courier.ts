// Courier MTA default texts. Sources: Courier documentation, https://www.courier-mta.org/courierd.html
// and https://www.courier-mta.org/esmtpd.html; and Courier's own source at the commit of the
// release Debian 12 packages (courier-mta 1.0.16, tag courier/1.0.16/20210301074007), whose
// strings the real-MTA lab recorded (lib/knowledge/lab/fixtures/courier).
import { rows } from "./mta-defaults";
import type { Signature } from "./types";

const COURIER_1_0_16 =
  "https://github.com/svarshavchik/courier/blob/858a557f97f059e509c1fef9901d23b131ca1c6f/courier/courier";

// Courier at a later commit (its master as fetched), for the texts of submit.C and its filters
// read for a probe of documented strings: each line cited where the text is written.
const COURIER_HEAD =
  "https://github.com/svarshavchik/courier/blob/fe506ccc6d496692ea153e5b2cb0a4dc5bdb7b69/courier/courier";

export const COURIER_SIGNATURES: Signature[] = [
  // submit.C: a recipient who takes mail only from senders on a whitelist defers the others
  // (you_are_not_whitelisted, its 412); the sender domain's MX records name an address or a
  // CNAME, which RFC 1035 section 3.3.9 forbids (the sender's own DNS is wrong).
  ...rows("courier", `${COURIER_HEAD}/submit.C#L105`, [
    [
      "not-whitelisted",
      ["you are not whitelisted by this recipient"],
      "sender-policy",
      0.85,
      "412 You are not whitelisted by this recipient, please try again later.",
    ],
  ]),
  ...rows("courier", `${COURIER_HEAD}/submit.C#L1196`, [
    [
      "sender-mx-invalid",
      ["violate section 3.3.9 of rfc 1035"],
      "sender-address-invalid",
      0.85,
      "517-MX records for <bob@example.com> violate section 3.3.9 of RFC 1035.",
    ],
  ]),
  // filters/ratefilter.C: the sender passed the filter's limit of messages in its interval;
  // Courier answers with 500 (a permanent code of its own choosing), whose registry reading
  // (a syntax error) these words outweigh.
  ...rows("courier", `${COURIER_HEAD}/filters/ratefilter.C#L167`, [
    [
      "rate-filter",
      ["number of messages exceeded administrative limit"],
      "rate-limited",
      0.9,
      "500 Number of messages exceeded administrative limit.",
    ],
  ]),

  ...rows("courier", "https://www.courier-mta.org/esmtpd.html", [
    [
      "unknown-user",
      ["550 user unknown.", "unknown user."],
      "recipient-unknown",
      0.85,
      "550 User unknown.",
    ],
    [
      "prohibited",
      ["delivery to this address is prohibited"],
      "sender-policy",
      0.8,
      "511 Delivery to this address is prohibited.",
    ],
    ["mailbox-full", ["mailbox full.", "maildir over quota"], "mailbox-full", 0.9, "Mailbox full."],
    ["dns-error", ["no such domain."], "recipient-domain-invalid", 0.85, "No such domain."],
  ]),
  // module.local/local.c: a local or hosted-domain address with no account, refused at RCPT
  // ("User <%s> unknown", the address between the angle brackets).
  ...rows("courier", `${COURIER_1_0_16}/module.local/local.c#L428`, [
    [
      "user-address-unknown",
      [/\buser <[^<>\s]{1,256}> unknown/],
      "recipient-unknown",
      0.9,
      "550 User <nosuch@example.com> unknown",
    ],
  ]),
  // submit2.C: the message passed the server's sizelimit while it was being received (DATA).
  // The reply code is Courier's own 523 (its codes echo RFC 3463's 5.2.3), not RFC 5248's.
  ...rows("courier", `${COURIER_1_0_16}/submit2.C#L654`, [
    [
      "size-limit",
      [/message length \(\d{1,15} bytes\) exceeds administrative limit/],
      "message-too-large",
      0.92,
      "523 Message length (50072 bytes) exceeds administrative limit(50000).",
    ],
  ]),
  // submit.C checkdns(): the MAIL FROM domain checked in DNS (BOFHCHECKDNS, on by default).
  // Every hard failure (no such domain, bad MX, CNAME loop) ends with the "Invalid domain"
  // line; a resolver failure is the temporary "DNS lookup failure ... Try again later".
  ...rows("courier", `${COURIER_1_0_16}/submit.C#L1199-L1213`, [
    [
      "sender-domain-invalid",
      ["invalid domain, see <url:", "517-domain does not exist:"],
      "sender-address-invalid",
      0.9,
      "517-Domain does not exist: example.invalid. 517 Invalid domain, see <URL:https://www.ietf.org/rfc/rfc1035.txt>",
    ],
    [
      "log-sender-domain-invalid",
      [/\b517[ -]domain does not exist: /],
      "sender-address-invalid",
      0.85,
      "Dec  7 09:17:08 mx courieresmtpd: error,relay=::ffff:192.0.2.160,port=35203,from=<someone@nx-sender.mta-lab.test>: 517-Domain does not exist: nx-sender.mta-lab.test.",
      "The same refusal in Courier's mail log: the lab's Courier 1.0.16 logged only the reply's first line, without the 'Invalid domain' line the entry above also reads. 517 is the code Courier gives its sender-domain check; the domain named is the MAIL FROM address's.",
    ],
    [
      "sender-domain-dns-failure",
      [/dns lookup failure: [^\s]{1,253}\.? ?try again later/],
      "sender-address-invalid",
      0.85,
      "417 DNS lookup failure: example.com.  Try again later.",
      "Courier could not look up the sender address's domain in DNS (its name servers failed), so it deferred the mail.",
    ],
  ]),
  // submit.C checkdns(): a sender on the bofh file's badfrom list ("Reject all mail with the
  // return address of <user@domain>", doc/courier.sgml) is refused with "517 Sender rejected: "
  // and the address, nothing more: the receiving site's block of this sender. The same words
  // open the freemail refusal (line 1138), which goes on to say where the sender's mail must
  // come from; other servers write "sender rejected" for a sender that fails their checks
  // (generic.ts). Courier's own 517 tells its badfrom line from theirs.
  {
    id: "courier.badfrom",
    provider: "courier",
    match: ["sender rejected:"],
    replyCode: [517],
    unless: ["can be accepted only from"],
    cause: "sender-policy",
    confidence: 0.9,
    source: `${COURIER_1_0_16}/submit.C#L1123`,
    example: "517 Sender rejected: alice@example.net",
    note: "The sender's address or domain is on the receiving site's badfrom list: only the recipient's administrator can lift the block.",
  },
  // submit.C checkdns(), freemail: the sender claims a domain of the bofh file's freemail list
  // but the client is not one of that provider's mail servers (a forged sender).
  {
    id: "courier.freemail",
    provider: "courier",
    match: ["can be accepted only from"],
    also: ["mail relays"],
    cause: "sender-address-invalid",
    confidence: 0.85,
    source: `${COURIER_1_0_16}/submit.C#L1136-L1140`,
    example:
      "517-Sender rejected: alice@example.net can be accepted only from 517 example.net's mail relays.",
    note: "The sender address is in a free-mail domain, but the mail did not come from that provider's own servers: send it through the provider's servers.",
  },
  // submit.C checkhelo() (opt BOFHCHECKHELO=1): the HELO/EHLO name does not exist in DNS, or
  // does not point at the client's address, or could not be looked up. Only DNS is asked (no
  // syntax check: the lab's "bad_helo!name" fails the same lookup), the condition Postfix's
  // reject_unknown_helo_hostname refuses ("Helo command rejected: Host not found"), which reads
  // as reverse-dns: the sending server's own name is not in DNS as its address.
  ...rows("courier", `${COURIER_1_0_16}/submit.C#L848-L872`, [
    [
      "helo-check",
      [
        /\bhelo [^\s]{1,255} does not exist\./,
        /\bhelo [^\s]{1,255} does not match [0-9a-f:.]{2,45}/,
        /dns lookup on helo [^\s]{1,255} failed/,
      ],
      "reverse-dns",
      0.85,
      "517 HELO bad_helo!name does not exist.",
    ],
  ]),
  // module.esmtp/esmtpclient.c connect_error1(): a failed connection to the recipient's mail
  // server is reported with the system's error text (strerror: "Network is down", ENETDOWN);
  // when the queue time runs out the last of them is the DSN's reason.
  ...rows("courier", `${COURIER_1_0_16}/module.esmtp/esmtpclient.c#L501-L512`, [
    [
      "connect-error",
      ["network is down"],
      "remote-unreachable",
      0.85,
      "Network is down",
      "Courier could not connect to the recipient domain's mail server and gave up when the message's queue time ran out.",
    ],
  ]),
];
