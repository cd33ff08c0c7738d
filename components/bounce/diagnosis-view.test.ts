// The home page's card for a program's own error (PHPMailer, Thunderbird, a Node mailer), not a
// bounce: it says so in plain words and asks for the program's full error and settings, never
// for "the whole bounce"; a bounce's card is as before (brief flow26, item 6).
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { DiagnosisView, PROGRAM_REPORT_NOTE, PROGRAM_REPORT_TITLE } from "./diagnosis-view";

// The markup escapes apostrophes; the checks read it as text.
const render = async (text: string) =>
  renderToStaticMarkup(createElement(DiagnosisView, { diagnosis: await diagnose(text) })).replace(
    /&#x27;/g,
    "'",
  );

describe("DiagnosisView for a program's error", () => {
  it.each([
    ["PHPMailer's refused login", "SMTP Error: Could not authenticate."],
    ["PHPMailer's failed connection", "SMTP connect() failed."],
    ["a Node mailer's timeout on 587", "Error: connect ETIMEDOUT 192.0.2.10:587"],
    [
      "a certificate on 587",
      "[error] Could not connect to smtp.example.com:587: certificate verify failed (unable to get local issuer certificate)",
    ],
  ])("%s: names the program's error and asks for what helps", async (_name, text) => {
    const html = await render(text);
    expect(html).toContain(PROGRAM_REPORT_TITLE);
    expect(html).toContain(PROGRAM_REPORT_NOTE.slice(0, 60));
    expect(html).not.toContain("The bounce<");
    expect(html).not.toContain("whole bounce");
    expect(html).not.toContain("The receiving server could not be reached");
  });

  it("a bounce keeps its own card and notes", async () => {
    const html = await render("550 5.7.1 Message rejected");
    expect(html).toContain("The bounce");
    expect(html).not.toContain(PROGRAM_REPORT_TITLE);
  });
});

describe("DiagnosisView's recipient details", () => {
  it("a program's transcript with its server's 535 is the program's error, not 'Recipient 1'", async () => {
    const html = await render(
      "SMTP ERROR: Password command failed: 535 5.7.8 Username and Password not accepted\nSMTP Error: Could not authenticate.",
    );
    expect(html).toContain(PROGRAM_REPORT_TITLE);
    expect(html).not.toContain("Recipient 1");
    expect(html).toContain(PROGRAM_REPORT_NOTE.slice(0, 60));
  });

  it("shows the address delivery was last tried for beside the one the sender wrote", async () => {
    const html = await render(
      [
        "Reporting-MTA: dns; mx.example.com",
        "",
        "Final-Recipient: rfc822; user@mailcluster.local",
        "Original-Recipient: rfc822;user@example.com",
        "Action: failed",
        "Status: 5.2.2",
        "Diagnostic-Code: smtp; 552 5.2.2 Mailbox full",
      ].join("\n"),
    );
    expect(html).toContain("user@example.com");
    expect(html).toContain("The receiving system rewrote it to user@mailcluster.local");
  });

  it("gives a provider's own meaning of its status code, with its source", async () => {
    const html = await render(
      [
        "Final-Recipient: rfc822; someone@yahoo.com",
        "Action: failed",
        "Status: 5.7.9",
        "Remote-MTA: dns; mta7.am0.yahoodns.net",
        "Diagnostic-Code: smtp; 554 5.7.9 Message not accepted for policy reasons. See https://postmaster.yahooinc.com/error-codes",
      ].join("\n"),
    );
    expect(html).toContain("5.7.9 with these words");
    expect(html).not.toContain("weaker than the server allows");
    expect(html).toContain("smtp-field-manual");
  });
});
