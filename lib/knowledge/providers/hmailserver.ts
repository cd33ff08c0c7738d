// hMailServer (an open-source Windows mail server), from its documentation's "SMTP error messages"
// page and, for the replies that page lists further down than the stored copy reaches, from the
// server's own source, which writes each reply (SMTPConnection.cpp for the SMTP session,
// RecipientParser.cpp for local recipients, the AntiSpam tests for the texts its spam protection
// answers with). A self-hosted server has no host of its own: every entry is scoped "any" and
// holds words no other software was found to write. Replies the pipeline already reads right are
// kept where they are the documented ones an admin meets most (relaying, authentication);
// Spamhaus's and SpamCop's default reject texts are left to those tables.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const DOC = page(
  "http://www.hmailserver.com/documentation/latest/?page=reference_error_messages_smtp",
  "SMTP error messages (hMailServer documentation: Troubleshooting, Error messages)",
  "stored copy (pages corpus), read from the top; the same text is reposted at nitindupare.blogspot.com/2012/09/smtp-error-messages.html",
);

const HM = "https://github.com/hmailserver/hmailserver/blob";
const SMTP = page(
  `${HM}/876a996ba1a94f59880feb195a2f9f19108edeaf/hmailserver/source/Server/SMTP/SMTPConnection.cpp`,
  "hMailServer source: SMTPConnection.cpp (the SMTP server's replies)",
  "repo hmailserver/hmailserver at 876a996 (archived copy)",
);
const RCPT = page(
  `${HM}/05582b8827402ef69aa8c31ac85a84f76fc0987a/hmailserver/source/Server/SMTP/RecipientParser.cpp`,
  "hMailServer source: RecipientParser.cpp (CheckDeliveryPossibility: why a local recipient is refused)",
  "repo hmailserver/hmailserver at 05582b8 (archived copy)",
);
const SPF = page(
  `${HM}/1beaeab9c212cfc484c180c90cab37cb46cdb6be/hmailserver/source/Server/Common/AntiSpam/SpamTestSPF.cpp`,
  "hMailServer source: SpamTestSPF.cpp (the SPF test's reject text)",
  "repo hmailserver/hmailserver at 1beaeab (archived copy)",
);
const PTR = page(
  `${HM}/1766dbf3eede65043e53795c97f31a7ad915ef2b/hmailserver/source/Server/Common/AntiSpam/SpamTestPTR.cpp`,
  "hMailServer source: SpamTestPTR.cpp (the rDNS test's reject text)",
  "repo hmailserver/hmailserver at 1766dbf (archived copy)",
);
const MX = page(
  `${HM}/089883a3e2f1ff698b5698feb68b62aeaac9be9c/hmailserver/source/Server/Common/AntiSpam/SpamTestMXRecords.cpp`,
  "hMailServer source: SpamTestMXRecords.cpp (the sender-domain MX test's reject text)",
  "repo hmailserver/hmailserver at 089883a (archived copy)",
);

const { phrase } = entryKit("hmailserver");

/** The spam protection answers 550 before DATA and 554 after it, with the failing test's text. */
const SPAM_REPLY =
  "hMailServer's spam protection refuses with the first failing test's text, 550 before the message is sent and 554 after it (SMTPConnection.cpp DoSpamProtection_), once the tests' scores reach the delete threshold.";

