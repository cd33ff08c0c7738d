// GMX's refusal of a listed IP, in its older wording ("black listed"), as a sending Postfix
// reports it: the listing named in the reply decides, not the "Service not available" before it.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

describe("United Internet (GMX)", () => {
  it("reads 'IP address is black listed' after GMX's greeting preamble as a blocklisting", async () => {
    const d = await diagnose(
      "<someone@gmx.net>: host mx00.emig.gmx.net[192.0.2.25] refused to talk to me: 554-gmx.net (mxgmx007) Nemesis ESMTP Service not available 554-No SMTP service 554-IP address is black listed. 554 For explanation visit https://postmaster.gmx.net/en/error-messages?ip=198.51.100.7&c=bip",
    );
    const r = d.recipients[0] ?? d.overall;
    expect(r.cause).toBe("ip-blocklisted");
    expect((r.possible ?? []).map((p) => p.cause)).not.toContain("remote-server-error");
  });
});
