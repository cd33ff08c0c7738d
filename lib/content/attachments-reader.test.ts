// The attachment list is read by lib/mime's reader since postal-mime left the app's
// dependencies. Held to postal-mime (still a dev dependency, for this and read-mime.test.ts) on
// the file names of every fixture and of the dev corpus where it is present (31 of its
// messages name files): the same files, in the same order.
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import PostalMime from "postal-mime";
import { describe, expect, it } from "vitest";
import { riskyAttachments } from "./attachments";
import { readMime } from "@/lib/mime/read-mime";

const FIXTURE_DIRS = ["lib/content/__fixtures__", "lib/bounce/__fixtures__"];
const CORPUS = join("..", "shared", "corpus", "sisimai-dev", "emails");

function files(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".eml"))
    .map((f) => join(dir, f));
}

/** The file names postal-mime lists as attachments, in order. */
async function postalNames(bytes: Uint8Array): Promise<string[]> {
  const parsed = await PostalMime.parse(bytes, { attachmentEncoding: "arraybuffer" });
  return parsed.attachments.map((a) => a.filename ?? "").filter((name) => name !== "");
}

/**
 * The file names read-mime gives, less the one kind postal-mime does not list: inline text
 * parts with a name (McAfee's bounces name their inline "deliveryproblems.txt").
 */
function readerNames(bytes: Uint8Array): string[] {
  return readMime(bytes, { htmlToText: () => "" })
    .files.filter(
      (f) =>
        f.disposition === "attachment" ||
        (f.mimeType !== "text/plain" && f.mimeType !== "text/html"),
    )
    .map((f) => f.filename ?? "");
}

describe("riskyAttachments against postal-mime", () => {
  const all = [...FIXTURE_DIRS.flatMap(files), ...files(CORPUS)];

  it.each(all.map((f) => [f]))("%s: the same file names", async (file) => {
    const bytes = new Uint8Array(readFileSync(file));
    expect(readerNames(bytes)).toEqual(await postalNames(bytes));
  });

  it("finds a script in a forwarded message and an encoded-word file name", async () => {
    const inner = [
      "From: a@example.com",
      "Subject: fwd",
      'Content-Type: multipart/mixed; boundary="in"',
      "",
      "--in",
      "Content-Type: text/plain",
      "",
      "see attached",
      "--in",
      'Content-Type: application/octet-stream; name="=?UTF-8?B?cmVjaWJvLmpz?="',
      "Content-Disposition: attachment; filename*=utf-8''r%C3%A9sum%C3%A9.vbs",
      "Content-Transfer-Encoding: base64",
      "",
      "TVo=",
      "--in--",
    ].join("\n");
    const outer = [
      "From: b@example.com",
      'Content-Type: multipart/mixed; boundary="out"',
      "",
      "--out",
      "Content-Type: text/plain",
      "",
      "forwarding",
      "--out",
      "Content-Type: message/rfc822",
      "",
      inner,
      "--out--",
      "",
    ].join("\n");
    const found = await riskyAttachments(new TextEncoder().encode(outer));
    expect(found.map((a) => [a.name, a.risk])).toEqual([["résumé.vbs", "executable"]]);
  });
});
