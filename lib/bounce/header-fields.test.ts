import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  firstFieldValue,
  firstHeaderValue,
  headerBlockEnd,
  isFieldNameAt,
  unfoldFields,
  unfoldKeptFields,
  unfoldKeptHeaderFields,
  unfoldSomeFields,
} from "./header-fields";

// Field lines, continuations, lines without a field name, blank-led lines and CRs, in any order.
const LINES = [
  "Content-Type: text/plain",
  " content-type : x; charset=utf-8",
  "\tcontinued",
  "  more ",
  "no colon line",
  ":starts with colon",
  "X-Mailer: y",
  "Content-Transfer-Encoding: 7bit",
  "",
  "CONTENT-TYPE:multipart/mixed",
  "\u00a0Content-Type: a",
  "content-type:",
  "Content-Type\t: b\r",
  "Subject: hi: there",
];

/** unfoldFields as it was first written: the block split into lines, each line sliced out. */
function unfoldReference(block: string, isName: (name: string) => boolean) {
  const fields: { key: string; value: string }[] = [];
  let last: { key: string; value: string } | null = null;
  for (const line of block.split("\n")) {
    const first = line.charCodeAt(0);
    if (fields.length > 0 && (first === 0x20 || first === 0x09)) {
      if (last) last.value = `${last.value} ${line.trim()}`;
      continue;
    }
    const colon = line.indexOf(":");
    if (colon < 1) continue;
    const name = line.slice(0, colon);
    if (!isName(name)) continue;
    last = { key: name.trim().toLowerCase(), value: line.slice(colon + 1).trim() };
    fields.push(last);
  }
  return fields;
}

describe("unfoldFields", () => {
  it("reads the lines in place as the split lines were read", () => {
    const noBlank = (name: string) => !/\s/.test(name);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ maxLength: 12 })), {
          maxLength: 12,
        }),
        (lines) => {
          const block = lines.join("\n");
          expect(unfoldFields(block, () => true)).toEqual(unfoldReference(block, () => true));
          expect(unfoldFields(block, noBlank)).toEqual(unfoldReference(block, noBlank));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("firstFieldValue", () => {
  it("gives the value unfoldFields gives the first field of that name", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 10 }), (lines) => {
        const block = lines.join("\n");
        const fields = unfoldFields(block, () => true);
        for (const key of ["content-type", "content-transfer-encoding", "subject"])
          expect(firstFieldValue(block, key)).toBe(
            fields.find((f) => f.key === key)?.value ?? null,
          );
      }),
      { numRuns: 3000 },
    );
  });

  it("joins continuations, also past a line that is no field, and stops at the next field", () => {
    const block = "Subject: x\nContent-Type: multipart/report;\nno field here\n\tboundary=b\nTo: y";
    expect(firstFieldValue(block, "content-type")).toBe("multipart/report; boundary=b");
    expect(firstFieldValue(block, "cc")).toBeNull();
  });
});

describe("firstHeaderValue", () => {
  it("gives firstFieldValue of the header block, the block's end found as it reads", () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...LINES, "", " ", "\t ", "body: text"), { maxLength: 12 }),
        (lines) => {
          const message = lines.join("\n");
          const blank = headerBlockEnd(message);
          const block = blank === -1 ? message : message.slice(0, blank);
          for (const key of ["content-type", "content-transfer-encoding", "body"])
            expect(firstHeaderValue(message, key)).toBe(firstFieldValue(block, key));
        },
      ),
      { numRuns: 3000 },
    );
  });
});

describe("unfoldSomeFields", () => {
  it("gives unfoldFields' fields of the kept names, in order, and counts every field", () => {
    const keep = new Set(["content-type", "subject"]);
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...LINES), { maxLength: 10 }), (lines) => {
        const block = lines.join("\n");
        const all = unfoldFields(block, () => true);
        const some = unfoldSomeFields(block, () => true, keep);
        expect(some.fields).toEqual(all.filter((f) => keep.has(f.key)));
        expect(some.count).toBe(all.length);
        expect(unfoldSomeFields(block, () => true, null).fields).toEqual(all);
      }),
      { numRuns: 3000 },
    );
  });

  it("skips the continuation lines of a field it does not keep", () => {
    const block = "Subject: x\nReceived: from a\n\tby b\nno field here\n\tfor c\nFrom: y";
    expect(unfoldSomeFields(block, () => true, new Set(["subject", "from"]))).toEqual({
      fields: [
        { key: "subject", value: "x" },
        { key: "from", value: "y" },
      ],
      count: 3,
    });
  });
});

describe("unfoldKeptFields", () => {
  // The name test readOriginalMessage gave unfoldSomeFields before: the name sliced out.
  const isFieldName = (name: string) => name.length <= 76 && /^[A-Za-z][A-Za-z0-9_.-]*$/.test(name);
  const NAME_LINES = [
    ...LINES,
    "From: a@b",
    "FROM : c",
    "from:d",
    "Fr0m: e",
    "X_Y.Z-1: f",
    "1From: g",
    `${"A".repeat(76)}: long`,
    `${"A".repeat(77)}: longer`,
    "Subject\u00e9: h",
    "Subj ect: i",
  ];
  it("reads the fields unfoldSomeFields read with the name sliced out and matched", () => {
    // Names no line's lower-cased name can be ("From", "a b") are never matched either.
    const keep = new Set(["from", "subject", "x_y.z-1", "a".repeat(76), "From", "subj ect"]);
    fc.assert(
      fc.property(
        fc.array(fc.oneof(fc.constantFrom(...NAME_LINES), fc.string({ maxLength: 12 })), {
          maxLength: 12,
        }),
        (lines) => {
          const block = lines.join("\n");
          const some = unfoldSomeFields(block, isFieldName, keep);
          expect(unfoldKeptFields(block, keep)).toEqual({
            fields: some.fields,
            hasField: some.count > 0,
          });
        },
      ),
      { numRuns: 3000 },
    );
  });

  it("reads a message's header block as the block cut at headerBlockEnd is read", () => {
    const keep = new Set(["from", "subject", "x_y.z-1"]);
    const piece = fc.oneof(
      fc.constantFrom(...NAME_LINES, "", " ", "\t", "  \t", "\r"),
      fc.string({ maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 14 }), (lines) => {
        const message = lines.join("\n");
        const blank = headerBlockEnd(message);
        const block = blank === -1 ? message : message.slice(0, blank);
        expect(unfoldKeptHeaderFields(message, keep)).toEqual({
          ...unfoldKeptFields(block, keep),
          blockEnd: blank,
        });
      }),
      { numRuns: 3000 },
    );
  });

  it("tests a name in place as the pattern tests it sliced out", () => {
    const chars = fc.constantFrom("a", "Z", "0", "_", ".", "-", " ", ":", "\u00e9", "\t", "/");
    fc.assert(
      fc.property(fc.array(chars, { maxLength: 80 }), (cs) => {
        const name = cs.join("");
        expect(isFieldNameAt(`>${name}<`, 1, name.length + 1)).toBe(isFieldName(name));
      }),
      { numRuns: 3000 },
    );
  });
});

describe("headerBlockEnd", () => {
  it("finds what search(/\\n[ \\t]*\\n/) finds", () => {
    const piece = fc.constantFrom("\n", " ", "\t", "\r", "a", "X: y", "\u000b");
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (pieces) => {
        const text = pieces.join("");
        expect(headerBlockEnd(text)).toBe(text.search(/\n[ \t]*\n/));
      }),
      { numRuns: 3000 },
    );
  });
});
