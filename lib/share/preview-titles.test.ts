// The share preview names the conclusion's causes as the page does: an app's failed connection to
// its submission port is "Your application could not connect to its mail server", not the
// receiving server the generic title speaks of.
import { describe, expect, it } from "vitest";
import { causeInfoFor } from "@/lib/causes/connection-variants";
import { diagnose } from "@/lib/diagnosis/diagnose";
import { makeSharePayload } from "./payload";
import { previewShare } from "./redact";

const TEXT = "Error: connect ETIMEDOUT 192.0.2.10:587";

describe("the share preview's conclusion", () => {
  it("uses the titles the page shows for this bounce", async () => {
    const { parsed } = await diagnose(TEXT);
    const payload = makeSharePayload({
      text: TEXT,
      conclusion: [{ cause: "remote-unreachable", confidence: 1 }],
    });
    const options = { maskLocalParts: true, dropOriginalMessage: true };
    const title = causeInfoFor("remote-unreachable", parsed).title;
    const { preview } = previewShare(payload, {
      ...options,
      causeTitles: { "remote-unreachable": title },
    });
    expect(preview).toContain(`Conclusion: ${title} (100%)`);
    expect(preview).not.toContain("receiving server");
    expect(previewShare(payload, options).preview).toContain(
      "Conclusion: The receiving server could not be reached (100%)",
    );
  });
});
