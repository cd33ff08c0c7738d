// .NET SmtpClient's text for a 530 reply names a missing STARTTLS and a missing login alike: on
// its own it ranks both (TLS first, as the SmtpStatusCode documentation does) and decides
// neither; the reply printed after it decides. Microsoft 365's 5.7.57 reads the login, and its
// note names the TLS set-up, which Microsoft's page for the code gives as the second fix.
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";

async function lead(text: string) {
  const d = await diagnose(text);
  return d.recipients[0] ?? d.overall;
}

async function recipient(text: string) {
  const d = await diagnose(text);
  const r = d.recipients[0];
  if (!r) throw new Error("no recipient reading");
  return r;
}

const causes = (list: readonly { cause: string }[] | undefined) => (list ?? []).map((p) => p.cause);

const DOTNET = "The SMTP server requires a secure connection or the client was not authenticated.";

describe(".NET SmtpClient's 530 text", () => {
  it("ranks TLS, then the login, and decides neither when copied alone", async () => {
    const r = await lead(`System.Net.Mail.SmtpException: ${DOTNET}`);
    expect(r.cause).toBe("unknown");
    expect(causes(r.possible).slice(0, 2)).toEqual(["tls-required", "relay-denied"]);
    // No Exchange recipient policy is read into the program's own words.
    expect(causes(r.possible)).not.toContain("sender-policy");
  });

  it.each([
    [
      `${DOTNET} The server response was: 5.7.0 Must issue a STARTTLS command first`,
      "tls-required",
    ],
    [
      `${DOTNET} The server response was: 5.7.57 SMTP; Client was not authenticated to send anonymous mail during MAIL FROM`,
      "relay-denied",
    ],
    [`${DOTNET} The server response was: 5.5.1 Authentication Required`, "relay-denied"],
  ])("lets the reply after it decide: %s", async (text, cause) => {
    expect((await lead(text)).cause).toBe(cause);
  });
});

describe("Microsoft 365's 5.7.57", () => {
  it("reads the missing login, with the TLS fix Microsoft's page names second in its note", async () => {
    const r = await recipient(
      "530 5.7.57 Client was not authenticated to send anonymous mail during MAIL FROM",
    );
    expect(r.cause).toBe("relay-denied");
    const e = r.evidence.find((x) => x.ruleId === "microsoft.5.7.57-anonymous-submission");
    expect(e?.note).toContain("TLS");
  });

  it("still reads Exchange's bare 'Client was not authenticated' as its two causes", async () => {
    const r = await lead("Client was not authenticated");
    expect(causes(r.possible).slice(0, 2)).toEqual(["relay-denied", "sender-policy"]);
  });
});
