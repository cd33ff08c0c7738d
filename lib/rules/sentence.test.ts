import { describe, expect, it } from "vitest";
import { capitalise } from "./sentence";

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
