// Zoho's own notice that it could not reach the recipient's server, "Host not reachable"
// (providers/zoho.ts, a Zoho bounce posted whole on Zoho's community): the server could not be
// reached, whether the notice is Zoho's delay warning or its final report.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

const NOTICE = [
  "This message was created automatically by mail delivery system.",
  "",
  "THIS IS A WARNING MESSAGE ONLY.",
  "",
  "YOU DO NOT NEED TO RESEND YOUR MESSAGE.",
  "",
  "----- The following addresses had fatal errors -----",
  "[Status: Error, Address: <name@example.com>, ResponseCode 421, Host not reachable.]",
  "",
  "Message will be retried for 4 more day(s)",
  "",
].join("\n");

describe("Zoho's Host not reachable", () => {
  it("reads the line as an unreachable server", async () => {
    const d = await diagnose(
      "[Status: Error, Address: <name@example.com>, ResponseCode 421, Host not reachable.]",
    );
    expect((d.recipients[0] ?? d.overall).cause).toBe("remote-unreachable");
  });

  it("reads Zoho's delay warning by the reason it gives", async () => {
    const d = await diagnose(NOTICE);
    const r = d.recipients[0] ?? d.overall;
    expect(r.cause).toBe("remote-unreachable");
  });
});
