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

describe("a receiver that wants mail sent through the provider's relay", () => {
  it.each([
    "550 5.7.0 <someone@example.jp>... Please use the smtp server of your ISP.",
    "550 5.7.1 The IP you are using to send mail is not authorized to send email directly to our servers. Please use the SMTP relay at your service provider instead.",
  ])("%s reads as the IP on the receiver's list", async (text) => {
    expect((await readFirst(text)).cause).toBe("ip-blocklisted");
  });

  it("advice to contact the ISP beside a missing reverse DNS stays reverse-dns", async () => {
    const r = await readFirst(
      "550 Reason: This system will not accept messages from servers/devices with no reverse DNS. IP=[203.0.113.2] For more information contact your ISP or mail server operator.",
    );
    expect(r.cause).toBe("reverse-dns");
  });
});
