// The NDR headline table and its three readers: each reads every wording the table holds, on
// the real copies it cites, and nothing else shaped like it.
import { describe, expect, it } from "vitest";
import { humanRecipients } from "@/lib/bounce/human-recipients";
import { followsNdrHeadline } from "@/lib/share/ndr-headline";
import { maskLocalParts } from "@/lib/share/redact";
import { MICROSOFT_NDR_PHRASES } from "./providers/microsoft-ndr";
import { escapeForPattern, NDR_HEADLINES } from "./ndr-headlines";

const copies = NDR_HEADLINES.flatMap((h) =>
  h.seen.map((s) => {
    const address = s.example.slice(h.before.length, s.example.length - h.after.length);
    const at = address.lastIndexOf("@");
    return {
      h,
      example: s.example,
      address,
      local: address.slice(0, at),
      domain: address.slice(at + 1),
    };
  }),
);

describe("NDR_HEADLINES", () => {
  it("has unique ids, and each copy it cites is its words around one address", () => {
    expect(new Set(NDR_HEADLINES.map((h) => h.id)).size).toBe(NDR_HEADLINES.length);
    for (const h of NDR_HEADLINES) expect(h.seen.length).toBeGreaterThan(0);
    for (const { h, example, address } of copies) {
      expect(example.startsWith(h.before)).toBe(true);
      expect(example.endsWith(h.after)).toBe(true);
      expect(address).toMatch(/^[^\s@]+@[^\s@]+\.[a-z]{2,}$/);
    }
  });

  it("escapes pattern characters, so a wording matches as written", () => {
    for (const words of ["couldn't be delivered.", "a+b (c)? [d] $e ^f |g \\h {1}*"]) {
      expect(new RegExp(`^${escapeForPattern(words)}$`).test(words)).toBe(true);
    }
    expect(new RegExp(escapeForPattern("delivered.")).test("deliveredX")).toBe(false);
  });
});

describe("the readers of the headline", () => {
  it.each(copies.map((c) => [c.example, c] as const))(
    "the recipient's line reads the address of %s",
    (_, { example, address }) => {
      const text = `${example}\n\nThe group x only accepts messages from people in its organization.`;
      expect(humanRecipients(text, 0, text.length).map((r) => r.address)).toEqual([address]);
    },
  );

  it.each(copies.map((c) => [c.example, c] as const))(
    "the masker takes the line under %s as naming its recipient",
    (_, { example, local, domain }) => {
      const lower = `${example}\n\n${local} wasn't found at ${domain}.`.toLowerCase();
      expect(followsNdrHeadline(lower, lower.lastIndexOf(local.toLowerCase()), domain)).toBe(true);
      // The same line under another domain's headline is not its recipient's.
      expect(followsNdrHeadline(lower, lower.lastIndexOf(local.toLowerCase()), "example.org")).toBe(
        false,
      );
      expect(maskLocalParts(`${example}\n${local} wasn't found at ${domain}.`)).not.toContain(
        `\n${local} `,
      );
    },
  );

  it.each(copies.map((c) => [c.example, c] as const))(
    "microsoft-ndr's 'wasn't found at' entry reads its frame under %s",
    (_, { example, local, domain }) => {
      const entry = MICROSOFT_NDR_PHRASES.find(
        (e) => e.id === "microsoft.ndr.enhanced.wasnt-found-at",
      );
      const re = entry?.match[0];
      if (!(re instanceof RegExp)) throw new Error("the entry's first match is a pattern");
      expect(re.test(`${example} ${local} wasn't found at ${domain}.`.toLowerCase())).toBe(true);
      // Another local part under the headline is not the frame.
      expect(re.test(`${example} someone.else wasn't found at ${domain}.`.toLowerCase())).toBe(
        false,
      );
    },
  );

  it("keeps the recipient's line linear on a long line", () => {
    const h = NDR_HEADLINES[0]!;
    const text = `${h.before}${"a".repeat(200_000)}@${"b".repeat(200_000)}`;
    const t0 = performance.now();
    humanRecipients(text, 0, text.length);
    expect(performance.now() - t0).toBeLessThan(3000);
  });
});
