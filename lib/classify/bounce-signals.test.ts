// A writer's verdict in the bounce's own header (EZweb's X-SPASIGN) and a status code read as a
// bounce reports it (X.7.9 between servers), through the real parser and classifier.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "./classify";

const ezweb = (spasign: string | null) =>
  [
    "From: <Postmaster@ezweb.ne.jp>",
    "To: <sender@example.jp>",
    "Subject: Mail System Error - Returned Mail",
    ...(spasign === null ? [] : [`X-SPASIGN: ${spasign}`]),
    "Content-Type: text/plain; charset=us-ascii",
    "",
    "<someone@ezweb.ne.jp>",
    "",
    "Each of the following recipients was rejected by a remote mail server.",
    "Received: from mta.example.jp (host [192.0.2.22])",
    "        by lsean.ezweb.ne.jp (EZweb Mail) with SMTP id 12ABCD8",
    "",
  ].join("\n");

describe("header signals", () => {
  it("keeps only the header fields the knowledge reads, so the bounce's own From/To stay out", async () => {
    const p = await parseBounce(ezweb("NG"));
    expect(p.headers).toEqual([{ name: "x-spasign", value: "NG" }]);
  });

  it("reads EZweb's X-SPASIGN: NG as the recipient's filter refusing the sender", async () => {
    const d = classify(await parseBounce(ezweb("NG")));
    expect(d.recipients[0]?.cause).toBe("sender-policy");
    expect(d.recipients[0]?.evidence[0]?.ruleId).toBe("ezweb.x-spasign-ng");
  });

  it("ignores the field with another value, or from another writer", async () => {
    expect(
      classify(await parseBounce(ezweb("OK"))).recipients[0]?.evidence.some(
        (e) => e.ruleId === "ezweb.x-spasign-ng",
      ),
    ).toBe(false);
    const other = ezweb("NG")
      .replace("(EZweb Mail)", "(Postfix)")
      .replace("ezweb.ne.jp", "example.net")
      .replace("Postmaster@ezweb.ne.jp", "Postmaster@example.net");
    expect(
      classify(await parseBounce(other)).recipients[0]?.evidence.some(
        (e) => e.ruleId === "ezweb.x-spasign-ng",
      ),
    ).toBe(false);
  });
});

describe("status codes as a bounce reports them", () => {
  const dsn = (status: string, diag: string) =>
    `Reporting-MTA: dns; mta.example.net\n\nFinal-Recipient: rfc822; someone@example.org\nAction: failed\nStatus: ${status}\nDiagnostic-Code: smtp; ${diag}\n`;

  it("reads X.7.9 from one server's delivery to another as the message's authentication", async () => {
    const d = classify(await parseBounce(dsn("5.7.9", "550 5.7.9 Rejected")));
    expect(d.recipients[0]?.cause).toBe("authentication-failure");
    expect(d.recipients[0]?.evidence[0]?.ruleId).toBe("rfc3463.X.7.9-in-bounce");
  });

  it("keeps the AUTH reading for a reply line pasted on its own (a client's submission)", async () => {
    const d = classify(await parseBounce("534 5.7.9 Authentication mechanism is too weak"));
    expect(d.recipients[0]?.cause).toBe("relay-denied");
  });
});
