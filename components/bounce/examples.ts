// Short example bounces to try with one click. Written for this project from the documented
// shapes of each provider's reply (sources beside each); names and addresses are reserved
// example values (RFC 2606, RFC 5737), never real people.

export interface ExampleBounce {
  id: string;
  label: string;
  text: string;
}

export const EXAMPLE_BOUNCES: readonly ExampleBounce[] = [
  {
    id: "spamhaus",
    label: "Blocked by Spamhaus",
    // Shape: Postfix bounce quoting a Spamhaus ZEN rejection (https://www.spamhaus.org/faqs/).
    text: `This is the mail system at host mail.example.org.

I'm sorry to have to inform you that your message could not
be delivered to one or more recipients.

<anna@example.net>: host mx1.example.net[198.51.100.25] said: 554 5.7.1
    Service unavailable; Client host [203.0.113.7] blocked using
    zen.spamhaus.org; https://www.spamhaus.org/query/ip/203.0.113.7 (in reply
    to RCPT TO command)`,
  },
  {
    id: "gmail-unknown",
    label: "Gmail: no such user",
    // Shape: Google's 5.1.1 reply (https://support.google.com/a/answer/3726730).
    text: `Delivery to the following recipient failed permanently:

     jon.smiht@gmail.com

The error that the other server returned was:
550-5.1.1 The email account that you tried to reach does not exist. Please try
550-5.1.1 double-checking the recipient's email address for typos or
550-5.1.1 unnecessary spaces. For more information, go to
550 5.1.1  https://support.google.com/mail/?p=NoSuchUser a1si123456qkb.12 - gsmtp`,
  },
  {
    id: "mailbox-full",
    label: "Mailbox full",
    // Shape: RFC 3463 5.2.2 "mailbox full" as Exim words it.
    text: `This message was created automatically by mail delivery software.

A message that you sent could not be delivered to one or more of its
recipients. This is a permanent error. The following address(es) failed:

  carla@example.com
    host mx.example.com [203.0.113.7]
    SMTP error from remote mail server after RCPT TO:<carla@example.com>:
    552 5.2.2 Mailbox full: carla@example.com is over quota`,
  },
  {
    id: "o365-auth",
    label: "Office 365: SPF/DMARC failed",
    // Shape: Exchange Online NDR 5.7.509 (https://learn.microsoft.com/exchange/mail-flow-best-practices/non-delivery-reports-in-exchange-online/non-delivery-reports-in-exchange-online).
    text: `Your message to dave@contoso.example couldn't be delivered.

Remote Server returned '550 5.7.509 Access denied, sending domain
example.org does not pass DMARC verification and has a DMARC policy of reject.'

Diagnostic information for administrators:
Generating server: AM0PR01MB1234.eurprd01.prod.outlook.com
dave@contoso.example
Remote Server returned '550 5.7.509 Access denied, sending domain example.org does not pass DMARC verification and has a DMARC policy of reject. [AM0PR01MB1234.eurprd01.prod.outlook.com]'`,
  },
  {
    id: "ambiguous",
    label: 'Just "550 5.7.1 rejected"',
    text: `550 5.7.1 Message rejected`,
  },
];
