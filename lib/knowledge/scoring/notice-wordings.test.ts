// Providers' notice sentences that stand for several causes (./notice-wordings.ts): copied
// alone they rank the causes and decide none; with the receiving server's reply below them,
// the reply decides.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

const BLOCKED =
  "** Message blocked **\n\nYour message to stefan.pejic@syrmia.com has been blocked. See technical details below for more information.";
const MISCONFIGURED =
  "Message not delivered\n\nYour message couldn't be delivered to rick.chang@mediatek.com because\nthe remote server is misconfigured. See technical details below for more\ninformation.";

describe("notice wordings: Gmail", () => {
  it("ranks a refusal by rule first for 'Message blocked', and decides nothing", async () => {
    const r = await reading(BLOCKED);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["content-spam", "sender-policy"]);
    expect(r.ranked).not.toContain("remote-unreachable");
  });

  it("ranks the address, then its domain, first for 'the remote server is misconfigured'", async () => {
    const r = await reading(MISCONFIGURED);
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["recipient-unknown", "recipient-domain-invalid"]);
    expect(r.ranked).toContain("relay-denied");
  });

  it("ranks Gmail's own refusal to send as spam first (its page on blocked messages)", async () => {
    const r = await reading(
      "Message rejected. See https://support.google.com/mail/answer/69585 for more information.",
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["content-spam", "bad-reputation"]);
  });

  it("leaves the decision to the reply when the notice quotes it", async () => {
    const blocked = await reading(
      `${BLOCKED}\n\nThe response from the remote server was:\n550 5.4.1 Recipient address rejected: Access denied. AS(201806281) [DBAEUR03FT030.eop-EUR03.prod.protection.outlook.com]`,
    );
    expect(blocked.cause).toBe("recipient-unknown");
    const misconfigured = await reading(
      `${MISCONFIGURED}\n\nThe response from the remote server was:\n554 5.4.14 Hop count exceeded - possible mail loop ATTR34 [DS1PEPF00017090.namprd03.prod.outlook.com 2025-11-06T22:03:23.333Z 08DE1D1FC98F0792]`,
    );
    expect(misconfigured.cause).toBe("remote-server-error");
  });
});

describe("notice wordings: Yahoo", () => {
  it("ranks an unreachable server first when Yahoo gave up after retries, and decides nothing", async () => {
    const r = await reading(
      "Sorry, we were unable to deliver your message to the following address.\n\n<neko@sijo.example.jp>:\nUnable to deliver message after multiple retries, giving up.",
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["remote-unreachable", "remote-server-error"]);
  });
});

describe("notice wordings: AOL and au", () => {
  it("ranks the recipient's domain first for AOL's routing issue, and decides nothing", async () => {
    const r = await reading(
      "We were unable to deliver your message to the following address kijitora@example.jp because: Email routing issue due to network",
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked.slice(0, 2)).toEqual(["recipient-domain-invalid", "remote-unreachable"]);
  });

  it("ranks the address first for au EZweb's Japanese paragraph, on one line or two", async () => {
    for (const text of [
      "送信先メールアドレスが見つからないか、送信先メールサーバの事由により送信できませんでした。",
      "送信先メールアドレスが見つからないか、\n送信先メールサーバの事由により送信できませんでした。",
    ]) {
      const r = await reading(text);
      expect(r.cause).toBe("unknown");
      expect(r.ranked[0]).toBe("recipient-unknown");
      expect(r.ranked).toContain("remote-server-error");
    }
  });
});

/**
 * InterScan E-Mail VirusWall NT's notice as its layout goes (flufl.bounce dumbass_01.txt): no
 * recipient named, no reply quoted, the returned message after it (long enough that the words
 * are read in the notice's whole text, not as a short paste's own words).
 */
function viruswallNotice(): string {
  const body = "A line of the returned message's own text, nothing about its delivery.\n".repeat(
    40,
  );
  return [
    "From: postmaster@gateway.example.com",
    "To: <sender@example.org>",
    "Subject: Mail could not be delivered",
    "MIME-Version: 1.0",
    'Content-Type: multipart/mixed; boundary="------------InterScan_NT_MIME_Boundary"',
    "",
    "--------------InterScan_NT_MIME_Boundary",
    "Content-type: text/plain",
    "",
    "****** Message from InterScan E-Mail VirusWall NT ******",
    "",
    "The following mail could not be delivered.",
    "Reason:  Exceeded Maximum Delivery Attempts.  Verify that the recipient address is correct.",
    "",
    "*****************     End of message     ***************",
    "",
    "--------------InterScan_NT_MIME_Boundary",
    "Content-type: message/rfc822",
    "",
    "From: Sender <sender@example.org>",
    "To: someone@example.net",
    "Subject: Season's greetings",
    "",
    body,
    "--------------InterScan_NT_MIME_Boundary--",
    "",
  ].join("\n");
}

describe("notice wordings: InterScan VirusWall NT", () => {
  it("ranks an unreachable server, then the recipient's domain, when the retries ran out", async () => {
    for (const text of [
      "Reason:  Exceeded Maximum Delivery Attempts.  Verify that the recipient address is correct.",
      viruswallNotice(),
    ]) {
      const r = await reading(text);
      expect(r.cause).toBe("unknown");
      expect(r.ranked.slice(0, 2)).toEqual(["remote-unreachable", "recipient-domain-invalid"]);
      // No server is quoted refusing the sender: a blocklist is not among the readings.
      expect(r.ranked).not.toContain("ip-blocklisted");
    }
  });
});
