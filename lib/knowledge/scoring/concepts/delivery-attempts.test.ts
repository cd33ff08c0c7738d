// concept.delivery-attempts-exhausted (./delivery.ts): a queue that gave up reads as an expired
// delivery; a delay warning, whose attempts go on, does not.
import { describe, expect, it } from "vitest";
import { findConcepts } from "@/lib/classify/concept-match";
import { normalizeString } from "@/lib/classify/text-index";

const ID = "concept.delivery-attempts-exhausted";
const ids = (text: string) => findConcepts(normalizeString(text)).map((h) => h.concept.id);

describe("concept.delivery-attempts-exhausted", () => {
  it("reads the end of the retries in each writer's words", () => {
    expect(ids("Reason: multiple delivery attempts failed")).toContain(ID);
    expect(
      ids(
        "Microsoft Exchange has been trying to deliver this message without success and has stopped trying.",
      ),
    ).toContain(ID);
  });

  it("does not read a delay warning, whose attempts go on", () => {
    // Exim's delay warning (deliver.c: "No action is required on your part. Delivery attempts
    // will continue for ...").
    expect(
      ids("No action is required on your part. Delivery attempts will continue for some time"),
    ).not.toContain(ID);
    expect(
      ids("Warning: delivery attempts failed so far; the message will be retried"),
    ).not.toContain(ID);
  });
});
