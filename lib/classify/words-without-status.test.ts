// A provider's documented words that its page gives only with exact status codes, pasted without
// any status code: Exchange Online's NDR table gives "Access denied, banned sender" with 5.7.502
// and 5.7.503 (the sending account is banned) and with 5.7.511 (the sending IP is banned), and
// "Recipient address rejected: Access denied" with 5.4.1 and 5.7.504 (the address is not in the
// recipient's directory). Without the code the words rank those causes and decide nothing; the
// generic "access denied" (a restatement) no longer ranks sender-policy above them.
import { describe, expect, it } from "vitest";
import { readFirst } from "./test-reading";

describe("documented words read without their status code", () => {
  it.each([
    ["Access denied, banned sender", ["bad-reputation", "ip-blocklisted"]],
    ["Recipient address rejected: Access denied", ["recipient-unknown"]],
    ["Access denied, banned recipient", ["recipient-unknown"]],
  ] as const)("%s ranks what its codes would name, and decides nothing", async (text, first) => {
    const r = await readFirst(text);
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, first.length)).toEqual(first);
  });

  it("with its status code the same words still decide", async () => {
    expect((await readFirst("550 5.7.511 Access denied, banned sender")).cause).toBe(
      "ip-blocklisted",
    );
    expect((await readFirst("550 5.7.502 Access denied, banned sender")).cause).toBe(
      "bad-reputation",
    );
  });

  it("another status code keeps them out: Postfix's access(5) text under 5.7.1", async () => {
    const r = await readFirst(
      "554 5.7.1 <a@example.com>: Recipient address rejected: Access denied",
    );
    expect(r.evidence).not.toContain("microsoft.5.4.1-dbeb");
  });

  it("Exchange's 'Sender was not authenticated' ranks the recipient's policy first", async () => {
    expect((await readFirst("Sender was not authenticated")).possible.slice(0, 2)).toEqual([
      "sender-policy",
      "relay-denied",
    ]);
    expect((await readFirst("Client was not authenticated")).possible.slice(0, 2)).toEqual([
      "relay-denied",
      "sender-policy",
    ]);
  });
});
