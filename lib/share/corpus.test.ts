// Round trip and redaction over every message of the shared corpus (../shared/corpus/sisimai-dev),
// skipped cleanly where the corpus is absent. Never prints message contents.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { readMessage } from "@/lib/bounce/mime";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { leaveOutBulkyParts } from "./bulky-parts";
import { decodeShareFragment, encodeShareFragment } from "./encode";
import { DEFAULT_REDACTION, shareLinkForDiagnosis } from "./link";
import { makeSharePayload } from "./payload";
import { dropOriginalMessage, redactText } from "./redact";

const CORPUS = resolve(__dirname, "../../../shared/corpus/sisimai-dev/emails");
const files = existsSync(CORPUS)
  ? readdirSync(CORPUS)
      .filter((f) => f.endsWith(".eml"))
      .sort()
  : [];
const read = (f: string) => readFileSync(join(CORPUS, f), "utf8");

describe.skipIf(files.length === 0)("share links over the corpus", () => {
  it("every message round-trips through a link unchanged", () => {
    for (const f of files) {
      const payload = makeSharePayload({ text: read(f) });
      const decoded = decodeShareFragment(encodeShareFragment(payload));
      expect(decoded.ok, f).toBe(true);
      if (decoded.ok) expect(decoded.payload.text === payload.text, f).toBe(true);
    }
  });

  it("every redacted link round-trips, and its text re-diagnoses to the same causes", async () => {
    const changed: string[] = [];
    for (const f of files) {
      const text = read(f);
      const link = shareLinkForDiagnosis(text, { origin: "https://bd.example" });
      let shared = redactText(text, DEFAULT_REDACTION);
      if (link.ok) {
        // Over budget, the app offers the Markdown instead; the redacted text is still checked.
        const decoded = decodeShareFragment(link.url);
        expect(decoded.ok, f).toBe(true);
        if (decoded.ok) shared = decoded.payload.text;
      }
      const [before, after] = await Promise.all([diagnose(text), diagnose(shared)]);
      // Recipients named only in the dropped original (an ARF report's copy, say) leave with
      // it, as the user asked: compare the overall cause and the causes that remain named.
      const causes = (d: typeof before) =>
        [...new Set([d.overall.cause, ...d.recipients.map((r) => r.cause)])].join(",");
      if (causes(before) !== causes(after))
        changed.push(`${f}: ${causes(before)} -> ${causes(after)}`);
    }
    expect(changed).toEqual([]);
  }, 120_000);

  it("dropping the original keeps every line of the delivery report", () => {
    const reportLines = (t: string) =>
      t.match(/^(?:Final-Recipient|Status|Diagnostic-Code|Action):.*$/gim) ?? [];
    let dropped = 0;
    for (const f of files) {
      const text = read(f);
      const out = redactText(text, { maskLocalParts: false, dropOriginalMessage: true });
      if (out === text) continue;
      dropped++;
      expect(out.length, f).toBeLessThan(text.length);
      expect(reportLines(out), f).toEqual(reportLines(text));
    }
    expect(dropped).toBeGreaterThan(files.length * 0.7);
  });

  it("leaving out HTML copies and attachments keeps the MIME structure a parser reads", async () => {
    let changed = 0;
    for (const f of files) {
      const withoutOriginal = dropOriginalMessage(read(f));
      const { text, changes } = leaveOutBulkyParts(withoutOriginal);
      if (changes.length === 0) {
        expect(text, f).toBe(withoutOriginal);
        continue;
      }
      changed++;
      const [before, after] = await Promise.all([readMessage(withoutOriginal), readMessage(text)]);
      expect(after.deliveryStatus, f).toEqual(before.deliveryStatus);
      expect(after.feedbackReport, f).toBe(before.feedbackReport);
      expect(after.original, f).toBe(before.original);
      // The human-readable text is the plain alternative as before, or the HTML-only part as text.
      if (changes.some((c) => c.kind === "html-converted")) expect(after.html, f).toBeNull();
      else expect(after.text, f).toBe(before.text);
    }
    expect(changed).toBeGreaterThan(10);
  }, 60_000);
});
