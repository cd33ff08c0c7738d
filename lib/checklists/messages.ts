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

export function allowListMessage(
  recipient: string,
  senderDomain: string,
  ip: string | null,
  bounceLine: string | null,
): ReadyMessage {
  return {
    subject: "Your mail server is blocking my emails",
    body: [
      "Hello,",
      "",
      `My emails to ${recipient} are being refused by your organisation's mail server.`,
      `Could you forward this to your IT department and ask them to allow mail from ${senderDomain}${ip ? ` (sending server ${ip})` : ""}?`,
      ...(bounceLine ? ["", "The server's message was:", bounceLine] : []),
      "",
      "Thank you!",
    ].join("\n"),
  };
}
