// Zoho Mail (zoho.com, zoho.eu, zohomail.com). Zoho's help pages ("Reasons an email is marked as
// spam", the Zoho Desk email-failure alert schema) describe the refusals without printing them. The
// reply lines are quoted from smtp.codes' Zoho page, the SMTP Field Manual and Zoho's ZeptoMail
// table (verbatim, each cited); greylisting is Sisimai's logged quote (verbatim: false).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const HELP = page(
  "https://www.zoho.com/mail/help/spam-reason.html",
  "Reasons an email is marked as Spam (Zoho Mail Help)",
  "replies quoted in repo sisimai/rb-sisimai lib/sisimai/rhost/zoho.rb",
);
const SMTP_CODES = page(
  "https://smtp.codes/zoho",
  "Zoho (smtp.codes: the replies Zoho's servers send, with explanations)",
  "stored copy (pages corpus)",
);
const ZEPTO = page(
  "https://zstatic.zohostatic.com/zeptomail/help/api/smtp-error-codes.html",
  "SMTP Error Codes (Zoho ZeptoMail help)",
  "stored copy (pages corpus); the www.zoho.com copy of the page shows the same rows with the codes shifted",
);
const LISTED = "Zoho's reply as smtp.codes lists it (a third-party catalogue of provider replies).";
const ZEPTO_ROW =
  "A row of Zoho's ZeptoMail (transactional sending) error table: code and message as the page prints them.";
const LOGGED =
  "Zoho's reply as senders logged it (quoted by Sisimai); Zoho's pages describe it but do not print it.";

const SFM_554 = page(
  "https://github.com/ActiveCampaign/smtp-field-manual/blob/master/data/codes/554.json",
  "SMTP Field Manual: 554 replies (ActiveCampaign/smtp-field-manual)",
  "repo ActiveCampaign/smtp-field-manual data/codes/554.json",
);
const SFM_NOTE =
  "The reply as ActiveCampaign's SMTP Field Manual records it (a public, curated list of replies seen in bounces).";

// A Zoho bounce a Zoho user posted whole: Zoho's own delay notice when it could not reach the
// recipient's server.
const COMMUNITY_HOST = page(
  "https://help.zoho.com/portal/de/community/topic/status-error-address-responsecode-421-host-not-reachable",
  "Status: Error, Address, ResponseCode 421, Host not reachable (Zoho Community)",
  "stored copy (pages corpus)",
);

const { phrase } = entryKit("zoho");

export const ZOHO_TABLE: ProviderTable = {
  provider: "zoho",
  identity: {
    provider: "zoho",
    name: "Zoho Mail",
    hosts: ["zoho.com", "zoho.eu", "zoho.in", "zohomail.com", "zoho.com.au"],
    markers: ["detected by zoho mail"],
    source: HELP,
  },
  phrases: [
    phrase({
      id: "host-not-reachable",
      cause: "remote-unreachable",
      match: ["host not reachable"],
      scope: "any",
      source: COMMUNITY_HOST,
      example:
        "[Status: Error, Address: <name@maximussolutions.com>, ResponseCode 421, Host not reachable.]",
      note: "Zoho's own report (mx.zohomail.com) that it could not connect to the recipient's mail server; its notice says it keeps retrying (\"Message will be retried for 4 more day(s)\").",
    }),
    phrase({
      id: "dmarc",
      cause: "authentication-failure",
      match: ["email rejected per dmarc policy"],
      scope: "any",
      source: SMTP_CODES,
      example: "550 5.7.1 Email rejected per DMARC policy for example.com",
      note: `${LISTED} The sending domain publishes a reject policy and the message failed DMARC (no aligned SPF or DKIM pass).`,
    }),
    phrase({
      id: "greylisted",
      cause: "bad-reputation",
      match: ["greylisted, try again after some time"],
      source: HELP,
      example: "451 4.7.1 Greylisted, try again after some time",
      verbatim: false,
      note: `${LOGGED} Greylisting delays unknown senders; it ends in a bounce only if the sender never retries or keeps being deferred.`,
    }),
    phrase({
      id: "flagged-as-spam",
      cause: "content-spam",
      match: ["email cannot be delivered. reason: email flagged as spam"],
      source: SFM_554,
      example: "smtp;554 5.7.1 Email cannot be delivered. Reason: Email flagged as Spam.",
      note: `${SFM_NOTE} The help page lists why Zoho flags mail as spam (authentication, content, reputation).`,
    }),
    phrase({
      id: "rejected-by-destination-domain",
      cause: "sender-policy",
      match: ["mail rejected by destination domain"],
      source: SMTP_CODES,
      example: "541 5.4.1 Mail rejected by destination domain",
      note: `${LISTED} The recipient organisation's own filters refuse the sender: ask its administrator, by another channel, to allow delivery.`,
    }),
    phrase({
      id: "policy-violation",
      cause: "sender-policy",
      match: ["email policy violation detected", "mailbox delivery restricted by policy error"],
      source: SMTP_CODES,
      example: "452 <example@zoho.com> Mailbox delivery restricted by policy error",
      note: `${LISTED} Filters set by the receiving domain block the message. Sisimai also quotes "554 5.7.7 Email policy violation detected".`,
    }),
    phrase({
      id: "temporary-system-error",
      cause: "remote-server-error",
      match: ["temporary system error"],
      status: ["4.3.1"],
      source: SMTP_CODES,
      example: "452 4.3.1 Temporary System Error",
      note: `${LISTED} The domain at Zoho is not accepting mail just now; a later attempt will most likely succeed.`,
    }),
    phrase({
      id: "user-does-not-exist",
      cause: "recipient-unknown",
      match: ["user does not exist - <", "mailbox delivery failure policy error"],
      source: SMTP_CODES,
      example: "552 5.1.1 <example@zoho.com> Mailbox delivery failure policy error",
      note: `${LISTED} Sisimai quotes the other form, "550 5.1.1 User does not exist - <user@zoho.com>".`,
    }),
    phrase({
      id: "virus",
      cause: "content-virus",
      match: [/virus \S{1,100}(?: \S{1,100}){0,3} detected by zoho mail/],
      scope: "any",
      source: ZEPTO,
      example: "552 5.7.1 virus Win. Test. EICAR_HDB-1 detected by Zoho Mail.",
      note: `${ZEPTO_ROW} The message or an attachment carries malware (here the EICAR test file).`,
    }),
    phrase({
      id: "zeptomail-relaying-disallowed",
      cause: "relay-denied",
      match: ["relaying disallowed as"],
      source: ZEPTO,
      example: "553 Relaying disallowed as <emailaddress>.",
      note: `${ZEPTO_ROW} The page: sending email from an invalid 'from' address domain (one not added and verified in the ZeptoMail account).`,
    }),
    phrase({
      id: "zeptomail-size",
      cause: "message-too-large",
      match: ["email size exceeded the policy"],
      source: ZEPTO,
      example: "5.2.0 Email size exceeded the policy.",
      note: `${ZEPTO_ROW} The attachment size exceeded the user policy.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Zoho Mail's own help pages print no reply lines: the inbound replies are verbatim from smtp.codes' Zoho page where it lists them, ZeptoMail's rows from Zoho's own table; 'flagged as spam' and greylisting stay Sisimai's logged quotes (verbatim: false).",
  ],
};
