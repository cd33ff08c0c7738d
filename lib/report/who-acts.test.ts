import { describe, expect, it } from "vitest";
import { CAUSES } from "@/lib/causes/causes";
import { CHECK_FIRST_ACTOR } from "@/lib/checklists/check-first";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { decodeShareFragment } from "@/lib/share/encode";
import { shareLinkForDiagnosis } from "@/lib/share/link";
import { reportInputFromPayload } from "./from-payload";
import { reportMarkdown, reportText } from "./report";
import { sharedView } from "./shared-view";

describe("who acts on a bounce that does not say why", () => {
  it("says it depends on the cause and who checks first, in the one wording lib/causes holds", async () => {
    const diagnosis = await diagnose("550 mail refused");
    expect(diagnosis.overall.cause).toBe("unknown");
    const link = shareLinkForDiagnosis("550 mail refused", {
      origin: "https://bounce-doctor.example",
    });
    if (!link.ok) throw new Error("no link");
    const decoded = decodeShareFragment(link.fragment);
    if (!decoded.ok) throw new Error(decoded.message);
    const input = reportInputFromPayload(decoded.payload, diagnosis);
    const label = CAUSES.unknown.actorLabel;
    expect(label).toMatch(/^Depends on the cause/);
    expect(reportMarkdown(input)).toContain(`- **Who acts:** ${label}`);
    const text = reportText(input);
    expect(text.replace(/\s+/g, " ")).toContain(`Who acts: ${label}`);
    expect(text).not.toMatch(/Not known yet/);
    // The check-first group names whose steps they are: the sender side's, whatever the cause.
    expect(sharedView(decoded.payload, diagnosis).outline.notSettled?.actorLabel).toBe(
      CHECK_FIRST_ACTOR,
    );
    expect(text).toContain(`Who acts: ${CHECK_FIRST_ACTOR}`);
  });
});
