// The shared page diagnoses the link's text again (app/r: diagnose(payload.text)). What it finds
// must be what the sender saw: a link that re-derives another cause, or loses a recipient, tells
// the IT person something the sender was never told (review 28, finding 13). Checked here for the
// link the CLI and the API make (masked, original left out) over the project's own fixtures and,
// where present, the 81 real bounces of that review. Never prints message contents.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { decodeInput } from "@/lib/bounce/input";
import { diagnose } from "@/lib/diagnosis/diagnose";
import type { Diagnosis } from "@/lib/diagnosis/types";
import { decodeShareFragment } from "./encode";
import { shareLinkForDiagnosis } from "./link";
import { redactText } from "./redact";

function filesUnder(dir: string, keep: (name: string) => boolean): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, encoding: "utf8" })
    .filter(keep)
    .sort()
    .map((f) => join(dir, f));
}

const LIB = resolve(__dirname, "..");
// Whole messages (header block, MIME parts, a returned original): where the link's text and the
// parser's decoded body differ most. The plain-text fixtures are the bounce's words alone.
const FIXTURES = [
  ...filesUnder(join(LIB, "bounce/__fixtures__"), () => true),
  ...filesUnder(join(LIB, "content/__fixtures__"), (f) => f.startsWith("bounce-")),
  ...filesUnder(join(LIB, "knowledge/lab/fixtures"), (f) => f.endsWith(".eml")),
];
// The shared corpus of real bounces lives outside the repository (not copied in): skipped where
// absent.
const CORPUS = filesUnder(resolve(LIB, "../../shared/corpus/sisimai-dev/emails"), (f) =>
  f.endsWith(".eml"),
);

/** The overall cause, then the causes of the recipients: what the shared page leads with. */
function causes(d: Diagnosis): string {
  return [d.overall.cause, ...new Set(d.recipients.map((r) => r.cause))].join(",");
}

async function differences(files: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const file of files) {
    // As the CLI reads a file: its bytes.
    const bytes = new Uint8Array(readFileSync(file));
    const link = shareLinkForDiagnosis(bytes, { origin: "https://bounce-doctor.example" });
    if (!link.ok) continue;
    const decoded = decodeShareFragment(link.fragment);
    if (!decoded.ok) {
      out.push(`${file}: link does not decode`);
      continue;
    }
    const [before, after, withoutOriginal] = await Promise.all([
      diagnose(bytes),
      diagnose(decoded.payload.text),
      // A recipient named only in the returned original (an MDN's copy, say) leaves with it, as
      // the user asked: the count is compared with the text whose original alone was left out.
      diagnose(
        redactText(decodeInput(bytes).text, { maskLocalParts: false, dropOriginalMessage: true }),
      ),
    ]);
    // Where the recipients left with the original, their causes went with them.
    const expected = causes(
      withoutOriginal.recipients.length < before.recipients.length
        ? { ...withoutOriginal, overall: before.overall }
        : before,
    );
    if (causes(after) !== expected) out.push(`${file}: ${expected} -> ${causes(after)}`);
    if (after.recipients.length !== withoutOriginal.recipients.length)
      out.push(
        `${file}: ${withoutOriginal.recipients.length} -> ${after.recipients.length} recipients`,
      );
  }
  return out;
}

describe("the shared page's diagnosis of a masked link", () => {
  it("is the sender's, for every fixture message", async () => {
    expect(FIXTURES.length).toBeGreaterThan(60);
    expect(await differences(FIXTURES)).toEqual([]);
  }, 120_000);

  it.skipIf(CORPUS.length === 0)(
    "is the sender's, for every bounce of the shared corpus",
    async () => {
      expect(await differences(CORPUS)).toEqual([]);
    },
    300_000,
  );

  it("keeps the header block an auto-reply is known by (the link carried the body alone)", async () => {
    const text = [
      "From: Jane Roe <jane.roe@example.net>",
      "To: news@example.com",
      "Subject: Re: our newsletter",
      "Auto-Submitted: auto-replied",
      "",
      "Hello, I am away until 05/07/2030 and am unable to read your message.",
      "",
    ].join("\n");
    const link = shareLinkForDiagnosis(new TextEncoder().encode(text), {
      origin: "https://bounce-doctor.example",
    });
    if (!link.ok) throw new Error("no link");
    const decoded = decodeShareFragment(link.fragment);
    if (!decoded.ok) throw new Error("link does not decode");
    expect(decoded.payload.text).toContain("Auto-Submitted: auto-replied");
    expect(decoded.payload.text).not.toContain("jane.roe");
    const [before, after] = await Promise.all([diagnose(text), diagnose(decoded.payload.text)]);
    expect(before.overall.cause).toBe("not-a-bounce");
    expect(causes(after)).toBe(causes(before));
  });
});
