import { describe, expect, it } from "vitest";
import { decodeEncodedWords } from "./encoded-words";

describe("decodeEncodedWords", () => {
  it("decodes Q and B words in the charset each names, one decoder per label in any case", () => {
    expect(decodeEncodedWords("=?iso-8859-1?Q?caf=E9?=")).toBe("café");
    expect(decodeEncodedWords("=?ISO-8859-1?q?caf=E9_noir?=")).toBe("café noir");
    expect(decodeEncodedWords("=?utf-8?B?Y2Fmw6k=?= =?UTF-8?B?IQ==?=")).toBe("café!");
    // The same label again after another charset: a shared decoder carries nothing over.
    expect(decodeEncodedWords("=?utf-8?Q?=E2=82?= =?windows-1252?Q?=80?=")).toBe("\ufffd€");
    expect(decodeEncodedWords("=?UTF-8?Q?=C3=A9?=")).toBe("é");
  });

  it("leaves a word with a charset nobody knows as it is", () => {
    expect(decodeEncodedWords("=?x-no-such-charset?Q?abc?=")).toBe("=?x-no-such-charset?Q?abc?=");
    expect(decodeEncodedWords("=?utf-8*en?Q?abc?=")).toBe("abc");
  });
});
