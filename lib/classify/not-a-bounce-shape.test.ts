// Not-a-bounce is written by one builder: a delivered report and a delay notice give the same
// fields in the same order; after them, the delivered report's headline and explanation (the kind
// of message it is, lib/knowledge/not-a-bounce-readings.ts), the delay notice's explanation and
// notice.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseBounce } from "@/lib/bounce/parse";
import { classify } from "./classify";

const LAB = join(process.cwd(), "lib/knowledge/lab/fixtures");

async function first(file: string) {
  const d = classify(await parseBounce(readFileSync(join(LAB, file))));
  return d.recipients[0]!;
}

describe("not-a-bounce's shape", () => {
  it("is the same for a delivered report and a delay notice, each one's own words last", async () => {
    const delivered = await first("postfix/success-dsn.eml");
    // Exim's warning gives no reason for the delay: nothing failed that could be named.
    const delayed = await first("exim/delay-warning.eml");
    expect(delivered.cause).toBe("not-a-bounce");
    expect(delayed.cause).toBe("not-a-bounce");
    const keys = Object.keys(delivered).slice(0, -2);
    expect(keys.at(-1)).toBe("possible");
    expect(Object.keys(delivered)).toEqual([...keys, "headline", "explanation"]);
    expect(Object.keys(delayed)).toEqual([...keys, "explanation", "delayNotice"]);
  });
});
