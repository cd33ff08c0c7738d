import { describe, expect, it } from "vitest";
import { asClause, capitalise } from "./sentence";

describe("capitalise", () => {
  it.each([
    ["the bounce says so", "The bounce says so"],
    ["dmarc-none.test's records have problems", "dmarc-none.test's records have problems"],
    ["example.com publishes no mail server", "example.com publishes no mail server"],
    ["anna@example.com was refused", "anna@example.com was refused"],
    ["2001:db8::1 is listed", "2001:db8::1 is listed"],
    ["203.0.113.7 has no reverse DNS (PTR) record", "203.0.113.7 has no reverse DNS (PTR) record"],
    ["done.", "Done."],
    ["note: it ran", "Note: it ran"],
    ["", ""],
  ])("%s", (input, expected) => {
    expect(capitalise(input)).toBe(expected);
  });
});

describe("asClause", () => {
  it.each([
    // rev23 W4: a finding's title spliced mid-sentence kept its capital.
    [
      "The reverse DNS of 192.0.2.99 is not forward-confirmed",
      "the reverse DNS of 192.0.2.99 is not forward-confirmed",
    ],
    ["No SPF record", "no SPF record"],
    ["More than one SPF record", "more than one SPF record"],
    // Names and acronyms keep their case.
    ["SPF softfail for 198.51.100.9", "SPF softfail for 198.51.100.9"],
    ["Spamhaus ZEN lists it", "Spamhaus ZEN lists it"],
    ["192.0.2.1 has no reverse DNS (PTR) record", "192.0.2.1 has no reverse DNS (PTR) record"],
    ["", ""],
  ])("%s", (input, expected) => {
    expect(asClause(input)).toBe(expected);
  });
});
