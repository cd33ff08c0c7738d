// Test inputs (relay-receiver.test.ts, lib/checklists/relay-steps.test.ts): relay refusals the
// sender's own mail server quoted from the recipient's MX, in the shape of real bounces; names,
// hosts and IPs are replaced by example ones.

// Phorum/Core#275: qmail-send's bounce quoting the list host's MX (qmail-remote's "<ip> does not
// like recipient." then "Remote host said:").
export const QMAIL_REMOTE_RELAY = `Hi. This is the qmail-send program at mta.example.net.
I'm afraid I wasn't able to deliver your message to the following addresses.
This is a permanent error; I've given up. Sorry it didn't work out.

majordomo@lists.example.org:
192.0.2.130 does not like recipient.
Remote host said: 554 majordomo@lists-old.example.com: Relay access denied
Giving up on 192.0.2.130.

--- Below this line is a copy of the message.

Return-Path: ann@example.net
To: majordomo@lists.example.org
From: ann@example.net

subscribe announce
`;

// Exim's own bounce (deliver.c's intro) with its smtp transport's words for a RCPT refusal.
export const EXIM_REMOTE_RELAY = `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  ann@example.com
    SMTP error from remote mail server after RCPT TO:<ann@example.com>:
    550 relay not permitted
`;
