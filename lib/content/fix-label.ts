// How a finding's fix is introduced, on the page and on the command line alike.
import type { ContentFinding } from "./types";

/**
 * "Change:" where a finding cost points; "Worth doing:" where none did (no DKIM signature, a URL
 * shortener under the limit): labelled "Change:" such advice contradicted "Nothing in the content
 * needs changing" under it. For a group's shared fix, any of its findings costing points counts.
 */
export function fixLabel(findings: readonly Pick<ContentFinding, "tone">[]): string {
  return findings.some((f) => f.tone === "bad") ? "Change:" : "Worth doing:";
}