export const HMAILSERVER_TABLE: ProviderTable = {
  provider: "hmailserver",
  identity: { provider: "hmailserver", name: "hMailServer", hosts: [], source: DOC },
  phrases: [
    // Relaying and authentication: the IP range the client connects from decides.
    phrase({
      id: "delivery-not-allowed",
      cause: "relay-denied",
      match: ["delivery is not allowed to this address"],
      scope: "any",
      source: SMTP,
      example: "550 Delivery is not allowed to this address.",
      note: "The IP range the sender connects from does not allow this delivery (local to external, external to external, ...): the documentation gives the default range's refusal of external users sending to other external users as the example. Send through the server that hosts the sender's mailbox, authenticated, or have its admin change the IP range.",
    }),
    phrase({
      id: "smtp-authentication-required",
      cause: "relay-denied",
      match: ["smtp authentication is required"],
      scope: "any",
      source: SMTP,
      example: "530 SMTP authentication is required.",
      note: "The IP range requires SMTP authentication for this kind of delivery and the client did not authenticate: turn on 'my outgoing server requires authentication' in the mail client.",
    }),
    phrase({
      id: "login-credentials-no-longer-valid",
      cause: "relay-denied",
      match: ["login credentials no longer valid"],
      scope: "any",
      source: SMTP,
      example: "550 Login credentials no longer valid. Please re-authenticate.",
      note: "The session authenticated, but the account's password changed (or the account went) before the next message: the client must log in again with the current password.",
    }),
    // Local recipients (RecipientParser.cpp): the address exists but is switched off, or does not.
    phrase({
      id: "account-not-active",
      cause: "mailbox-disabled",
      match: ["account is not active"],
      scope: "any",
      source: RCPT,
      example: "550 Account is not active.",
      note: "The recipient's account exists on the server but its administrator has deactivated it.",
    }),
    phrase({
      id: "alias-not-active",
      cause: "mailbox-disabled",
      match: ["alias is not active"],
      scope: "any",
      source: RCPT,
      example: "550 Alias is not active.",
      note: "The address is an alias its administrator has deactivated.",
    }),
    phrase({
      id: "distribution-list-not-active",
      cause: "mailbox-disabled",
      match: ["distribution list is not active"],
      scope: "any",
      source: RCPT,
      example: "550 Distribution list is not active.",
      note: "The address is a distribution list its administrator has deactivated.",
    }),
    phrase({
      id: "domain-disabled",
      cause: "mailbox-disabled",
      match: ["550 domain has been disabled"],
      scope: "any",
      source: RCPT,
      example: "550 Domain has been disabled.",
      note: "The recipient's domain is set up on this server but deactivated, so none of its addresses takes mail: the mailboxes exist and are switched off, a matter for the recipient's administrator.",
    }),
    phrase({
      id: "recipient-not-in-route-list",
      cause: "recipient-unknown",
      match: ["recipient not in route list"],
      scope: "any",
      source: RCPT,
      example: "550 Recipient not in route list.",
      note: "The domain is routed through this server to another one, and the route lists the addresses it accepts: this one is not among them (the source: 'the recipient doesn't exist in any of them').",
    }),
    phrase({
      id: "list-not-authorized-sender",
      cause: "sender-policy",
      match: ["550 not authorized sender"],
      scope: "any",
      source: RCPT,
      example: "550 Not authorized sender.",
      note: "A distribution list open to its members only: the sender is not a member. The list owner decides who may post.",
    }),
    phrase({
      id: "list-not-authorized-owner",
      cause: "sender-policy",
      match: ["550 not authorized owner"],
      scope: "any",
      source: RCPT,
      example: "550 Not authorized owner.",
      note: "An announcement list: only the address the list names may post to it, and the sender is not that address.",
    }),
    phrase({
      id: "too-many-recursive-forwards",
      cause: "remote-server-error",
      match: ["too many recursive forwards"],
      scope: "any",
      source: RCPT,
      example: "550 Mail server configuration error. Too many recursive forwards.",
      note: "The recipient's aliases point at each other more than 25 levels deep (a loop): the receiving server's configuration, for its administrator to fix.",
    }),
    phrase({
      id: "valid-address-required",
      cause: "recipient-unknown",
      match: ["a valid address is required"],
      scope: "any",
      source: SMTP,
      example: "550 A valid address is required.",
      note: "The RCPT TO address is not a well-formed address (hMailServer's IsValidEmailAddress): as a 5.1.3 bad destination address, correct the address.",
    }),
    // The sender's envelope.
    phrase({
      id: "sender-address-must-be-specified",
      cause: "sender-address-invalid",
      match: ["sender address must be specified"],
      scope: "any",
      source: SMTP,
      example: "550 Sender address must be specified.",
      note: "The server is set not to take an empty envelope sender (MAIL FROM:<>, which bounces and auto-replies use): the message came with none.",
    }),
    // The session and the message.
    phrase({
      id: "bare-lf",
      cause: "protocol-syntax",
      match: ["message containing bare lf's"],
      scope: "any",
      source: SMTP,
      example: "554 Rejected - Message containing bare LF's.",
      note: "The message has line endings that are not CRLF, and the server is set to refuse them: the sending software writes malformed lines.",
    }),
    phrase({
      id: "excessive-data",
      cause: "protocol-syntax",
      match: ["excessive amounts of data sent to server"],
      scope: "any",
      source: DOC,
      example: "421 Excessive amounts of data sent to server.",
      note: "The page: the client sent a large chunk of data without a newline (command terminator); a client should never do this, but an incorrectly configured one can.",
    }),
    phrase({
      id: "invalid-helo-domain",
      cause: "protocol-syntax",
      match: ["ehlo invalid domain address", "helo invalid domain address"],
      scope: "any",
      source: DOC,
      example: "501 EHLO Invalid domain address.",
      note: "The page: the domain address given in the EHLO (or HELO) command does not have the correct syntax.",
    }),
    phrase({
      id: "unsupported-esmtp-extension",
      cause: "protocol-syntax",
      match: ["unsupported esmtp extension"],
      scope: "any",
      source: SMTP,
      example: "550 Unsupported ESMTP extension: {0}",
      note: "The client added a MAIL FROM or RCPT TO parameter the server does not support (only SIZE and AUTH are taken after MAIL FROM, none after RCPT TO): the sending software should not use extensions the server did not announce.",
    }),
    phrase({
      id: "message-could-not-be-saved",
      cause: "remote-server-error",
      match: ["your message was received but it could not be saved"],
      scope: "any",
      source: SMTP,
      example: "554 Your message was received but it could not be saved. Please retry later.",
      note: "The server took the message but failed to store it in its database (the source's comment: this may happen if tables are corrupt): the receiving server's failure.",
    }),
    phrase({
      id: "no-data-saved",
      cause: "remote-server-error",
      match: ["rejected - no data saved"],
      scope: "any",
      source: SMTP,
      example: "451 Rejected - No data saved.",
      note: "The server could not write the message's data file: a failure of the receiving server (disk, permissions), which the sending server retries.",
    }),
    // Spam protection's texts (AntiSpam tests).
    phrase({
      id: "blocked-by-spf",
      cause: "authentication-failure",
      match: ["blocked by spf"],
      scope: "any",
      source: SPF,
      example: "Blocked by SPF.",
      note: `The sender's domain publishes an SPF record that fails for the sending IP (with the domain's explanation in parentheses when it gives one). ${SPAM_REPLY}`,
    }),
    phrase({
      id: "no-valid-ptr",
      cause: "reverse-dns",
      match: ["no valid rdns/ptr record found"],
      scope: "any",
      source: PTR,
      example: "No valid rDNS/PTR record found.",
      note: `The sending IP has no PTR record, or its name does not resolve back to the IP. ${SPAM_REPLY}`,
    }),
    phrase({
      id: "sender-domain-no-mx",
      cause: "sender-address-invalid",
      match: ["sender domain does not have any mx records"],
      scope: "any",
      source: MX,
      example: "Sender domain does not have any MX records.",
      note: `The envelope sender's domain (nor its parent domain) publishes no MX record, so replies could not reach it. ${SPAM_REPLY}`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The stored copy of the documentation's 'SMTP error messages' page gives its first rows only (421 to 503); the later rows' replies are cited to the source that writes them.",
    "Not entered: '451 Please try again later.' (the page: greylisting) and '550 The address is not valid.' (an invalid MAIL FROM): the words are too common elsewhere to name hMailServer's reading; '552 Message size exceeds fixed maximum message size': Sendmail writes the same words, and the catalog reads them right.",
  ],
};
