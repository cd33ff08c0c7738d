// Gmail's own failure notice, read from its top: the headline and the sentence Gmail writes for
// its user above the receiving server's reply ("The response from the remote server was:").
// Users often copy only these lines, so each sentence that names one cause is an entry here;
// the sentences that stand for several causes ("Message blocked", "the remote server is
// misconfigured") are possibility wordings (scoring/notice-wordings.ts) and decide nothing.
// Every example is a real notice as its recipient quoted it (a bounce parser's test set, a
// mailing-list message), not a reconstruction. Spread into google.ts's phrases.
import { entryKit, page } from "./entry-kit";
import type { PhraseEntry } from "./types";

const { phrase } = entryKit("google");

// Sisimai's set of real bounces: Gmail's notices of a recipient domain that does not resolve
// (NXDOMAIN) or that publishes a null MX (the notice then links RFC 7505).
const SISIMAI_SET =
  "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd";

export const GOOGLE_NOTICE_PHRASES: readonly PhraseEntry[] = [
  phrase({
    id: "notice.domain-not-found",
    cause: "recipient-domain-invalid",
    // The address's domain sits between the words; Gmail writes this sentence only when its own
    // lookup of that domain found no mail host (NXDOMAIN, no MX and no address, or a null MX).
    // The second needle is the sentence's end with Gmail's own advice after it, for a notice whose
    // line breaks after "because the" (the parser then takes the rest as the recipient's words).
    // The third is the same end where the line breaks after "the domain": the recipient's words
    // then start at the domain itself, a name with a dot. Not "address couldn't be found. Check
    // for typos ...": Gmail's older notice for an unknown address ends the same way
    // (scoring/possibility-wordings.ts google.address-not-found), and a line may break before it.
    match: [
      /because the domain [^\s]{1,253} couldn't be found/,
      /domain [^\s]{1,253} couldn't be found\. check for typos or unnecessary spaces/,
      /^[a-z0-9-]{1,63}(?:\.[a-z0-9-]{1,63}){1,8} couldn't be found\. check for typos or unnecessary spaces/,
    ],
    // No other mail software writes this sentence: Exchange's NDR says "the domain name in the
    // email address is incorrect", Postfix "Host or domain name not found".
    scope: "any",
    // Gmail's own report, no server's reply: it answers no SMTP command.
    commands: ["NONE"],
    source: page(
      `${SISIMAI_SET}/rfc3464-53.eml`,
      "Gmail's failure notice 'Address not found' for a domain that does not exist (sisimai/set-of-emails rfc3464-53.eml, real output)",
    ),
    example:
      "Your message wasn't delivered to sironeko@example.jp because the domain example.jp couldn't be found. Check for typos or unnecessary spaces and try again.",
    note: "Gmail's own lookup of the recipient's domain found no place to deliver: below it Gmail quotes no server's reply but its DNS answer ('DNS type 'mx' lookup of example.jp responded with code NXDOMAIN'), or links RFC 7505 for a domain that says it takes no mail (as for a domain with a null MX record). Either way the domain takes no mail: a misspelt or expired domain. Also quoted from a real bounce on the kernel lists: https://lore.kernel.org/linux-clk/c2e17393-6983-4eb9-9929-3de7f066626e@linaro.org/ ('Your message wasn't delivered to dfustini@tenstorrent.org because the domain tenstorrent.org couldn't be found.').",
  }),
  phrase({
    id: "notice.sending-limit-reached",
    cause: "rate-limited",
    match: [
      "you have reached a limit for sending mail",
      "you have reached a limit for sending email",
    ],
    scope: "any",
    // Gmail's own report: it refused before any receiving server was asked.
    commands: ["NONE"],
    source: page(
      "https://github.com/wenxie18/niw_sales/blob/6faf9f10add6c7953a9cd1485678d561c2858a13/TurboNIW_Email_Sender/BOUNCE_EMAIL_DETECTION.md",
      "Bounce Email Detection for Rate Limits (wenxie18/niw_sales): Gmail's notice from mailer-daemon@googlemail.com, quoted",
    ),
    example: "You have reached a limit for sending mail. Your message was not sent.",
    note: "Gmail refused to send at all: the sender's own account went over Gmail's sending limits (messages or recipients a day), and Gmail holds its sending for up to 24 hours (Google's 'Gmail sending limits in Google Workspace', https://support.google.com/a/answer/166852, gives 'You have reached a limit for sending mail' among the errors a user sees). No receiving server was asked; the sender waits and sends less.",
  }),
  phrase({
    id: "notice.learn-more-no-such-user",
    cause: "recipient-unknown",
    // The notice's "Learn more here:" link under "Address not found": Gmail links its page on
    // addresses that do not exist only when the receiving server said so (its own 5.1.1 reply,
    // "The email account that you tried to reach does not exist"). The sentence above it ("the
    // address couldn't be found, or is unable to receive mail") stays a possibility wording; the
    // link says which.
    match: ["support.google.com/mail/?p=nosuchuser"],
    scope: "any",
    // Gmail's own notice: it answers no SMTP command (the reply quoted below it has its own reading).
    commands: ["NONE"],
    source: page(
      `${SISIMAI_SET}/rfc3464-63.eml`,
      "Gmail's failure notice 'Address not found' with its 'Learn more' link (sisimai/set-of-emails rfc3464-63.eml, real output)",
    ),
    example:
      "Your message wasn't delivered to libsisimai-2@googlegroups.com because the address couldn't be found, or is unable to receive mail. Learn more here: https://support.google.com/mail/?p=NoSuchUser",
    note: "The reply Gmail quotes below the link in the same notice: '550 5.1.1 The email account that you tried to reach does not exist. Please try double-checking the recipient's email address for typos or unnecessary spaces. Learn more at https://support.google.com/mail/?p=NoSuchUser ... - gsmtp'. The notices for other receivers' 'User unknown' replies (rfc3464-57, -58, -60) carry no link.",
  }),
];
