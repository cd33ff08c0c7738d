// ZMailer's error channel reports a router refusal as "X-LOCAL; 500 (<form>)": the form's name is
// the reason, the 500 is fixed (./zmailer.ts). Before the table, the 500 alone was read, as a
// command syntax error.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

// The real report from mm1.sprynet.com (MimeKit's multipart-report.txt), its returned message cut.
const SPRYNET_REPORT = `From: The Post Office <postmaster@mm1.sprynet.com>
Subject: email delivery error
Cc: The Postmaster <postmaster@mm1.sprynet.com>
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="A41C7.838631588=_/mm1"
Precedence: junk
To: unlisted-recipients:; (no To-header on input)
Date: Mon, 29 Jul 1996 02:13:08 -0700

Processing your mail message caused the following errors:

error: err.nosuchuser: newsletter-request@imusic.com

--A41C7.838631588=_/mm1
Content-Type: message/delivery-status

Reporting-MTA: dns; mm1
Arrival-Date: Mon, 29 Jul 1996 02:12:50 -0700

Final-Recipient: RFC822; newsletter-request@imusic.com
Action: failed
Diagnostic-Code: X-LOCAL; 500 (err.nosuchuser)

--A41C7.838631588=_/mm1--
`;

async function cause(text: string): Promise<string> {
  const d = await diagnose(text);
  return (d.recipients[0] ?? d.overall).cause;
}

describe("ZMailer's error channel", () => {
  it("reads err.nosuchuser in a whole report as an address that does not exist, not a syntax error", async () => {
    expect(await cause(SPRYNET_REPORT)).toBe("recipient-unknown");
  });

  it("reads the diagnostic code pasted alone the same way", async () => {
    expect(await cause("Diagnostic-Code: X-LOCAL; 500 (err.nosuchuser)")).toBe("recipient-unknown");
  });

  it("reads the database form as a domain that does not exist", async () => {
    expect(await cause("Diagnostic-Code: X-LOCAL; 500 (database)")).toBe(
      "recipient-domain-invalid",
    );
  });

  it("leaves a plain 500 reply to a command its syntax reading", async () => {
    expect(await cause("500 5.5.1 Command unrecognized")).toBe("protocol-syntax");
  });
});
