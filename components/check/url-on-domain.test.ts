import { describe, expect, it } from "vitest";
import { isUrlOnDomain } from "./url-on-domain";

describe("isUrlOnDomain", () => {
  it.each([
    ["https://mta-sts.dmarc-none.test/.well-known/mta-sts.txt", "dmarc-none.test", true],
    ["https://dmarc-none.test/logo.svg", "DMARC-none.test.", true],
    ["https://check.spamhaus.org/", "dmarc-none.test", false],
    // A longer name that merely ends the same way is another domain.
    ["https://notdmarc-none.test/", "dmarc-none.test", false],
    ["https://mta-sts.dmarc-none.test/", "203.0.113.7", false],
    ["not a url", "dmarc-none.test", false],
  ])("%s on %s: %s", (url, domain, expected) => {
    expect(isUrlOnDomain(url, domain)).toBe(expected);
  });
});
