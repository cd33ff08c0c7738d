import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { ConcatBlob } from "./concat-blob";

// The parts postal-mime's decoders hand over: line views into the message buffer, decoded
// ArrayBuffers, byte slices and "\n" strings; plus any other string, to hold the UTF-8 rule.
const part = fc.oneof(
  fc.constant("\n"),
  fc.string({ unit: "binary", maxLength: 20 }),
  fc.uint8Array({ maxLength: 40 }),
  fc
    .uint8Array({ minLength: 2, maxLength: 40 })
    .map((a) => new Uint8Array(a.buffer, 1, a.length - 1)),
  fc.uint8Array({ maxLength: 40 }).map((a) => a.slice().buffer),
);

describe("ConcatBlob", () => {
  it("gives the same bytes, size and type as Node's Blob for the same parts", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(part, { maxLength: 30 }),
        fc.constantFrom("application/octet-stream", "Text/Plain", "bad\u00e9", ""),
        async (parts, type) => {
          const ours = new ConcatBlob(parts, { type });
          const real = new Blob(parts, { type });
          expect(new Uint8Array(await ours.arrayBuffer())).toEqual(
            new Uint8Array(await real.arrayBuffer()),
          );
          expect(ours.size).toBe(real.size);
          expect(ours.type).toBe(real.type);
        },
      ),
      { numRuns: 300 },
    );
  });

  it("hands out a copy, so that a reader cannot change the blob", async () => {
    const blob = new ConcatBlob([new Uint8Array([1, 2, 3]), "\n"]);
    new Uint8Array(await blob.arrayBuffer()).fill(0);
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3, 10]);
  });
});
