// Sources of generic wordings (generic.ts) whose cause concerns the recipient: recipient-unknown, mailbox-full, mailbox-disabled, recipient-domain-invalid, message-too-large. Same rules as
// generic-sources.ts: the exact string as the source writes it, the source's own meaning.
import { gh, type WordingSource } from "./generic-source-types";

const POSTFIX = "vdukhovni/postfix/blob/17830e5c13c160d51c95cb971d137a46de84e48c";
const EXIM = "Exim/exim/blob/13835a3c1e057efad7da269c0f93bf2eac850205";
const EXIM_DEFAULT = "Exim/exim/blob/568dbf1701e031eb1b0cfb50d3a656477f4198c8";
const COURIER = "svarshavchik/courier/blob/858a557f97f059e509c1fef9901d23b131ca1c6f";
const NOTQMAIL = "notqmail/notqmail/blob/a7012e4fdf2f82f6aa5abe2f57e20831d238d774";
const GO_SMTP = "emersion/go-smtp/blob/ab24fe7cbe995d404af3b1c093195f2f43b94688";
const QPSMTPD = "smtpd/qpsmtpd/blob/df5b04d857e6f6602cef0dd4f2c09f163e20672f";
const FREEBSD = "freebsd/freebsd-src/blob/bdc8787cc2e1fa54b037e2b26d134550e95cce1b";
const CPYTHON = "python/cpython/blob/a94cdb894ce27ca42628ac327af240ccec3b7c75";
const TWISTED = "twisted/twisted/blob/64661601a1e492a9448ac1011deb9cd9467a9e30";
// Real bounces kept in public bounce parsers' test data (issue 8: the servers' own words).
const FLUFL = "wRAR/flufl.bounce/blob/796a6b901710175ca367f79c0ac6d963201db91d";
const RONBELTRAN = "ronbeltran/bounce_email/blob/0126263ab0e2be318ed65cec77b0141be3812cee";
const BOUNCE_PARSER =
  "rjbs/Mail-DeliveryStatus-BounceParser/blob/3133a16326c596e0e9fc97469930aee535962bcf";
const SENDGRID_DOCS = "sendgrid/docs/blob/c3eb3fef6132c26b9ee0f94de031e6b0fac7b1c5";

