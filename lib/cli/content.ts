// `bounce-doctor --content FILE`: the content review of a sent message (or of the copy a bounce
// carries), printed as the web page shows it, or as one JSON object with --jsonl. Loaded only
// when --content is given (lib/cli/main.ts), so plain runs do not pay for it.
import { contentEvidence } from "@/lib/content/evidence";
import { fixLabel } from "@/lib/content/fix-label";
import { MAX_CONTENT_BYTES } from "@/lib/content/limits";
import { reviewContent } from "@/lib/content/review";
import { VERDICT_WORDS } from "@/lib/content/thresholds";
import type { ContentReview } from "@/lib/content/types";
import { AppError } from "@/lib/errors";
import type { CliIo } from "./main";
import { readFileCapped } from "./read-input";

/** Where the CLI finds the filter when CONTENT_FILTER_URL is not set: `npm start`'s companion. */
export const DEFAULT_CLI_FILTER_URL = "http://127.0.0.1:11333";

const signed = (n: number) => (n > 0 ? `+${n}` : String(n));

export function readableContentReview(file: string, review: ContentReview): string {
  const out: string[] = [`${file}: content review`];
  if (review.status !== "reviewed") {
    out.push(`  ${review.reason}`);
    return out.join("\n") + "\n";
  }
  const t = review.thresholds;
  out.push(
    `  Reviewed: ${review.source.kind === "bounce-copy" ? "the copy of your message the bounce carries" : "the message itself"}${review.source.headersOnly ? " (headers only: the body was not in the bounce)" : ""}, by ${review.filter}`,
    `  Score ${review.score}: ${VERDICT_WORDS[review.verdict]} (greylist from ${t.greylist}, junk from ${t.addHeader}, refused from ${t.reject})`,
  );
  for (const group of review.groups) {
    out.push("", `  ${group.title}`);
    for (const f of group.findings) {
      const matched = f.matched.length > 0 ? ` [${f.matched.join(", ")}]` : "";
      out.push(`    ${signed(f.score).padStart(5)}  ${f.title}${matched} (${f.symbol})`);
      if (f.fix) out.push(`           ${fixLabel([f])} ${f.fix}`);
    }
  }
  if (review.linkedDomains.length > 0) {
    out.push("", "  Linked domains on the domain blocklists");
    for (const d of review.linkedDomains) {
      const state =
        d.status === "listed"
          ? `LISTED on ${d.lists.join(", ")}`
          : d.status === "could-not-check"
            ? `could not check (${d.lists.join(", ")} did not answer)`
            : "not listed";
      out.push(`    ${d.domain}: ${state}`);
    }
  }
  if (review.attachments.length > 0) {
    out.push("", "  Attachments receivers refuse");
    for (const a of review.attachments)
      out.push(
        `    ${a.name} (${a.contentType}): ${a.reason}${a.inside?.length ? `; inside: ${a.inside.join(", ")}` : ""}`,
      );
  }
  const steps = contentEvidence(review).steps;
  if (steps.length > 0) {
    out.push("", "  Suggested changes");
    steps.forEach((s, i) => out.push(`    ${i + 1}. ${s.title}`));
  } else {
    out.push("", "  Nothing in the content needs changing.");
  }
  return out.join("\n") + "\n";
}

/** Exit status: 0 reviewed, 3 could not review (filter unavailable), 2 unreadable or refused input. */
export async function runContentReview(
  file: string,
  options: { jsonl: boolean },
  io: CliIo,
): Promise<number> {
  let bytes: Uint8Array;
  try {
    // Read past the review's own 5 MB limit only so far that an oversized message is told
    // apart (reviewContent refuses it with its size), never without bound.
    const input = file === "-" ? await io.readStdin() : readFileCapped(file, MAX_CONTENT_BYTES + 1);
    bytes = input.bytes;
  } catch (error) {
    const code = error instanceof Error && "code" in error ? String(error.code) : "read error";
    io.stderr(`bounce-doctor: ${file}: cannot read (${code})\n`);
    return 2;
  }
  let review: ContentReview;
  try {
    review = await reviewContent(bytes, {
      filter: { url: process.env.CONTENT_FILTER_URL?.trim() || DEFAULT_CLI_FILTER_URL },
    });
  } catch (error) {
    if (error instanceof AppError) {
      io.stderr(`bounce-doctor: ${file}: ${error.message}\n`);
      return 2;
    }
    throw error;
  }
  io.stdout(
    options.jsonl
      ? JSON.stringify({ file, ...review }) + "\n"
      : readableContentReview(file, review),
  );
  return review.status === "reviewed" ? 0 : 3;
}
