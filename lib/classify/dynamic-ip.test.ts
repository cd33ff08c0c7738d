// Hotmail's refusal of a sending IP it takes for a dynamically assigned one (generic.ts, sourced
// in generic-sources-connection.ts): the IP is on the receiver's own list of end-user addresses.
import { describe, expect, it } from "vitest";
import { readFirst } from "./test-reading";

describe("a sending IP refused as dynamically assigned", () => {
  it("reads as the IP on the receiver's list", async () => {
    const r = await readFirst(
      "550 5.7.1 Your IP address 192.0.2.1 appears to be dynamically assigned. Please smarthost your mail through your ISP's mail server. If your IP is static or for more information, please contact us.",
    );
    expect(r.cause).toBe("ip-blocklisted");
  });
});
