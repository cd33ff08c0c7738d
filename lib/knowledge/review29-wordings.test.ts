// Wordings review 29 found read wrongly or not at all (findings 2, 5 and 6), each read by its
// writer's own words as its source gives them. The inputs are minimal messages written here
// around the quoted server output; names and addresses are example ones.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";

async function readingOf(text: string): Promise<{ cause: string; rules: string[] }> {
  const d = classify(await parseBounce(text));
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, rules: r.evidence.map((e) => e.ruleId) };
}

// A Domino delivery failure report, in the layout of Domino 6.5's (its text part, then its DSN),
// with the reason line PHPMailer-BMH samples ("Recipient user name info (a@b.c) not unique.
// Several matches found in Domino Directory.").
const DOMINO_NOT_UNIQUE = `From: Postmaster@example.com
To: alice@example.net
Subject: DELIVERY FAILURE: Recipient user name info (info@example.com) not unique.  Several
 matches found in Domino Directory.
MIME-Version: 1.0
Content-Type: multipart/report; report-type=delivery-status; boundary="B1"

--B1
Content-Type: text/plain; charset=us-ascii

Your message

  Subject: Hello

was not delivered to:

  info@example.com

because:

  Recipient user name info (info@example.com) not unique.  Several matches found in Domino Directory.

--B1
Content-Type: message/delivery-status

Reporting-MTA: dns;mail.example.com

Final-Recipient: rfc822;info@example.com
Action: failed
Status: 5.0.0
Diagnostic-Code: X-Notes; Recipient user name info (info@example.com
 ) not unique.  Several matches found in Domino Directory.

--B1--
`;

describe("review 29 wordings", () => {
  it("reads Domino's ambiguous recipient name as a fault of the recipient's directory", async () => {
    const r = await readingOf(DOMINO_NOT_UNIQUE);
    expect(r.cause).toBe("remote-server-error");
    expect(r.rules).toContain("domino.several-matches");
  });

  // T-Online's (BL) refusal as senders quote it: the IP masked or a placeholder, never a real
  // address (stefanblaimer.de: "IP=SERVERIP"; mailcow-dockerized#2532: "IP=***.***.***.***";
  // serverdevworker.com: "IP=xx.xx.xx.xx"). The reading must not hang on the IP's form.
  it.each(["SERVERIP", "***.***.***.***", "xx.xx.xx.xx", "192.0.2.1"])(
    "reads T-Online's (BL) refusal with IP=%s",
    async (ip) => {
      const text = `host mx02.t-online.de[194.25.134.9] refused to talk to me: 554 IP=${ip} - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.) (BL)`;
      const r = await readingOf(text);
      expect(r.cause).toBe("bad-reputation");
      expect(r.rules.some((id) => id.startsWith("t-online.bl-"))).toBe(true);
    },
  );

  it("does not read T-Online's words without the (BL) tag as (BL)", async () => {
    const r = await readingOf(
      "554 IP=192.0.2.1 - A problem occurred. (Ask your postmaster for help or to contact tosa@rx.t-online.de to clarify.)",
    );
    expect(r.rules).not.toContain("t-online.bl-ask-tosa");
  });

  // The "<host #x.y.z>" trailer of an Exchange 2000/2003 report (KB Q304897), here under a
  // relay's catch-all 554 5.4.0 (forwardemail/free-email-forwarding#115): the trailer's 4.4.1,
  // "No answer from host", says what failed.
  it("reads a 4.4.1 trailer under a catch-all status as a host that did not answer", async () => {
    const r = await readingOf("554 5.4.0 <mx1.example.com #4.4.1>");
    expect(r.cause).toBe("remote-unreachable");
    expect(r.rules).toContain("microsoft.legacy-ndr.trailer-no-connection");
  });

  it.each([
    // A link's fragment is no trailer: no space before the '#'.
    "See <https://example.com/docs.html#4.4.1> for details",
    // Another subject's code in the trailer says nothing of a connection.
    "550 5.0.0 <mail.example.com #5.1.1>",
  ])("reads no connection trailer in: %s", async (text) => {
    const r = await readingOf(text);
    expect(r.rules).not.toContain("microsoft.legacy-ndr.trailer-no-connection");
  });
});
