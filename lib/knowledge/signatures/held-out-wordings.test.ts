// Wordings from the held-out part of Sisimai's set-of-emails (issue 8) that the classifier read
// wrong or not at all, each fixed by its writer's own source (cited where the wording lives).
// The replies are minimal messages written here; the quoted strings are real server output.
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "@/lib/classify/classify";

async function causeOf(text: string): Promise<string> {
  const d = classify(await parseBounce(text));
  return d.recipients[0]?.cause ?? d.overall.cause;
}

describe("held-out wordings", () => {
  // sid-milter's refusal when the headers give no single Purported Responsible Address (RFC
  // 4407's From/Sender/Resent-* walk): the message's sender headers are at fault. Real server
  // output in sisimai/set-of-emails maildir/bsd/lhost-courier-03.eml.
  it("reads sid-milter's missing Purported Responsible Address as the sender address", async () => {
    expect(await causeOf("550 5.7.1 can't determine Purported Responsible Address")).toBe(
      "sender-address-invalid",
    );
  });
});
