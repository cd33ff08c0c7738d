// The generic wordings' sources (generic-sources.ts): every quote is a wording generic.ts
// holds and contains its needle, and every generic wording has such a source (issue 8: "a
// generic entry needs a real, sourced example of its own").
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";
import { findNeedle } from "@/lib/classify/matcher";
import { normalizeString } from "@/lib/classify/text-index";
import { GENERIC_SOURCES } from "./generic-sources";
import { GENERIC_SIGNATURES, isSourcedGeneric } from "./generic";

describe("generic wording sources", () => {
  const needles = new Set(GENERIC_SIGNATURES.flatMap((s) => s.match.map(String)));

  it.each(GENERIC_SOURCES.map((s) => [s.url, s] as const))(
    "%s: each quote is a generic wording and holds its needle",
    (_url, source) => {
      expect(source.url).toMatch(/^https:\/\//);
      expect(source.url).not.toContain("sisimai/p5-sisimai/tree/master/lib/Sisimai/Reason");
      // Sisimai's collection of bounces is where the dev corpus comes from: a wording sourced
      // from it would make the corpus check circular.
      expect(source.url).not.toContain("sisimai/set-of-emails");
      expect(source.wordings.length).toBeGreaterThan(0);
      for (const w of source.wordings) {
        expect(needles.has(String(w.needle)), String(w.needle)).toBe(true);
        expect(findNeedle(normalizeString(w.quote), w.needle), w.quote).not.toBeNull();
        if (w.output)
          expect(findNeedle(normalizeString(w.output), w.needle), w.output).not.toBeNull();
      }
    },
  );

  // None is without one: session 4 sourced or took out the last of the wordings that rested only
  // on Sisimai's reason modules (466 at its start); a new generic wording comes with its source
  // in generic-sources*.ts.
  it("has no generic wording without a source", () => {
    expect(GENERIC_SIGNATURES.filter((s) => !isSourcedGeneric(s)).map((s) => s.id)).toEqual([]);
  });

  // XMail's client, forced to TLS, meets a server that offers none (Errors.cpp ERR_NO_REMOTE_SSL).
  it("reads a remote server without TLS as tls-required, and no neighbour of it", async () => {
    const read = async (text: string) => {
      const d = classify(await parseBounce(text));
      return d.recipients[0]?.cause ?? d.overall.cause;
    };
    expect(await read("554 Remote server does not support TLS")).toBe("tls-required");
    expect(await read("500 Remote server does not support SMTP Authenticated Relay")).not.toBe(
      "tls-required",
    );
  });

  // policyd-weight (0.1.15.2, /usr/sbin/policyd-weight) appends " - retrying too fast. penalty:
  // ..." to its cached spam rejection; no rate-limit wording may read it as a rate limit.
  it("does not read policyd-weight's cached spam rejection as a rate limit", async () => {
    const reply =
      "550 Mail appeared to be SPAM or forged. Ask your Mail/DNS-Administrator to correct HELO and DNS MX settings or to get removed from DNSBLs [cached] - retrying too fast. penalty: 30 seconds x 0 retries.";
    const d = classify(await parseBounce(reply));
    expect(d.recipients[0]?.cause ?? d.overall.cause).not.toBe("rate-limited");
    // Sendmail's ratecontrol refusal (cf/m4/proto.m4) is one.
    const plain = classify(await parseBounce("421 4.3.2 Connection rate limit exceeded."));
    expect(plain.recipients[0]?.cause ?? plain.overall.cause).toBe("rate-limited");
  });
});