export const RECIPIENT_WORDING_SOURCES: readonly WordingSource[] = [
  // Mail servers' own texts.
  {
    // Exim's default configuration: the localuser router's text for a local part with no
    // account, sent as the RCPT refusal.
    url: gh(EXIM_DEFAULT, "src/src/configure.default#L804"),
    title: "Exim default configuration (localuser router), src/src/configure.default",
    wordings: [
      {
        needle: "unknown user",
        quote: "cannot_route_message = Unknown user",
        output: "550 Unknown user",
      },
    ],
  },
  {
    // Courier's local delivery module: no account for the local part.
    url: gh(COURIER, "courier/courier/module.local/local.c#L428"),
    title: "Courier mail server, courier/module.local/local.c",
    wordings: [
      {
        needle: /\buser <[^<>\s]{1,256}> unknown/,
        quote: "User <%s> unknown",
        output: "550 User <nosuch@example.com> unknown",
      },
    ],
  },
  {
    // Twisted's SMTP server: validateTo refused the recipient (twisted.mail's domains raise it
    // for a user they do not have); SMTP._ebToValidate sends the exception's code and text.
    url: gh(TWISTED, "src/twisted/mail/_except.py#L268"),
    title: "Twisted mail, SMTPBadRcpt's default reply, src/twisted/mail/_except.py",
    wordings: [
      {
        needle: "cannot receive for specified address",
        quote: "resp='Cannot receive for specified address'",
        output: "550 Cannot receive for specified address",
      },
    ],
  },
  {
    // Exim 4.99: the sample pipe script its documentation offers for unknown local parts; its
    // output is returned to the sender.
    url: gh(EXIM, "src/util/unknownuser.sh"),
    title: "Exim sample unknown-user script, src/util/unknownuser.sh",
    wordings: [
      {
        needle: "is not a known user",
        quote: '"$LOCAL_PART" is not a known user mailbox in the domain "$DOMAIN".',
        output: '"bob" is not a known user mailbox in the domain "example.com".',
      },
    ],
  },
  {
    // The FAQ's autoreply transport for addresses no router handles (subject "User does not
    // exist").
    url: gh(EXIM, "doc/doc-src/FAQ.src"),
    title: "Exim FAQ (autoreply for non-existent users), doc/doc-src/FAQ.src",
    wordings: [
      {
        needle: "not a valid user here",
        quote: "You sent mail to $local_part. That's not a valid user here.",
        output: "You sent mail to bob. That's not a valid user here.",
      },
    ],
  },
  {
    // postconf(5), relocated_prefix_enable: the relocated(5) entry for a disabled account.
    url: gh(POSTFIX, "postfix/proto/postconf.proto"),
    title: "Postfix postconf(5) (relocated_prefix_enable example), postconf.proto",
    wordings: [
      {
        needle: "user account is disabled",
        quote: "user@example.com 5.2.1 User account is disabled",
        output:
          "550 5.2.1 <user@example.com>: Recipient address rejected: User account is disabled",
      },
    ],
  },
  {
    // Postfix's fallback text for a relocated_maps entry that lacks a valid status and text:
    // RFC 5321's "mailbox unavailable" family, which names no single cause (RESTATEMENTS).
    url: gh(POSTFIX, "postfix/src/trivial-rewrite/resolve.c"),
    title: "Postfix trivial-rewrite(8) (relocated_maps), resolve.c",
    wordings: [
      {
        needle: "mailbox is unavailable",
        quote: "5.2.0 Mailbox is unavailable",
        output: "550 5.2.0 <bob@example.com>: Recipient address rejected: Mailbox is unavailable",
      },
    ],
  },
  {
    // bouncesaying(1)'s own example: a .qmail file that bounces all mail for a retired address.
    url: gh(NOTQMAIL, "bouncesaying.1"),
    title: "notqmail bouncesaying(1) manual page, bouncesaying.1",
    wordings: [
      {
        needle: "this address no longer accepts mail",
        quote: "|bouncesaying 'This address no longer accepts mail.'",
        output: "This address no longer accepts mail.",
      },
    ],
  },
  {
    // go-smtp, the SMTP server library maddy and other Go servers are built on: a SIZE= or a
    // BDAT/DATA body over the server's MaxMessageBytes.
    url: gh(GO_SMTP, "conn.go"),
    title: "go-smtp SMTP server (message size limit), conn.go",
    wordings: [
      {
        needle: "max message size exceeded",
        quote: 'c.writeResponse(552, EnhancedCode{5, 3, 4}, "Max message size exceeded")',
        output: "552 5.3.4 Max message size exceeded",
      },
    ],
  },
  {
    // The rcpt hook's documented DENY: a hard failure for a recipient that does not exist.
    url: gh(QPSMTPD, "docs/hooks.md"),
    title: "qpsmtpd plugin hooks (hook_rcpt return codes), docs/hooks.md",
    wordings: [{ needle: "does not exist here", quote: "User does not exist here" }],
  },
  {
    // BSD libc's text for EDQUOT, which local delivery agents print when a write to the
    // recipient's mailbox hits the user's disk quota (Sendmail's mail.local bounces on it with
    // -b, mail.local/mail.local.c e_to_sys: "case EDQUOT: /* Disc quota exceeded */").
    url: gh(FREEBSD, "lib/libc/gen/errlst.c"),
    title: "FreeBSD libc error texts (strerror), errlst.c",
    wordings: [{ needle: "disc quota exceeded", quote: "Disc quota exceeded" }],
  },
  // Providers' and vendors' own pages.
  {
    // SendGrid's table of the SMTP replies it relays, with their meaning: 553 "Invalid/inactive
    // user." is a mailbox name that is malformed or does not exist.
    url: gh(
      SENDGRID_DOCS,
      "content/docs/for-developers/sending-email/smtp-errors-and-troubleshooting.md",
    ),
    title: "SendGrid docs: SMTP errors and troubleshooting",
    wordings: [
      {
        needle: "invalid/inactive user",
        quote: "`Invalid/inactive user.`",
        output: "553 Invalid/inactive user.",
      },
    ],
  },
  // Real bounces quoted on public pages.
  {
    // A netdev list message (Message-ID <3975b135-25ae-4576-ba61-db0f51fcf987@molgen.mpg.de>,
    // 9 Aug 2024) that drops an intel.com address from Cc with the reply it bounced with.
    url: "https://lore.kernel.org/netdev/3975b135-25ae-4576-ba61-db0f51fcf987@molgen.mpg.de/",
    title: "netdev mailing list: Re: [iwl-next v3 1/8] ice: devlink PF MSI-X max and min parameter",
    wordings: [
      {
        needle: "5.1.0 address rejected.",
        quote: "[Cc: -nex.sw.ncis.nat.hpm.dev@intel.com (550 #5.1.0 Address rejected.)]",
        output: "550 #5.1.0 Address rejected.",
      },
    ],
  },
  {
    // An operator's table of the bounces its logs hold, each with its meaning.
    url: "https://clinician.rgnmed.com/support-admin/bounced-emails",
    title: "RGN Med support: Bounced emails (messages in logs)",
    wordings: [{ needle: "address unknown", quote: "smtp; 550 Address unknown" }],
  },
  {
    // A hosting provider's page of the error messages its customers meet, by cause.
    url: "https://edu.newpages.com.my/article/349/email-error-message",
    title: "Newpages: Email error message",
    wordings: [
      {
        needle: "user is over the quota",
        quote: "<user@example.com>: The user is over the quota. You can try again later.",
        // The server's words, without the recipient line's "<address>: " of the page's bounce.
        output: "The user is over the quota. You can try again later.",
      },
      {
        needle: "exceeds the maximum message size",
        quote:
          "<user@example.com>: host mx2.mail.example.com said:\n552 message size exceeds the maximum message size",
        output: "552 message size exceeds the maximum message size",
      },
      {
        needle: "is not a valid mailbox",
        quote: "550 5.1.1 <user@example.com> is not a valid mailbox",
      },
      {
        needle: "not a valid mailbox",
        quote: "550 5.1.1 <user@example.com> is not a valid mailbox",
      },
    ],
  },
  {
    // A Sun Internet Mail Server 3.5 (cougar.noc.ucla.edu) delivery report of 23 Sep 2001,
    // kept whole as a test message of Python's email package.
    url: gh(CPYTHON, "Lib/test/test_email/data/msg_16.txt"),
    title: "CPython email tests: a real delivery status notification, msg_16.txt",
    wordings: [
      {
        needle: "recipient reached disk quota",
        quote: "Status: 5.0.0 (recipient reached disk quota)",
      },
    ],
  },
  // Mail vendors' pages that list the bounce texts their users meet.
  {
    // Coremail's support index of bounce texts ("退信提示", bounce message), one article each.
    url: "https://www.icoremail.vip/support/index.php?cate_id=84&page=5&start=0",
    title: "Coremail support: bounces (退信), page 5",
    wordings: [
      { needle: "user not found", quote: '退信提示:"User not found"' },
      { needle: "user suspended", quote: '退信提示:"User suspended"' },
    ],
  },
  {
    url: "https://www.icoremail.vip/support/index.php?cate_id=84&page=8&start=225",
    title: "Coremail support: bounces (退信), page 8",
    wordings: [
      { needle: "invalid user", quote: '退信提示:"invalid user"' },
      { needle: "user not known", quote: '退信提示:"user not known"' },
    ],
  },
  {
    // A Chinese mail host's bounce articles: "收件人不存在" (recipient does not exist).
    url: "https://www.emailhost.com.cn/service.html?article_category=25&brd=1",
    title: "emailhost.com.cn service articles: bounces (退信)",
    wordings: [
      {
        needle: "user not exist",
        quote: "[退信] 收件人不存在:user not exist",
      },
    ],
  },
  // Real bounces kept in public bounce parsers' test data: each file is one server's reply.
  {
    // Lotus Domino's refusal of a name its directory does not hold; the same words in
    // t/corpus/domino.unknown.msg of rjbs/Mail-DeliveryStatus-BounceParser.
    url: gh(FLUFL, "flufl/bounce/tests/data/simple_11.txt"),
    title: "A Lotus Domino bounce in flufl.bounce's test data, simple_11.txt",
    wordings: [
      {
        needle: "not listed in domino directory",
        quote: "User carlosr73 (carlosr73@hartfordlife.com) not listed in Domino Directory",
      },
    ],
  },
  {
    url: gh(BOUNCE_PARSER, "t/corpus/user-unknown-bad.msg"),
    title: "A bounce in Mail::DeliveryStatus::BounceParser's test corpus, user-unknown-bad.msg",
    wordings: [
      {
        needle: "bad_recipient",
        quote:
          "Diagnostic-Code: smtp; 550 BAD_RECIPIENT - see http://www.mail.sample.ac.uk/undelivered.php?r=BAD_RECIPIENT&e=YXBwMDlAYWJlci5hYy51aw==",
      },
    ],
  },
  {
    // An Exim server's refusal from a manualroute router whose route data is ":fail:" with this
    // text for domains it does not route (Exim's own test suite writes the same, test/confs/0005:
    // 'data = :fail: unrouteable mail domain "$domain"').
    url: gh(RONBELTRAN, "tests/bounces/tt_bounce_01.txt"),
    title: "An Exim bounce in bounce_email's test data, tt_bounce_01.txt",
    wordings: [
      {
        needle: "unrouteable mail domain",
        quote: 'unrouteable mail domain "connect4free.net"',
      },
    ],
  },
];
