// Ready texts to send the recipient through another channel (phone, chat, another address),
// for when mail cannot reach them. Plain, polite, and free of jargon.

export interface ReadyMessage {
  subject: string;
  body: string;
}

export function mailboxFullMessage(recipient: string): ReadyMessage {
  return {
    subject: "Your mailbox is full: my email could not be delivered",
    body: [
      "Hello,",
      "",
      // What the server said, not more: the message goes out while the wizard may only hold the
      // bounce's words (a conclusion no check or answer confirmed), as the disabled one does.
      `I tried to email you at ${recipient}, but your mail server returned my message: it says the mailbox is full.`,
      "Could you delete some old messages (or ask your IT department for more storage) and let me know when it is done? I will send it again then.",
      "",
      "Thank you!",
    ].join("\n"),
  };
}

export function mailboxDisabledMessage(recipient: string): ReadyMessage {
  return {
    subject: "Is your email address still in use?",
    body: [
      "Hello,",
      "",
      `My email to ${recipient} was returned: the server says the mailbox is disabled or closed.`,
      "Do you have a new address I should use, or is there someone else I should write to?",
      "",
      "Thank you!",
    ].join("\n"),
  };
}

export function addressConfirmationMessage(recipient: string): ReadyMessage {
  return {
    subject: "Could you confirm your email address?",
    body: [
      "Hello,",
      "",
      `I tried to email you at ${recipient}, but the message came back as undeliverable.`,
      "Could you reply with your exact email address (or send me a short email from it), so I can make sure I have it right?",
      "",
      "Thank you!",
    ].join("\n"),
  };
}

/**
 * The ready text for a sender-policy refusal: the receiving organisation's rule names senders,
 * so the request is for the sender's own ADDRESS, never a whole domain or server. An allow entry
 * for a domain also lets through everything that merely claims it (spoofed mail included), and
 * some filters skip their content scan for it. `restriction` words where the rule lives when the
 * bounce says (Microsoft's 5.7.129: a group's or mailbox's list of senders it accepts mail from).
 */
export function allowSenderMessage(
  recipient: string | null,
  senderAddress: string | null,
  bounceLine: string | null,
  restriction: "group-allowed-senders" | null,
): ReadyMessage {
  // Without the address the text still names something IT can find: the refused message's
  // sender, which their server logged (and the quoted reply carries).
  const who = senderAddress ? `my address, ${senderAddress},` : "the address my message came from";
  const where =
    restriction === "group-allowed-senders"
      ? `to the list of senders ${recipient ?? "the address I wrote to"} accepts mail from (a delivery restriction on that group or mailbox)`
      : "to the senders they accept mail from";
  return {
    subject: "Your mail server is blocking my emails",
    body: [
      "Hello,",
      "",
      `My emails to ${recipient ?? "you"} are being refused by your organisation's mail server.`,
      `Could you forward this to your IT department and ask them to add ${who} ${where}?`,
      ...(bounceLine ? ["", "The server's message was:", bounceLine] : []),
      "",
      "Thank you!",
    ].join("\n"),
  };
}
