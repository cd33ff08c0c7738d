// Gmail's failure notice copied from its top (the headline and Gmail's sentence, without the
// receiving server's reply below them): the sentences that name one cause decide it
// (./google-notice.ts); the ones that stand for several rank them (scoring/notice-wordings.ts).
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function reading(text: string): Promise<{ cause: string; ranked: string[] }> {
  const d = await diagnose(text);
  const r = d.recipients[0] ?? d.overall;
  return { cause: r.cause, ranked: (r.possible ?? []).map((p) => p.cause) };
}

describe("Gmail's notice, its top only", () => {
  it.each([
    "Address not found\n\nYour message wasn't delivered to sironeko@example.jp because the domain example.jp couldn't be found. Check for typos or unnecessary spaces and try again.",
    "** Address not found **\n\nYour message wasn't delivered to neko@libsisimai.org because the domain libsisimai.org couldn't be found. Check for typos or unnecessary spaces and try again.\n\nLearn more here: https://www.rfc-editor.org/info/rfc7505",
    // As quoted in a mail, wrapped by the quoting mail client.
    "Emails bounced:\n\"Your message wasn't delivered to dfustini@tenstorrent.org because the\ndomain tenstorrent.org couldn't be found. Check for typos or unnecessary\nspaces and try again.\"",
    // The same notice wrapped after "the domain": the recipient's words start at the domain.
    "Address not found\n\nYour message wasn't delivered to dfustini@tenstorrent.org because the domain\ntenstorrent.org couldn't be found. Check for typos or unnecessary spaces and\ntry again.",
  ])("reads a recipient domain that takes no mail: %s", async (text) => {
    expect((await reading(text)).cause).toBe("recipient-domain-invalid");
  });

  it("reads the sender's own sending limit", async () => {
    const r = await reading(
      "You have reached a limit for sending mail. Your message was not sent.",
    );
    expect(r.cause).toBe("rate-limited");
  });

  it("still reads the DNS answer Gmail quotes below the sentence", async () => {
    const r = await reading(
      "** Address not found **\n\nYour message wasn't delivered to sotoneko@haineko.org because the domain haineko.org couldn't be found. Check for typos or unnecessary spaces and try again.\n\nThe response was:\n\nDNS Error: 80480947 DNS type 'mx' lookup of haineko.org responded with code NXDOMAIN",
    );
    expect(r.cause).toBe("recipient-domain-invalid");
  });

  it("reads the notice's link to Gmail's page on addresses that do not exist", async () => {
    const r = await reading(
      "** Address not found **\n\nYour message wasn't delivered to libsisimai-2@googlegroups.com because the address couldn't be found, or is unable to receive mail.\n\nLearn more here: https://support.google.com/mail/?p=NoSuchUser",
    );
    expect(r.cause).toBe("recipient-unknown");
  });

  it("leaves an address that could not be found to the existing reading (no domain named)", async () => {
    const r = await reading(
      "Address not found\n\nYour message wasn't delivered to kijitora@example.jp because the address couldn't be found, or is unable to receive mail.",
    );
    expect(r.cause).toBe("unknown");
    expect(r.ranked[0]).toBe("recipient-unknown");
  });
});
