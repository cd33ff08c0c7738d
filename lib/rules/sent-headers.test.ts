import { describe, expect, it } from "vitest";
import { parseSentHeaders } from "./sent-headers";
import { validateAnswer } from "./answers";
import { QUESTIONS } from "./questions";
import { SAMPLE_SENT_HEADERS } from "./test-factories";

describe("parseSentHeaders", () => {
  it("reads the receiver's verdicts, the sending IP and the DKIM signature", () => {
    const h = parseSentHeaders(SAMPLE_SENT_HEADERS);
    expect(h).toMatchObject({
      spf: "fail",
      dkim: "fail",
      dmarc: "fail",
      mailFromDomain: "example.com",
      dkimDomain: "example.com",
      headerFromDomain: "example.com",
      sendingIp: "198.51.100.7",
      dkimSignatures: [{ domain: "example.com", selector: "s1" }],
      fromDomain: "example.com",
    });
  });

  it("takes the IP from the newest Received with a public address when Received-SPF is absent", () => {
    const text = [
      "Received: from mx.internal (localhost [127.0.0.1]) by filter.example.net; Mon, 5 Jan 2026",
      "Received: from out.example.org (out.example.org [IPv6:2001:db8::25])",
      "\tby mx.example.net with ESMTPS; Mon, 5 Jan 2026",
      "Received: from laptop (192-168-1-2.home [192.168.1.2]) by out.example.org; Mon, 5 Jan 2026",
      "Authentication-Results: mx.example.net; dkim=pass header.d=example.org header.s=k1; dkim=fail header.d=other.example; spf=pass smtp.mailfrom=bounce@example.org; dmarc=pass header.from=example.org",
    ].join("\r\n");
    const h = parseSentHeaders(text);
    expect(h.sendingIp).toBe("2001:db8::25");
    expect(h.dkim).toBe("pass");
    expect(h.dmarc).toBe("pass");
    expect(h.dkimDomain).toBe("example.org");
  });

  it("reads quoted pastes and ignores comments with parentheses inside", () => {
    const h = parseSentHeaders(
      "> Authentication-Results: mx.example.net (a (nested) comment);\n>   spf=softfail (domain of x (y) z) smtp.mailfrom=example.com",
    );
    expect(h.spf).toBe("softfail");
    expect(h.mailFromDomain).toBe("example.com");
  });

  it("returns nothing recognised for text that is not headers", () => {
    expect(parseSentHeaders("hello, this is not a header block").recognised).toBe(false);
  });

  it("stays fast on hostile input", () => {
    const hostile =
      "Received: from " +
      "[".repeat(200_000) +
      "\nAuthentication-Results: x; " +
      "spf=pass ".repeat(50_000);
    const t = performance.now();
    parseSentHeaders(hostile);
    expect(performance.now() - t).toBeLessThan(500);
  });
});

describe("validateAnswer", () => {
  it.each([
    ["sending-ip", { kind: "text", value: " 192.0.2.1 " }, true],
    ["sending-ip", { kind: "text", value: "192.0.2.300" }, false],
    ["sending-ip", { kind: "text", value: "2001:db8::25" }, true],
    // The check route's parser refuses zone ids and leading zeros; so does the wizard.
    ["sending-ip", { kind: "text", value: "fe80::1%eth0" }, false],
    ["sending-ip", { kind: "text", value: "192.0.02.1" }, false],
    ["sending-ip", { kind: "headers", value: SAMPLE_SENT_HEADERS }, true],
    ["sending-domain", { kind: "text", value: "Example.COM." }, true],
    ["sending-domain", { kind: "text", value: "not a domain" }, false],
    ["sending-domain", { kind: "headers", value: "x" }, false],
    ["dkim-selector", { kind: "text", value: "selector1" }, true],
    ["dkim-selector", { kind: "text", value: "bad selector" }, false],
    ["dkim-selector", { kind: "text", value: "s1._sub.example" }, true],
    ["dkim-selector", { kind: "text", value: "-s1" }, false],
    ["dkim-selector", { kind: "text", value: "a.b.c.d.e" }, false],
    ["scope-messages", { kind: "choice", value: "all" }, true],
    ["scope-messages", { kind: "choice", value: "nonsense" }, false],
    ["scope-messages", { kind: "dont-know" }, true],
  ] as const)("%s %j → %s", (q, a, ok) => {
    expect(validateAnswer(QUESTIONS[q], a).ok).toBe(ok);
  });

  it("normalises a domain", () => {
    expect(
      validateAnswer(QUESTIONS["sending-domain"], { kind: "text", value: "Example.COM." }),
    ).toEqual({
      ok: true,
      answer: { kind: "text", value: "example.com" },
    });
  });
});
