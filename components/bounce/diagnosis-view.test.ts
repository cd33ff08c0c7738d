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
