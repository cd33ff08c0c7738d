import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { parseBounce } from "./parse";

// A sendmail DSN around a bare "550 mail refused" at RCPT TO (the shape of BounceParser's
// t/corpus/cox-rejected.msg with the remote reply replaced): sendmail writes Status 5.1.1 and
// its own "User unknown" line, though the server said neither.
const SENDMAIL_DSN = `From: Mail Delivery Subsystem <MAILER-DAEMON@somehost.example.com>
To: <sender@somehost.example.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status;
\tboundary="k71Hopae023869.1154454651/somehost.example.com"
Subject: Returned mail: see transcript for details
Auto-Submitted: auto-generated (failure)

This is a MIME-encapsulated message

--k71Hopae023869.1154454651/somehost.example.com

The original message was received at Tue, 1 Aug 2006 10:50:46 -0700
from localhost [127.0.0.1]

   ----- The following addresses had permanent fatal errors -----
<recipient@example.net>
    (reason: REPLY)

   ----- Transcript of session follows -----
... while talking to mx.example.org.:
>>> RCPT To:<recipient@example.net>
<<< REPLY
550 5.1.1 <recipient@example.net>... User unknown

--k71Hopae023869.1154454651/somehost.example.com
Content-Type: message/delivery-status

Reporting-MTA: dns; somehost.example.com
Received-From-MTA: DNS; localhost
Arrival-Date: Tue, 1 Aug 2006 10:50:46 -0700

Final-Recipient: RFC822; recipient@example.net
Action: failed
Status: 5.1.1
Remote-MTA: DNS; mx.example.org
Diagnostic-Code: SMTP; REPLY
Last-Attempt-Date: Tue, 1 Aug 2006 10:50:50 -0700

--k71Hopae023869.1154454651/somehost.example.com--
`;

const withReply = (reply: string) => SENDMAIL_DSN.replaceAll("REPLY", reply);

describe("sendmail's own status for a bare reply code", () => {
  it("is not read as the server's: a bare 550 stays undecided", async () => {
    const parsed = await parseBounce(withReply("550 mail refused"));
    expect(parsed.generator).toBe("sendmail");
    expect(parsed.recipients[0]!.status).toBeNull();
    const d = await diagnose(withReply("550 mail refused"));
    expect(d.recipients[0]!.cause).toBe("unknown");
  });

  it("keeps a status the server gave itself", async () => {
    const parsed = await parseBounce(withReply("550 5.7.1 mail refused"));
    expect(parsed.recipients[0]!.status).toBe("5.7.1");
  });

  it("keeps the server's own words deciding", async () => {
    const d = await diagnose(withReply("550 User unknown"));
    expect(d.recipients[0]!.cause).toBe("recipient-unknown");
  });

  it("keeps the Status field of another writer", async () => {
    const postfix = [
      "From: MAILER-DAEMON@mx.example.net (Mail Delivery System)",
      "Subject: Undelivered Mail Returned to Sender",
      "MIME-Version: 1.0",
      'Content-Type: multipart/report; report-type=delivery-status; boundary="B1"',
      "",
      "--B1",
      "",
      "This is the mail system at host mx.example.net.",
      "",
      "<recipient@example.net>: host mx.example.org[192.0.2.7] said: 550 mail refused",
      "    (in reply to RCPT TO command)",
      "",
      "--B1",
      "Content-Type: message/delivery-status",
      "",
      "Reporting-MTA: dns; mx.example.net",
      "",
      "Final-Recipient: rfc822; recipient@example.net",
      "Action: failed",
      "Status: 5.1.1",
      "Diagnostic-Code: smtp; 550 mail refused",
      "",
      "--B1--",
      "",
    ].join("\n");
    const parsed = await parseBounce(postfix);
    expect(parsed.generator).toBe("postfix");
    expect(parsed.recipients[0]!.status).toBe("5.1.1");
  });
});
