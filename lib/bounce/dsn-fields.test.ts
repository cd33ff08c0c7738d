import { describe, expect, it } from "vitest";
import { foldedDsnField } from "@/lib/testing/hostile-shapes";
import {
  dsnAddress,
  MAX_FIELD_VALUE_CHARS,
  parseDeliveryStatus,
  stripTypePrefix,
} from "./dsn-fields";

// Ten times the largest request body (1 MB): a quadratic step takes minutes here, a linear one
// well under the budget even on a busy two-core machine.
const TEN_TIMES = 10_000_000;
const BUDGET_MS = 3_000;

describe("parseDeliveryStatus", () => {
  it("unfolds continuation lines as before: one space between the trimmed pieces", () => {
    const text = "Diagnostic-Code: smtp;\n  550 5.1.1\n\tuser   unknown  \nStatus: 5.1.1\n";
    const { perMessage } = parseDeliveryStatus(text);
    expect(perMessage.get("diagnostic-code")?.value).toBe("smtp; 550 5.1.1 user   unknown");
    const empty = parseDeliveryStatus("X-Note:\n  folded\n");
    expect(empty.perMessage.get("x-note")?.value).toBe("folded");
  });

  it("reads a field folded over millions of lines in linear time, its value capped", () => {
    const text = foldedDsnField(TEN_TIMES);
    const started = performance.now();
    const { perRecipient } = parseDeliveryStatus(text);
    expect(performance.now() - started).toBeLessThan(BUDGET_MS);
    const code = perRecipient[0]?.get("diagnostic-code");
    expect(code?.value.startsWith("smtp; 550 5.1.1 user unknown x x")).toBe(true);
    expect(code?.value.length).toBeLessThanOrEqual(MAX_FIELD_VALUE_CHARS);
    // The span still covers the whole folded field.
    expect(code!.span.end).toBeGreaterThan(TEN_TIMES * 0.9);
  });
});

describe("dsnAddress", () => {
  it("reads an rfc822 address with or without brackets and a source route", () => {
    expect(dsnAddress("rfc822; user@example.org")).toEqual({
      address: "user@example.org",
      offset: 8,
      usable: true,
    });
    expect(dsnAddress("rfc822;<user@example.org>")).toMatchObject({
      address: "user@example.org",
      offset: 8,
      usable: true,
    });
    expect(dsnAddress("rfc822;@relay.example.net:user@mailhost")).toMatchObject({
      address: "user@mailhost",
      usable: false,
    });
  });

  it("calls an X.400 name, an empty system address or a dotless route name unusable", () => {
    expect(dsnAddress("x400; /S=user/O=example/ADMD= /C=GB/").usable).toBe(false);
    expect(dsnAddress("system;<>")).toMatchObject({ address: "", usable: false });
    expect(dsnAddress("rfc822;user@internal-daemon").usable).toBe(false);
    expect(dsnAddress("rfc822;user@[192.0.2.1]").usable).toBe(true);
  });

  it("reads a type written with punctuation inside (Mimecast's rfc/822) as that type", () => {
    expect(dsnAddress("rfc/822;user@example.org")).toEqual({
      address: "user@example.org",
      offset: 8,
      usable: true,
    });
  });
});

describe("stripTypePrefix", () => {
  it("drops a writer's own diagnostic type, however long, with an underscore", () => {
    expect(stripTypePrefix("X-Outbound-Mail-Relay; Host or domain name not found").value).toBe(
      "Host or domain name not found",
    );
    expect(stripTypePrefix("X-mPOP-Fallback_MX; connect to mx.example: timed out").value).toBe(
      "connect to mx.example: timed out",
    );
    expect(stripTypePrefix("smtp;550 5.1.1 unknown").value).toBe("550 5.1.1 unknown");
  });

  it("keeps words that only look like a type: a status, a dotted code, words with blanks", () => {
    for (const words of [
      "5.1.1; user unknown",
      "RESOLVER.ADR.RecipNotFound; not found",
      "550 5.1.1 user unknown; see the help page",
    ])
      expect(stripTypePrefix(words).value).toBe(words);
  });
});
