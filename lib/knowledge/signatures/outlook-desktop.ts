// Outlook for Windows (and Outlook Express / Windows Live Mail before it) reports a failed send in
// its Send/Receive window: "Task '<account> - Sending' reported error (0x...) : '<sentence>'".
// Where the outgoing server answered, the sentence ends "The server responded: <reply>" and the
// reply is read as any reply is ("... The server responded: 550 5.7.1 Unable to relay" and the
// 0x8004210B time-out with its "Client does not have permission to Send As this sender" already
// read right through it). These entries are Outlook's own sentences, where its words alone say
// what failed. Microsoft's current pages do not list these alerts; the sentences are quoted as
// Microsoft's archived knowledge base and hosting providers' support pages print them.
import type { PossibilityWording } from "@/lib/knowledge/scoring/possibility-wordings";
import type { Signature } from "./types";

const BOBCARES_0X80042109 =
  "https://bobcares.com/blog/outlook-cannot-connect-to-smtp-server-error/";
const PSTRECOVERY_0X80042109 =
  "https://pstrecovery.net/blog/fix-send-receive-error-inoutlook2010.html";
const CLOUDPROJECT_0X800CCC78 =
  "https://www.cloudprojectsoftware.com/error-codes/outlook-0x800ccc78";
const KB_223477 = "https://support.microsoft.com/en-us/kb/223477";

const CANNOT_CONNECT_NOTE =
  "Outlook could not connect to the outgoing (SMTP) server its account names (error 0x80042109): the server name, the port or the encryption type in the account's outgoing server settings, a network or ISP that blocks the port, or a security program that intercepts the connection.";

const SENDER_REJECTED_EXAMPLE =
  "Sending reported error (0x800ccc78): Cannot send the message. Verify the e-mail address in your account properties. The server responded: 550 Access Denied";

export const OUTLOOK_DESKTOP_SIGNATURES: Signature[] = [
  // 0x800CCC78: the outgoing server refused the sender (MAIL FROM). Outlook's sentence stands
  // before the server's reply, which the parser takes as the refusal, so these read the whole
  // text (scope "text"). Where the reply gives a reason ("553 ... not owned by user") it
  // decides; a bare "550 Access Denied" gives none, and Outlook's words rank the usual two: an
  // account that does not log in to its outgoing server, or a From address the login may not
  // use. Hints: they rank, never decide.
  {
    id: "outlook-desktop.sender-rejected.login",
    provider: "outlook-desktop",
    match: ["cannot send the message. verify the e-mail address in your account properties"],
    scope: "text",
    hint: true,
    cause: "relay-denied",
    confidence: 0.6,
    source: CLOUDPROJECT_0X800CCC78,
    example: SENDER_REJECTED_EXAMPLE,
    note: "Outlook's outgoing (SMTP) server refused the sender address (0x800CCC78): most often the account is not set to log in to its outgoing server ('My outgoing server (SMTP) requires authentication').",
  },
  {
    id: "outlook-desktop.sender-rejected.address",
    provider: "outlook-desktop",
    match: ["cannot send the message. verify the e-mail address in your account properties"],
    scope: "text",
    hint: true,
    cause: "sender-address-invalid",
    confidence: 0.5,
    source: CLOUDPROJECT_0X800CCC78,
    example: SENDER_REJECTED_EXAMPLE,
    note: "Outlook's outgoing (SMTP) server refused the sender address (0x800CCC78): the e-mail address in the account's settings may not be one the account's login may send as.",
  },
  {
    id: "outlook-desktop.cannot-connect-outgoing",
    provider: "outlook-desktop",
    match: ["outlook cannot connect to your outgoing (smtp) e-mail server"],
    replyCode: "none",
    cause: "remote-unreachable",
    confidence: 0.75,
    source: BOBCARES_0X80042109,
    example:
      "Task 'account@domain.com - Sending' reported error (0x80042109) :  \"Outlook cannot connect to your outgoing (SMTP) e-mail server. If you continue to receive this message, contact your server administrator or internet service provider (ISP).\"",
    note: CANNOT_CONNECT_NOTE,
  },
  {
    // The same alert in Outlook 2010's wording.
    id: "outlook-desktop.unable-to-connect-outgoing",
    provider: "outlook-desktop",
    match: ["outlook is unable to connect to your outgoing (smtp) e-mail server"],
    replyCode: "none",
    cause: "remote-unreachable",
    confidence: 0.75,
    source: PSTRECOVERY_0X80042109,
    example:
      "Error Message: Task 'SMTP server name - Sending and Receiving' reported error (0x80042109): 'Outlook is unable to connect to your outgoing (SMTP) e-mail server. If you continue to receive this message, contact the server administrator or Internet service provider (ISP).",
    note: CANNOT_CONNECT_NOTE,
  },
];

export const OUTLOOK_DESKTOP_WORDINGS: readonly PossibilityWording[] = [
  {
    // Microsoft's knowledge base article Q223477 gives two causes: an ISP's server that refuses
    // to relay for a client on another provider's network, and a computer (DNS host or domain)
    // name with characters SMTP does not allow, which Outlook sends in its greeting.
    id: "outlook-desktop.unknown-smtp-error",
    match: ["an unknown error was returned from the smtp server"],
    causes: ["relay-denied", "protocol-syntax"],
    says: "Outlook's outgoing (SMTP) server refused the message with a reply Outlook did not recognise: Microsoft names a server that will not relay for the sender's network, and a computer name with characters SMTP does not allow",
    examples: [{ text: "An unknown error was returned from the SMTP server.", source: KB_223477 }],
  },
];
