// "Message Filtered" names the receiving side's filter, not its reason: Amazon SES's inbound
// "550 5.2.0 Message Filtered" is a receipt rule of the recipient's account (it read
// mailbox-disabled by the registry's X.2.0). Words that leave causes possible give way to a
// longer documented phrase that holds them: Email Security.cloud's "553 - Message Filtered" is
// its spam verdict.
import { describe, expect, it } from "vitest";
import { readFirst } from "./test-reading";

describe("'Message Filtered'", () => {
  it("Amazon SES's inbound reply ranks the recipient's rule, then a spam verdict", async () => {
    const r = await readFirst("550 5.2.0 Message Filtered");
    expect(r.cause).toBe("unknown");
    expect(r.possible.slice(0, 2)).toEqual(["sender-policy", "content-spam"]);
  });

  it("Email Security.cloud's longer documented words decide", async () => {
    expect((await readFirst("553 - Message Filtered")).cause).toBe("content-spam");
  });
});
