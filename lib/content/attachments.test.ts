import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { riskyAttachments } from "./attachments";
import { riskOfName } from "./attachment-types";

function messageWith(files: { name: string; type: string; content: Uint8Array }[]): Uint8Array {
  const parts = files.map(
    (f) =>
      `--b\nContent-Type: ${f.type}; name="${f.name}"\nContent-Transfer-Encoding: base64\nContent-Disposition: attachment; filename="${f.name}"\n\n${Buffer.from(f.content).toString("base64")}\n`,
  );
  return new TextEncoder().encode(
    `From: ana@mail-ready.test\nTo: jo@example.com\nSubject: Files\nMIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\nContent-Type: text/plain\n\nThe files.\n${parts.join("")}--b--\n`,
  );
}

const bytes = (s: string) => new TextEncoder().encode(s);

describe("riskyAttachments", () => {
  it("names programs, macro files and ZIPs holding either; leaves ordinary files alone", async () => {
    const zipWithExe = zipSync({ "docs/readme.txt": bytes("hi"), "docs/setup.exe": bytes("MZ") });
    const zipPlain = zipSync({ "report.pdf": bytes("%PDF-1.4") });
    const found = await riskyAttachments(
      messageWith([
        { name: "invoice.pdf", type: "application/pdf", content: bytes("%PDF-1.4") },
        {
          name: "budget.xlsm",
          type: "application/vnd.ms-excel.sheet.macroEnabled.12",
          content: bytes("PK"),
        },
        { name: "tool.js", type: "text/javascript", content: bytes("alert(1)") },
        { name: "bundle.zip", type: "application/zip", content: zipWithExe },
        { name: "reports.zip", type: "application/zip", content: zipPlain },
        { name: "broken.zip", type: "application/zip", content: bytes("not a zip") },
      ]),
    );
    expect(found.map((a) => [a.name, a.risk, a.inside])).toEqual([
      ["budget.xlsm", "macro", undefined],
      ["tool.js", "executable", undefined],
      ["bundle.zip", "archive-with-executable", ["docs/setup.exe"]],
      ["broken.zip", "archive", undefined],
    ]);
  });

  it("reads types by the last extension only", () => {
    expect(riskOfName("invoice.pdf.exe")).toBe("executable");
    expect(riskOfName("setup.EXE")).toBe("executable");
    expect(riskOfName("photo.jpg")).toBeNull();
    expect(riskOfName("README")).toBeNull();
  });
});
