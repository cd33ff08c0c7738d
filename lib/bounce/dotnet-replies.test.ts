import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { restoreDotNetReplies } from "./dotnet-replies";
import { restoreClientReplies } from "./client-replies";

describe("restoreDotNetReplies", () => {
  it.each([
    // A description that names one code: the code takes its place.
    [
      "System.Net.Mail.SmtpException: Transaction failed. The server response was: 5.7.1 Message rejected as spam by Content Filtering.",
      "System.Net.Mail.SmtpException:\n554 5.7.1 Message rejected as spam by Content Filtering.\n",
    ],
    [
      "SmtpException: Exceeded storage allocation. The server response was: 5.3.4 Message size exceeds fixed limit",
      "SmtpException:\n552 5.3.4 Message size exceeds fixed limit\n",
    ],
    // "Mailbox unavailable." is 450 and 550 alike: dropped, the server's words stand alone.
    [
      "Send-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Unable to relay",
      "Send-MailMessage :\n5.7.1 Unable to relay\n",
    ],
    // GetMessageForStatus's default (a code the enumeration lacks) is CommandUnrecognized's words.
    [
      "System.Net.Mail.SmtpException: Syntax error, command unrecognized. The server response was: 5.7.3 STARTTLS is required to send mail",
      "System.Net.Mail.SmtpException:\n5.7.3 STARTTLS is required to send mail\n",
    ],
  ])("%s", (text, restored) => {
    expect(restoreDotNetReplies(text)).toBe(restored);
    expect(restoreClientReplies(text)).toBe(restored);
  });

  it("leaves 'The server response was:' after other words as it is", () => {
    const text =
      "The server response was: 5.7.1 <a@example.com>: Sender address rejected: not logged in";
    expect(restoreDotNetReplies(text)).toBe(text);
    const other = "Could not deliver. The server response was: 550 no";
    expect(restoreDotNetReplies(other)).toBe(other);
  });

  it("rewrites each of several exceptions", () => {
    const text = [
      "SmtpFailedRecipientException: Mailbox unavailable. The server response was: 5.1.1 User unknown",
      "SmtpFailedRecipientException: Insufficient system storage. The server response was: 4.2.2 Mailbox full",
    ].join("\n");
    expect(restoreDotNetReplies(text)).toBe(
      [
        "SmtpFailedRecipientException:",
        "5.1.1 User unknown",
        "",
        "SmtpFailedRecipientException:",
        "452 4.2.2 Mailbox full",
        "",
      ].join("\n"),
    );
  });

  it("stays linear on a paste of the framework's words alone", () => {
    const text = "x The server response was: ".repeat(100_000);
    const t0 = performance.now();
    expect(restoreDotNetReplies(text)).toBe(text);
    expect(performance.now() - t0).toBeLessThan(2000);
  });

  it("reads the server's words, not the stack trace printed under them", async () => {
    const text = [
      "System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: 5.7.1 Unable to relay",
      "   at System.Net.Mail.DataStopCommand.CheckResponse(SmtpStatusCode statusCode, String serverResponse)",
      "   at System.Net.Mail.SmtpClient.Send(MailMessage message)",
    ].join("\n");
    const d = await diagnose(text);
    const r = d.recipients[0] ?? d.overall;
    expect(r.cause).toBe("relay-denied");
  });

  it("does not read .NET's 'Mailbox unavailable.' as the server's words", async () => {
    // A bare refusal: the usual causes of a refusal, not an unknown address.
    const d = await diagnose(
      "System.Net.Mail.SmtpException: Mailbox unavailable. The server response was: mail refused",
    );
    const r = d.recipients[0] ?? d.overall;
    expect(r.cause).toBe("unknown");
    expect(r.possible?.[0]?.cause).not.toBe("recipient-unknown");
    const relay = await diagnose(
      "Send-MailMessage : Mailbox unavailable. The server response was: 5.7.1 Unable to relay",
    );
    expect((relay.recipients[0] ?? relay.overall).cause).toBe("relay-denied");
  });
});
