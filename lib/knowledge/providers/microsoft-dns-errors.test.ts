// Exchange's "DNS query failed" names the DNS error after it where it knows one: that error,
// not the failed lookup, says why the mail was not delivered.
import { describe, expect, it } from "vitest";
import { readFirst as read } from "@/lib/classify/test-reading";

describe("Exchange's DNS query failures", () => {
  it("reads a failed lookup that names no error as the receiving side not reached", async () => {
    expect((await read("451 4.4.0 DNS query failed")).cause).toBe("remote-unreachable");
  });

  it("reads the named error NonExistentDomain as a recipient domain that does not exist", async () => {
    const r = await read(
      "451 4.4.0 DNS query failed. The error was: SMTPSEND.DNS.NonExistentDomain; nonexistent domain",
    );
    expect(r.cause).toBe("recipient-domain-invalid");
    expect(r.evidence).toContain("microsoft.ex2019.5.4.4-nonexistent-domain");
  });
});
