// The address delivery was last tried for, shown beside the one the sender wrote (ui27, item 4).
import { describe, expect, it } from "vitest";
import { diagnose } from "./diagnose";
import { maskLocalParts } from "@/lib/share/redact";
import { finalAddressWords } from "./recipient-details";

const dsn = (original: string, final: string) =>
  [
    "Reporting-MTA: dns; mx.example.com",
    "",
    `Final-Recipient: rfc822; ${final}`,
    `Original-Recipient: rfc822;${original}`,
    "Action: failed",
    "Status: 5.2.2",
    "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
  ].join("\n");

const recipient = (address: string | null, finalAddress?: string) => ({
  recipient: { address, ...(finalAddress ? { finalAddress } : {}) } as never,
});

describe("finalAddressWords", () => {
  it("a forward to another domain is delivered onward", async () => {
    const r = (await diagnose(dsn("fred.bloggs@example.org", "fred.b@gmail.com"))).recipients[0]!;
    expect(r.recipient.address).toBe("fred.bloggs@example.org");
    expect(finalAddressWords(r)).toBe(
      "Delivered onward to fred.b@gmail.com (a forward or alias at the receiving side)",
    );
  });

  it("an internal name or the same domain is a rewrite", () => {
    expect(finalAddressWords(recipient("user@example.com", "user@mailcluster.local"))).toBe(
      "The receiving system rewrote it to user@mailcluster.local",
    );
    expect(finalAddressWords(recipient("j.doe@example.com", "jdoe@example.com"))).toBe(
      "The receiving system rewrote it to jdoe@example.com",
    );
  });

  it("nothing where the address was not rewritten", () => {
    expect(finalAddressWords(recipient("user@example.com"))).toBeNull();
    expect(finalAddressWords(recipient(null, "user@example.com"))).toBeNull();
  });
});

describe("the final address in a masked link", () => {
  it("is masked with the rest: the shared page re-reads the masked text", async () => {
    const masked = maskLocalParts(dsn("fred.bloggs@example.org", "fred.b@gmail.com"));
    const r = (await diagnose(masked)).recipients[0]!;
    expect(r.recipient.address).toBe("f***@example.org");
    expect(finalAddressWords(r)).toBe(
      "Delivered onward to f***@gmail.com (a forward or alias at the receiving side)",
    );
  });
});
