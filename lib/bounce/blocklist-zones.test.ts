// Blocklists named across a reply's lines: a multi-line reply (RFC 5321 section 4.2.1, "554-"
// until "554 ") and a reply a bounce wraps onto indented lines name a list all the same.
import { describe, expect, it } from "vitest";
import { joinReplyContinuations } from "./blocklist-zones";
import { extractBlocklistZones } from "./extract";

// As a sender pasted it (a public thread; the rev27 review's is-barracuda-telepac input).
const BARRACUDA_SPLIT =
  "554-Service unavailable; Client host [bl11-253-215.dsl.telepac.pt] blocked using\r\n554-Barracuda Reputation;\r\n554 http://www.barracudanetworks.com/reputation/?r=1&ip=85.244.0.1\r\n";

describe("joinReplyContinuations", () => {
  it("joins a multi-line reply's lines, their prefixes removed", () => {
    expect(
      joinReplyContinuations("554-5.7.1 blocked using\n554-5.7.1 Spamhaus;\n554 5.7.1 see it"),
    ).toBe("554-5.7.1 blocked using Spamhaus; see it");
  });

  it("joins lines a bounce wraps by indentation", () => {
    expect(joinReplyContinuations("said: 554 blocked using\n    Barracuda Reputation")).toBe(
      "said: 554 blocked using Barracuda Reputation",
    );
  });

  it("keeps apart a new reply with another code, and unindented lines", () => {
    const text = "550-blocked\n550 done\n451 Spamhaus is slow\nSpamhaus";
    expect(joinReplyContinuations(text)).toBe("550-blocked done\n451 Spamhaus is slow\nSpamhaus");
  });

  it("does not join a line after the reply's last line", () => {
    expect(joinReplyContinuations("554-a\n554 b\n554 c")).toBe("554-a b\n554 c");
  });
});

describe("zones named across lines", () => {
  it("finds the BRBL in a Barracuda reply split over continuation lines", () => {
    expect(extractBlocklistZones(BARRACUDA_SPLIT)).toEqual(["b.barracudacentral.org"]);
  });

  it("finds the same on one line, as before", () => {
    expect(
      extractBlocklistZones(
        "554 Service unavailable; Client host [192.0.2.1] blocked using Barracuda Reputation;",
      ),
    ).toEqual(["b.barracudacentral.org"]);
  });

  it("finds a zone a Postfix bounce wraps onto the next line", () => {
    expect(
      extractBlocklistZones(
        "host mx.example.com[192.0.2.2] said: 554 5.7.1 Service unavailable; Client host [192.0.2.1] blocked\n    using zen.spamhaus.org; https://www.spamhaus.org/query/ip/192.0.2.1",
      ),
    ).toContain("zen.spamhaus.org");
  });

  it("does not reach from a refusal's words to an operator named on an unrelated line", () => {
    expect(extractBlocklistZones("550 5.7.1 blocked\nThanks,\nSpamhaus fan club")).toEqual([]);
  });
});
