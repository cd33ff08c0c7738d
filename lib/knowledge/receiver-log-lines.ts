// The lines a receiving server writes to its own mail log when it refuses a message, as data:
// pasted by the admin of that server (or forwarded to the sender by one), they are not a bounce
// the sender got back. Each line names who tried to hand the message over ("from host[address]")
// and the envelope ("from=<sender> to=<recipient>"), so the report can say who refused whom.
// Source: Postfix's own code that writes each line (the mirror the signatures cite, Postfix
// 3.7.11), and for each an example the real-MTA lab recorded (lib/knowledge/lab/fixtures/postfix,
// *.receiving.log). A delivery agent's line ("to=<...>, relay=..., status=bounced (host X said:
// ...)") is the SENDING server's log and is not one of these.

export interface ReceiverLogLine {
  id: string;
  /**
   * The line's fixed part, up to the client's name and address: capture 1 the host name, 2 its
   * address. Linear: every repeat is bounded and its characters exclude what follows it.
   */
  pattern: RegExp;
  /** What only this line has after the reason: the envelope's sender field. */
  envelope: RegExp;
  /** Where the MTA writes the line. */
  source: string;
  /** A line as the MTA wrote it. */
  example: string;
  exampleSource: string;
}

const POSTFIX =
  "https://github.com/vdukhovni/postfix/blob/b51592167377ee5c720c126e54b7a905a4868fbd";
const LAB = "lib/knowledge/lab/fixtures/postfix";

export const RECEIVER_LOG_LINES: readonly ReceiverLogLine[] = [
  {
    // smtpd refusing at a stage of the SMTP session: "%s: %s: %s from %s: %s;" (queue id or
    // NOQUEUE, "reject" or "milter-reject", the stage, client name[address], the reply), then
    // " from=<%s>", " to=<%s>", " proto=%s", " helo=<%s>".
    id: "postfix.smtpd-reject",
    pattern:
      /(?:NOQUEUE|\b[0-9A-Za-z]{5,20}): (?:milter-)?reject: (?:CONNECT|EHLO|HELO|MAIL|RCPT|DATA|END-OF-MESSAGE|BDAT|VRFY|ETRN) from ([^\s[\]]{1,253})\[([0-9A-Fa-f.:]{2,45})\](?::\d{1,5})?: /,
    envelope: /; from=<[^<>\n]{0,300}>/,
    source: `${POSTFIX}/postfix/src/smtpd/smtpd_check.c (log_whatsup)`,
    example:
      "Dec 07 09:00:20 mx postfix/smtpd[6315]: NOQUEUE: reject: RCPT from client.mta-lab.test[192.0.2.160]: 554 5.7.1 <someone@sender.mta-lab.test>: Relay access denied; from=<someone@sender.mta-lab.test> to=<someone@sender.mta-lab.test> proto=ESMTP helo=<client.mta-lab.test>",
    exampleSource: `${LAB}/relay-denied.receiving.log`,
  },
  {
    // cleanup applying a milter's verdict on the whole message: "%s: %s: %s from %s[%s]: %s;"
    // (queue id, "milter-reject", "END-OF-MESSAGE", client name and address, the reply text),
    // then the same envelope fields.
    id: "postfix.cleanup-milter-reject",
    pattern:
      /\b[0-9A-Za-z]{5,20}: milter-reject: (?:CONNECT|EHLO|MAIL|RCPT|DATA|END-OF-MESSAGE) from ([^\s[\]]{1,253})\[([0-9A-Fa-f.:]{2,45})\]: /,
    envelope: /; from=<[^<>\n]{0,300}>/,
    source: `${POSTFIX}/postfix/src/cleanup/cleanup_milter.c (cleanup_milter_apply)`,
    example:
      "Dec 07 09:01:02 mx postfix/cleanup[6688]: 3AF8D17C073: milter-reject: END-OF-MESSAGE from client.mta-lab.test[192.0.2.160]: 5.7.1 rejected by DMARC policy for dmarc-fail.mta-lab.test; from=<someone@dmarc-fail.mta-lab.test> to=<user@mta-lab.test> proto=ESMTP helo=<client.mta-lab.test>",
    exampleSource: `${LAB}/dmarc-reject.receiving.log`,
  },
  {
    // cleanup's header or body check: "%s: %s: %s %.200s from %s;" (queue id, action, what was
    // checked, the matched text, client name[address]), the envelope, then ": %s" the reply.
    id: "postfix.cleanup-check-reject",
    pattern:
      /\b[0-9A-Za-z]{5,20}: reject: (?:header|body|mime-header|nested-header) [^\n]{0,250}? from ([^\s[\];]{1,253})\[([0-9A-Fa-f.:]{2,45})\];/,
    envelope: /; from=<[^<>\n]{0,300}>/,
    source: `${POSTFIX}/postfix/src/cleanup/cleanup_message.c (cleanup_act_log)`,
    example:
      "Dec 07 09:00:57 mx postfix/cleanup[6688]: 8EC5417C035: reject: header X-Lab-Spam-Flag: YES from client.mta-lab.test[192.0.2.160]; from=<someone@sender.mta-lab.test> to=<user@mta-lab.test> proto=ESMTP helo=<client.mta-lab.test>: 5.7.1 message content rejected",
    exampleSource: `${LAB}/header-check.receiving.log`,
  },
];
