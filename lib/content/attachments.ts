// The attachments of the reviewed message that receivers commonly refuse, named: programs and
// scripts, macro-enabled Office files, and archives that hold either (ZIP archives are opened
// and their file list read; nothing is extracted). Pure: postal-mime and fflate, no I/O.

import { unzipSync } from "fflate";
import PostalMime from "postal-mime";
import { RISK_REASONS, riskOfName, extensionOf } from "./attachment-types";
import type { RiskyAttachment } from "./types";

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

export async function riskyAttachments(message: Uint8Array): Promise<RiskyAttachment[]> {
  let parsed: Awaited<ReturnType<typeof PostalMime.parse>>;
  try {
    parsed = await PostalMime.parse(message, { attachmentEncoding: "arraybuffer" });
  } catch {
    // A message postal-mime cannot parse still gets the filter's own attachment rules.
    return [];
  }
  const found: RiskyAttachment[] = [];
  for (const a of parsed.attachments) {
    const name = a.filename ?? "";
    if (!name) continue;
    const risk = riskOfName(name);
    if (risk === null) continue;
    const contentType = a.mimeType;
    if (risk !== "archive") {
      found.push({ name, contentType, risk, reason: RISK_REASONS[risk] });
      continue;
    }
    const content =
      a.content instanceof ArrayBuffer ? new Uint8Array(a.content) : new Uint8Array(0);
    const inside = extensionOf(name) === "zip" ? riskyInsideZip(content) : null;
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
