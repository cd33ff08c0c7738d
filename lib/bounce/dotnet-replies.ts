// Replies quoted by .NET's SMTP client (System.Net.Mail.SmtpClient, and PowerShell's
// Send-MailMessage, which uses it), brought back to what the server said. Its SmtpException
// (and SmtpFailedRecipientException) message is the framework's own description of the reply
// code, then "The server response was: " and the server's words without the code:
//   "Mailbox unavailable. The server response was: 5.7.1 Unable to relay"
// The description is .NET's, not the server's: "Mailbox unavailable." stands for every 550
// (a relay refusal, a blocklist, a policy...) and for every 450, so read as words it makes an
// unknown recipient of any refusal. Where the description names one reply code, the code takes
// its place; where it names several, it is dropped and the server's words stand alone.
//
// Source: dotnet/runtime src/libraries/System.Net.Mail/src/System/Net/Mail/SmtpException.cs
// (GetMessageForStatus: the description of the status code, a space, then MailServerResponse),
// src/libraries/System.Net.Mail/src/Resources/Strings.resx (the descriptions and
// "The server response was: {0}"), and the SmtpStatusCode enumeration's values
// (https://learn.microsoft.com/en-us/dotnet/api/system.net.mail.smtpstatuscode).

/** SR.MailServerResponse without its placeholder. */
const SERVER_RESPONSE = "The server response was: ";

/**
 * .NET's descriptions (Strings.resx) with the one reply code each stands for, or null where
 * it stands for several: "Mailbox unavailable." is both SmtpMailboxBusy (450) and
 * SmtpMailboxUnavailable (550); "Syntax error, command unrecognized." is CommandUnrecognized
 * (500) and GetMessageForStatus's default, the description of every code the enumeration lacks
 * (535, 571...).
 */
const DESCRIPTIONS: readonly (readonly [description: string, code: number | null])[] = [
  ["Service not available, closing transmission channel.", 421],
  ["Mailbox unavailable.", null],
  ["Error in processing.", 451],
  ["Insufficient system storage.", 452],
  ["Client does not have permission to submit mail to this server.", 454],
  ["Syntax error, command unrecognized.", null],
  ["Syntax error in parameters or arguments.", 501],
  ["Command not implemented.", 502],
  ["Bad sequence of commands.", 503],
  ["Command parameter not implemented.", 504],
  ["The SMTP server requires a secure connection or the client was not authenticated.", 530],
  ["User not local; please try a different path.", 551],
  ["Exceeded storage allocation.", 552],
  ["Mailbox name not allowed.", 553],
  ["Transaction failed.", 554],
];

const LONGEST_DESCRIPTION = Math.max(...DESCRIPTIONS.map(([d]) => d.length));

/**
 * The text with each .NET description before "The server response was: " replaced by the
 * reply code it stands for, or removed where it stands for several; the framework's "The server
 * response was: " goes with it, and the server's words stand on a line of their own, a blank
 * line under them. Text without it is returned as it is.
 */
export function restoreDotNetReplies(text: string): string {
  let at = text.indexOf(SERVER_RESPONSE);
  if (at === -1) return text;
  let out = "";
  let copied = 0;
  while (at !== -1) {
    // Only the characters a description can span are read: a paste repeating the framework's
    // words without one stays linear.
    const from = Math.max(copied, at - LONGEST_DESCRIPTION - 4);
    const before = text.slice(from, at).trimEnd();
    const found = DESCRIPTIONS.find(([description]) => before.endsWith(description));
    if (found) {
      const [description, code] = found;
      const start = from + before.length - description.length;
      // The server's words end their line: set apart on lines of their own, so that what the
      // exception prints under them (the stack trace's indented "   at System.Net.Mail..."
      // frames) is not read as the reply's wrapped lines.
      let end = text.indexOf("\n", at);
      if (end === -1) end = text.length;
      out +=
        text.slice(copied, start).trimEnd() +
        "\n" +
        (code === null ? "" : `${code} `) +
        text.slice(at + SERVER_RESPONSE.length, end) +
        "\n";
      copied = end;
    }
    at = text.indexOf(SERVER_RESPONSE, at + SERVER_RESPONSE.length);
  }
  return copied === 0 ? text : out + text.slice(copied);
}
