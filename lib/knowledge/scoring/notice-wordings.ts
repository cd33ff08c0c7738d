// Possibility wordings (see ./possibility-wordings.ts) for the sentence a mailbox provider's
// failure notice writes for its user above the receiving server's reply, where that sentence
// stands for several causes. Gmail picks one headline and sentence per failure ("Message
// blocked", "Message not delivered"); the reply it quotes below says why. A user who copies
// only the top gets the ranked causes the sentence leaves possible, none decided. They are
// notices (notice: true), read in the bounce's whole text where a recipient has no words.
import type { PossibilityWording } from "./possibility-wordings";

export const NOTICE_WORDINGS: readonly PossibilityWording[] = [
  {
    // Gmail's "Message blocked": the receiving server refused the message by a rule of its own.
    // Google's "Fix bounced or rejected emails" names what sets it off: the message looked like
    // spam (links, text asking for personal data, a large group of recipients) or the
    // recipient's settings do not take mail from this sender. The replies quoted below the
    // sentence in real notices say more: Exchange Online's "550 5.4.1 Recipient address
    // rejected: Access denied" (its directory has no such recipient), Mimecast's "554 Email
    // rejected due to security policies" (the recipient organisation's policy).
    id: "google.notice.message-blocked",
    match: [/has been blocked\. see (?:the )?technical details below/],
    notice: true,
    causes: [
      "content-spam",
      "sender-policy",
      "bad-reputation",
      "authentication-failure",
      "recipient-unknown",
    ],
    says: "the receiving server blocked the message; the receiving server's reply, quoted below it in the whole notice, says why",
    examples: [
      {
        text: "** Message blocked ** Your message to stefan.pejic@syrmia.com has been blocked. See technical details below for more information.",
        source:
          "https://lore.kernel.org/qemu-devel/20221030225006.43203-1-philmd@linaro.org/ (a real Gmail notice quoted on qemu-devel; its reply: '550 5.4.1 Recipient address rejected: Access denied. AS(201806281)'); https://support.google.com/mail/answer/6596 (Fix bounced or rejected emails: rejected or blocked when sent to a large group, flagged as spam, or the recipient's settings do not allow mail from the sender)",
      },
    ],
  },
  {
    // Gmail's "Message not delivered ... because the remote server is misconfigured": the
    // server the recipient's domain names as its mail host answered, but refused the message as
    // if it did not host the address ("550 Relaying mail to rick.chang@mediatek.com is not
    // allowed", "553 Relaying disallowed") or failed with it ("554 5.4.14 Hop count exceeded -
    // possible mail loop"). In the real notices the address behind a relay refusal was gone or
    // wrong: a colleague who had left ("I confirmed that Rick Chang has left Mediatek"), an
    // address "non-existing", a misspelt domain (redhat.co for redhat.com) whose mail host takes
    // no mail for it. So the address first, then its domain, then the receiving server's own
    // fault; a relay rule of the receiving server (relay-denied, the sender's admin's remedy)
    // last, as the notice's "misconfigured" is about the receiving side.
    id: "google.notice.remote-server-misconfigured",
    // The second, for a notice whose line breaks after "because" (the parser then takes the
    // rest as the recipient's words).
    match: [
      "because the remote server is misconfigured",
      /the remote server is misconfigured\. see (?:the )?technical details below/,
    ],
    notice: true,
    causes: [
      "recipient-unknown",
      "recipient-domain-invalid",
      "remote-server-error",
      "relay-denied",
    ],
    says: "the recipient's mail server refused the message as if it did not host the address (a relay refusal: often an address that is gone or a misspelt domain) or failed with it (a mail loop); the receiving server's reply, quoted below it in the whole notice, says which",
    examples: [
      {
        text: "** Message not delivered ** Your message couldn't be delivered to rick.chang@mediatek.com because the remote server is misconfigured. See technical details below for more information.",
        source:
          "https://lore.kernel.org/linux-media/20220309030431.31247-1-miles.chen@mediatek.com/ (a real Gmail notice quoted on linux-media; its reply: '550 Relaying mail to rick.chang@mediatek.com is not allowed'; the recipient had left the company)",
      },
      {
        text: "Message not delivered Your message couldn't be delivered to benjamin.tissoires@redhat.co because the remote server is misconfigured. See technical details below for more information.",
        source:
          "https://lore.kernel.org/dri-devel/CAD=FV=X3rQC0URNWGxPrvCF=RNsTFiFPfotBrC7v76Cam4kbxg@mail.gmail.com/ (a real Gmail notice quoted on dri-devel: the address's domain was misspelt, '.co' instead of '.com')",
      },
      {
        text: "Your message couldn't be delivered to wsd_upstream@mediatek.com because the remote server is misconfigured. See the technical details below for more information.",
        source:
          "https://lore.kernel.org/dri-devel/cd896ff3-47b7-43eb-c821-8c5fb53c6ae6@linaro.org/ (a real Gmail notice quoted on dri-devel: 'Can you stop ccing internal/fake/non-existing email addresses?')",
      },
    ],
  },
  {
    // Gmail's own refusal to send: under "Message blocked" its notice names no receiving
    // server's reply but its own ("Message rejected. See https://support.google.com/mail/answer/69585
    // for more information."), and links the same page above it ("Learn more here: ..."). No
    // receiving server was asked (the report names no Remote-MTA): Gmail's filter held the
    // outgoing message, for its content (links, text, attachments) or for how the account sends
    // (many recipients at once). Both stay possible; the link decides neither.
    id: "google.notice.gmail-refused-to-send",
    match: ["support.google.com/mail/answer/69585"],
    notice: true,
    causes: ["content-spam", "bad-reputation"],
    says: "Gmail itself refused to send the message (it linked its page on messages it blocks): its filter judged the outgoing message or the way the account sends as spam",
    examples: [
      {
        text: "Message blocked Your message to peter@myworks.software has been blocked. See technical details below for more information. LEARN MORE The response was: Message rejected. See https://support.google.com/mail/answer/69585 for more information.",
        source:
          "https://pastebin.com/q7QeAP6k (a real Gmail notice: Reporting-MTA googlemail.com, no Remote-MTA, Status 5.0.0, Diagnostic-Code 'Message rejected. See https://support.google.com/mail/answer/69585 for more information.')",
      },
    ],
  },
  {
    // Yahoo's (and AOL's) notice, under "Sorry, we were unable to deliver your message to the
    // following address.", when it quotes no server's reply but its own: it kept the message and
    // retried until it gave up. The retries failed for a reason the notice does not give: a
    // receiving server that could not be reached (Sisimai's reason tables list the sentence
    // under delivery expired, "due to a connection failure") or one that kept answering with a
    // temporary error (Sisimai's reading of the same real notice: a system error).
    id: "yahoo.notice.gave-up-after-retries",
    match: ["unable to deliver message after multiple retries, giving up"],
    notice: true,
    causes: ["remote-unreachable", "remote-server-error"],
    says: "Yahoo retried delivery until it gave up, not why each attempt failed",
    examples: [
      {
        text: "Sorry, we were unable to deliver your message to the following address. <neko@sijo.example.jp>: Unable to deliver message after multiple retries, giving up.",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-yahoo-13.eml (Yahoo's notice for an aol.com sender, real output); https://github.com/sisimai/rb-sisimai/blob/f9e4ce813783277b6194435d63f5c5cae3770e3f/lib/sisimai/reason/expired.rb (Sisimai's delivery-expired wordings: 'unable to deliver message after multiple retries')",
      },
    ],
  },
  {
    // AOL's HTML notice ("Email Returned"), its "because:" line when AOL's outbound relay could
    // not route the message: the notice adds "Your mail provider is working on the network
    // related issues" and links AOL's page on "type 5.4.4 delivery errors". In the real notice
    // the DSN AOL attached says why: "Host or domain name not found. Name service error for
    // name=... type=MX" (Status 5.4.4), a recipient domain whose mail host does not resolve.
    // So the domain first; a receiving side that could not be reached second, as the words say.
    id: "aol.notice.email-routing-issue",
    match: ["email routing issue due to network"],
    notice: true,
    causes: ["recipient-domain-invalid", "remote-unreachable"],
    says: "AOL could not route the message to the recipient's domain (its DNS lookup found no mail host, or the route failed)",
    examples: [
      {
        text: "We were unable to deliver your message to the following address kijitora@example.jp because: Email routing issue due to network Your mail provider is working on the network related issues.",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/rhost-aol-01.eml (AOL's 'Email Returned' notice, real output; its DSN: Status 5.4.4, 'Diagnostic-Code: X-Outbound-Mail-Relay; Host or domain name not found. Name service error for name=... type=MX')",
      },
    ],
  },
  {
    // au's EZweb notice, the Japanese paragraph above its English "Each of the following
    // recipients was rejected by a remote mail server": "the message could not be sent to the
    // following address because of an error: the address was not found, or the receiving mail
    // server refused it for its own reasons; check the address and send again". au writes the
    // same paragraph whatever the receiving server said below it: for an address that did not
    // exist ("550 ... User unknown") and for an au user's message that Outlook.com refused for
    // its sending IP's reputation ("550 SC-004 ... too many unwanted messages have been sent
    // from the following IP address"). The address first, as the notice says; then the
    // receiving server's own refusals.
    id: "au-kddi.notice.address-not-found-or-server-refused",
    match: [
      /送信先メールアドレスが見つからないか、? ?送信先メールサーバの事由により送信できませんでした/,
    ],
    notice: true,
    causes: ["recipient-unknown", "bad-reputation", "sender-policy", "remote-server-error"],
    says: "au could not send the message: the address was not found, or the receiving mail server refused it for reasons of its own",
    examples: [
      {
        text: "次のあて先へのメッセージはエラーのため送信できませんでした。送信先メールアドレスが見つからないか、送信先メールサーバの事由により送信できませんでした。メールアドレスをご確認の上、再送信してください。",
        source:
          "https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-ezweb-07.eml (au's EZweb notice, real output, ISO-2022-JP; the reply below it: '550 <...@ezweb.ne.jp>: User unknown'); https://github.com/sisimai/set-of-emails/blob/18e585c22288b83c1f6943949cb86b2623b362ce/maildir/bsd/lhost-ezweb-08.eml (the same paragraph over Outlook.com's '550 SC-004 ... Unfortunately, messages from 111.86.156.22 weren't sent')",
      },
    ],
  },
  {
    // Trend Micro InterScan E-Mail VirusWall NT's notice ("The following mail could not be
    // delivered."), when the gateway's retries to the next hop ran out: "Reason: Exceeded
    // Maximum Delivery Attempts. Verify that the recipient address is correct." It names no
    // recipient and quotes no reply. The delivery expired; why each attempt failed, it does not
    // say: most often the receiving server could not be reached, and a mistyped domain with no
    // working mail server fails the same way (hence its advice to check the address); a server
    // that kept answering with a temporary error, or kept deferring (greylisting, a rate limit),
    // ends the same. Never a blocklist: no server is quoted refusing the sender.
    id: "interscan.notice.max-delivery-attempts",
    match: ["exceeded maximum delivery attempts"],
    notice: true,
    causes: [
      "remote-unreachable",
      "recipient-domain-invalid",
      "remote-server-error",
      "rate-limited",
    ],
    says: "the sending gateway retried delivery until its limit of attempts and gave up, not why each attempt failed",
    examples: [
      {
        text: "The following mail could not be delivered. Reason:  Exceeded Maximum Delivery Attempts.  Verify that the recipient address is correct.",
        source:
          "https://github.com/wRAR/flufl.bounce/blob/796a6b901710175ca367f79c0ac6d963201db91d/flufl/bounce/tests/data/dumbass_01.txt (an InterScan E-Mail VirusWall NT notice, real output, kept in flufl.bounce's test data; no page of Trend Micro's documents the sentence)",
      },
    ],
  },
];
