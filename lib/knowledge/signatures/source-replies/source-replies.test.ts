// Every refusal text the MTAs' own source writes (./index.ts) must read as the condition that
// sends it means, bare and inside a Postfix bounce (./check.ts). The run prints right/n per MTA.
import { afterAll, describe, expect, it } from "vitest";
import { CAUSE_IDS } from "@/lib/causes/causes";
import { checkSourceReply } from "./check";
import { SOURCE_REPLIES, unknownMisreadIds } from "./index";

// A pinned GitHub file, or a file of a Debian binary package at its version (types.ts).
const SOURCE_URL =
  /^(?:https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\/.+|debian:[a-z0-9.+-]+=[0-9][A-Za-z0-9.+~:-]*:\/.+)#L\d+$/;

describe("source replies: the data", () => {
  it("has unique ids, known causes, a pinned source line, and possible causes exactly for unknown", () => {
    const ids = new Set<string>();
    for (const row of SOURCE_REPLIES) {
      expect(ids.has(row.id), row.id).toBe(false);
      ids.add(row.id);
      expect(CAUSE_IDS, row.id).toContain(row.cause);
      expect(row.source, row.id).toMatch(SOURCE_URL);
      expect(row.cause === "unknown", row.id).toBe((row.possible?.length ?? 0) > 0);
    }
  });

  it("lists known misreads only for rows that exist", () => {
    expect(unknownMisreadIds()).toEqual([]);
  });

  it("writes some of the quote's literal words (two or more, as the source has them) into the reply", () => {
    for (const row of SOURCE_REPLIES) {
      // A closing single quote (JavaScript's and Python's string literals) is no letter of the
      // word before it; a Postfix access(5) action word ("REJECT text", a policy daemon's
      // answer) is Postfix's to act on, never sent to the client; so is a lower-case one
      // opening a policy daemon's answer string ("'defer greylisting is active'", mtpolicyd).
      const literal = row.quote.replace(
        /%[-.\d]*l?[a-z]|\w*_\w*|\$\{?[a-z_]+\}?|\\n|'(?![A-Za-z])|\b(?:REJECT|DEFER_IF_PERMIT|DEFER)\b|(?<=['"])(?:reject|defer) /g,
        " | ",
      );
      const runs = literal.match(/[A-Za-z][A-Za-z'-]*(?: [A-Za-z][A-Za-z'-]*)+/g) ?? [];
      const reply = row.reply.toLowerCase();
      const found = runs.some((w) => w.length >= 8 && reply.includes(w.toLowerCase()));
      expect(found || runs.every((w) => w.length < 8), `${row.id}: ${row.quote}`).toBe(true);
    }
  });
});

const tally = new Map<string, { right: number; n: number }>();

describe("source replies: read as their source means", () => {
  for (const row of SOURCE_REPLIES) {
    // A known misread (row.misread says what reads it wrong) is expected to fail until fixed.
    const test = row.misread ? it.fails : it;
    test(`${row.id}: ${row.reply}`, async () => {
      const wrong = await checkSourceReply(row);
      const t = tally.get(row.mta) ?? { right: 0, n: 0 };
      t.n += 1;
      if (wrong.length === 0) t.right += 1;
      tally.set(row.mta, t);
      expect(wrong, `${row.reply} (expected ${row.cause})`).toEqual([]);
    });
  }
});

afterAll(() => {
  const lines = [...tally].map(([mta, t]) => `${mta} right ${t.right} n ${t.n}`);
  const right = [...tally.values()].reduce((s, t) => s + t.right, 0);
  const n = [...tally.values()].reduce((s, t) => s + t.n, 0);
  console.log(`${lines.join("\n")}\nall right ${right} n ${n}`);
});
