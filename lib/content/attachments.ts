// The attachments of the reviewed message that receivers commonly refuse, named: programs and
// scripts, macro-enabled Office files, and archives that hold either (ZIP archives are opened
// and their file list read; nothing is extracted). Pure: lib/mime's reader and fflate, no I/O.
// The message is read by the same MIME reader as the bounce (lib/mime/read-mime.ts); a
// forwarded message inside it (message/rfc822, not itself an attachment) is opened, as mail
// clients and receivers' filters open it, a few levels deep.

import { unzipSync } from "fflate";
import { decodeEncodedWords } from "@/lib/bounce/encoded-words";
import { readMime, type MimePart } from "@/lib/mime/read-mime";
import { RISK_REASONS, riskOfName, extensionOf } from "./attachment-types";
import type { RiskyAttachment } from "./types";

/** Forwarded messages opened inside one another, at most. */
const MAX_FORWARD_DEPTH = 4;

/** Files listed from one archive, at most: the names are what matters, not all of them. */
const MAX_ARCHIVE_ENTRIES = 2_000;

/** Risky names inside a ZIP archive; null when it cannot be opened (encrypted, damaged, not a ZIP). */
function riskyInsideZip(content: Uint8Array): string[] | null {
  const names: string[] = [];
  let seen = 0;
  try {
    unzipSync(content, {
      // List only: returning false skips decompression of every entry.
      filter: (file) => {
        if (++seen <= MAX_ARCHIVE_ENTRIES) {
          const risk = riskOfName(file.name);
          if (risk === "executable" || risk === "macro") names.push(file.name);
        }
        return false;
      },
    });
  } catch {
    return null;
  }
  return names;
}

/** The parts of a message that name a file, forwarded messages' included; [] when unreadable. */
function namedParts(message: Uint8Array, depth: number): MimePart[] {
  let read: ReturnType<typeof readMime>;
  try {
    // Attachments are all that is read here: the text parts are not turned from HTML.
    read = readMime(message, { htmlToText: () => "" });
  } catch {
    // A message the reader refuses (past its limits) still gets the filter's own rules.
    return [];
  }
  const found = [...read.files];
  if (depth < MAX_FORWARD_DEPTH)
    for (const part of read.parts)
      if (part.mimeType === "message/rfc822" && part.disposition !== "attachment")
        found.push(...namedParts(part.content, depth + 1));
  return found;
}

export async function riskyAttachments(message: Uint8Array): Promise<RiskyAttachment[]> {
  const found: RiskyAttachment[] = [];
  for (const a of namedParts(message, 0)) {
    const name = decodeEncodedWords(a.filename ?? "");
    if (!name) continue;
    const risk = riskOfName(name);
    if (risk === null) continue;
    const contentType = a.mimeType;
    if (risk !== "archive") {
      found.push({ name, contentType, risk, reason: RISK_REASONS[risk] });
      continue;
    }
    const inside = extensionOf(name) === "zip" ? riskyInsideZip(a.content) : null;
    if (inside && inside.length > 0)
      found.push({
        name,
        contentType,
        risk: "archive-with-executable",
        reason: RISK_REASONS["archive-with-executable"],
        inside,
      });
    // A ZIP that opens and holds nothing risky is an ordinary attachment.
    else if (inside === null)
      found.push({ name, contentType, risk: "archive", reason: RISK_REASONS.archive });
  }
  return found;
}
