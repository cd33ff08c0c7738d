// A refused SMTP AUTH login names a "user" too: the sending program's login, never a
// recipient. RFC 4954 gives 535 only as an answer to AUTH, and qpsmtpd's auth plugins name
// themselves before their refusal ("auth_vpopmail - invalid user"): neither reads as an
// unknown recipient (generic.ts recipient-unknown unless).
import { describe, expect, it } from "vitest";
import { readFirst } from "./test-reading";

describe("a refused login is not an unknown recipient", () => {
  it("a 535 naming an invalid user is the login's refusal (relay-denied by its code)", async () => {
    const r = await readFirst("535 auth_vpopmail - invalid user");
    expect(r.cause).toBe("relay-denied");
  });

  it.each(["auth_vpopmail - invalid user", "authcvm, invalid username"])(
    "qpsmtpd's auth plugin text alone is no unknown recipient: %s",
    async (text) => {
      expect((await readFirst(text)).cause).not.toBe("recipient-unknown");
    },
  );

  it("an invalid user under a recipient's 550 still reads recipient-unknown", async () => {
    expect((await readFirst("550 5.1.1 invalid user")).cause).toBe("recipient-unknown");
    expect((await readFirst("550 invalid user")).cause).toBe("recipient-unknown");
  });
});
