// A content review as evidence for or against the causes content-spam and content-virus, and
// the checklist's "adjust content" steps derived from what fired. Pure and browser-safe: the
// rules library (lib/rules) and the checklist (lib/checklists) can call it on a review kept in
// the wizard's state.
//
// The weights are data (EVIDENCE_WEIGHTS), read the way the classifier reads its own: how
// strongly one observation points at a cause, 0..1, added per cause. A receiver's filter is not
// this filter, so even a "reject" score here is strong evidence, not proof.

import type { ChecklistItem } from "@/lib/checklists/types";
import type {
  ContentGroup,
  ContentReview,
  ContentVerdict,
  LinkedDomain,
  ReviewedContent,
} from "./types";

export type ContentCause = "content-spam" | "content-virus";

export interface CauseEvidence {
  cause: ContentCause;
  /** "for": the review supports the cause; "against": it speaks against it; "unknown": no review. */
  direction: "for" | "against" | "unknown";
  /** 0..1, the sum of the observations' weights, capped at 1. */
  weight: number;
  /** The observations, in plain words. */
  because: string[];
}

export interface ContentEvidence {
  evidence: CauseEvidence[];
  /** "Adjust content" steps, most important first; empty when nothing needs changing. */
  steps: ChecklistItem[];
}

/** How strongly each observation points at (positive) or away from (negative) a cause. */
export const EVIDENCE_WEIGHTS = {
  spamVerdict: { reject: 0.8, junk: 0.6, greylist: 0.3, low: -0.5 } satisfies Record<
    ContentVerdict,
    number
  >,
  /** A link domain on a domain blocklist (our own lookup): receivers refuse such mail outright. */
  listedLinkDomain: 0.5,
  /** Only the headers were reviewed: a low score says less. */
  headersOnlyFactor: 0.4,
  /** A program, script, macro file or archive holding one. */
  riskyAttachment: 0.8,
  /** The filter's own attachment rules fired (MIME_BAD_EXTENSION...). */
  filterAttachmentRule: 0.6,
  /** The whole body was reviewed and nothing risky is attached. */
  noRiskyAttachment: -0.6,
} as const;

/** Step titles per group (what the user does), as data. */
const STEP_TITLES: Record<ContentGroup, string> = {
  "link-blocklist": "Remove or replace links to blocklisted domains",
  "url-shortener": "Link to real addresses instead of URL shorteners",
  "html-without-text": "Add a plain-text version and real text",
  "image-only": "Put the message's words in text, not images",
  headers: "Fix the message's missing or broken headers",
  authentication: "Sign the message with DKIM",
  "forged-sender": "Make the sender look like who you are",
  attachments: "Do not attach programs, scripts or macro files",
  phrases: "Tone down spammy wording and formatting",
  other: "Change what the filter's other rules name",
};

const clamp = (n: number) => Math.max(0, Math.min(1, Math.round(n * 100) / 100));

function spamEvidence(review: ReviewedContent): CauseEvidence {
  let weight = EVIDENCE_WEIGHTS.spamVerdict[review.verdict];
  const because = [
    `The filter scored the message ${review.score} (junk from ${review.thresholds.addHeader}, refused from ${review.thresholds.reject}).`,
  ];
  if (review.source.headersOnly && weight < 0) {
    weight *= EVIDENCE_WEIGHTS.headersOnlyFactor;
    because.push("Only the headers could be reviewed, so a low score says little.");
  }
  const listed = review.linkedDomains.filter((d) => d.status === "listed");
  if (listed.length > 0) {
    weight = Math.max(weight, 0) + EVIDENCE_WEIGHTS.listedLinkDomain;
    because.push(
      `Linked domain${listed.length > 1 ? "s" : ""} on a domain blocklist: ${listed
        .map((d) => `${d.domain} (${d.lists.join(", ")})`)
        .join("; ")}.`,
    );
  }
  return {
    cause: "content-spam",
    direction: weight > 0 ? "for" : "against",
    weight: clamp(Math.abs(weight)),
    because,
  };
}

function virusEvidence(review: ReviewedContent): CauseEvidence {
  const filterRules = review.groups
    .filter((g) => g.group === "attachments")
    .flatMap((g) => g.findings.filter((f) => f.tone === "bad").map((f) => f.symbol));
  const because: string[] = [];
  let weight = 0;
  if (review.attachments.length > 0) {
    weight += EVIDENCE_WEIGHTS.riskyAttachment;
    because.push(
      `Attachments receivers refuse: ${review.attachments.map((a) => `${a.name} (${a.risk})`).join(", ")}.`,
    );
  }
  if (filterRules.length > 0) {
    weight += EVIDENCE_WEIGHTS.filterAttachmentRule;
    because.push(`The filter's attachment rules fired: ${filterRules.join(", ")}.`);
  }
  if (weight === 0) {
    if (review.source.headersOnly)
      return {
        cause: "content-virus",
        direction: "unknown",
        weight: 0,
        because: ["Only the headers could be reviewed: the attachments are unknown."],
      };
    weight = EVIDENCE_WEIGHTS.noRiskyAttachment;
    because.push("No program, script, macro file or archive holding one is attached.");
  }
  return {
    cause: "content-virus",
    direction: weight > 0 ? "for" : "against",
    weight: clamp(Math.abs(weight)),
    because,
  };
}

function slug(text: string): string {
  return (
    text
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-+|-+$/g, "")
      .slice(0, 60) || "file"
  );
}

/** What the review's own steps already name: the listed linked domains and the risky files. */
interface NamedByOwnStep {
  domains: string[];
  files: string[];
}

function namedByOwnStep(review: ReviewedContent): NamedByOwnStep {
  return {
    domains: review.linkedDomains
      .filter((d) => d.status === "listed")
      .map((d) => d.domain.toLowerCase()),
    files: review.attachments.flatMap((a) =>
      [a.name, ...(a.inside ?? [])].map((n) => n.toLowerCase()),
    ),
  };
}

/**
 * Whether every thing a filter rule matched already has a step of its own ("Remove the links to
 * x.test", "Do not attach a.exe"): the rule's group step would then say the same thing again.
 * The link rules match a host (the listed domain or a name under it), the attachment rules a
 * file's extension ("exe") or name. A rule that matched nothing is never covered.
 */
function coveredByOwnStep(group: ContentGroup, matched: string[], named: NamedByOwnStep): boolean {
  const covers = (raw: string) => {
    const m = raw.toLowerCase();
    if (group === "link-blocklist")
      return named.domains.some((d) => m === d || m.endsWith(`.${d}`));
    if (group === "attachments") return named.files.some((f) => f === m || f.endsWith(`.${m}`));
    return false;
  };
  return matched.length > 0 && matched.every(covers);
}

/**
 * Where to ask each list that lists the domain for removal: every list's own page, lists that
 * share a page named together; "" when no list names one. Reviews whose links are not one per
 * list (older ones) name the pages without pairing them to lists.
 */
function delistingPages(d: LinkedDomain): { text: string; first?: { list: string; url: string } } {
  const paired = d.delistUrls.length === d.lists.length;
  const pages = new Map<string, string[]>();
  d.delistUrls.forEach((url, i) => {
    if (!url) return;
    const names = pages.get(url) ?? [];
    if (paired) names.push(d.lists[i]!);
    pages.set(url, names);
  });
  const entries = [...pages];
  if (entries.length === 0) return { text: "" };
  const [url, names] = entries[0]!;
  const first = { list: names.join(" and "), url };
  if (entries.length === 1) return { text: ` (${url})`, first };
  const each = entries.map(([u, n]) => (n.length > 0 ? `${n.join(" and ")}: ${u}` : u));
  return { text: ` from each list that lists it (${each.join("; ")})`, first };
}

function steps(review: ReviewedContent): ChecklistItem[] {
  const items: ChecklistItem[] = [];
  for (const d of review.linkedDomains.filter((x) => x.status === "listed")) {
    const pages = delistingPages(d);
    items.push({
      id: `content-spam.link-domain.${slug(d.domain)}`,
      title: `Remove the links to ${d.domain}`,
      detail: `${d.domain} is listed on ${d.lists.join(", ")}. Receivers that use these lists refuse mail that links to it, whoever sends it. Remove the links, or, if the domain is yours, clean it up and request delisting${pages.text}.`,
      actor: "sender",
      kind: "fix",
      ...(pages.first
        ? {
            link: {
              label: pages.first.list ? `${pages.first.list}: delisting` : "Delisting",
              url: pages.first.url,
            },
          }
        : {}),
    });
  }
  for (const a of review.attachments)
    items.push({
      id: `content-virus.attachment.${slug(a.name)}`,
      title: `Do not attach ${a.name}`,
      detail: `${a.name} is ${a.reason}.${a.inside?.length ? ` Inside: ${a.inside.join(", ")}.` : ""} Share it through a download link instead, then send the message again.`,
      actor: "sender",
      kind: "fix",
    });
  const named = namedByOwnStep(review);
  for (const group of review.groups) {
    const bad = group.findings.filter(
      (f) => f.tone === "bad" && f.fix && !coveredByOwnStep(group.group, f.matched, named),
    );
    if (bad.length === 0) continue;
    const fixes = [...new Set(bad.map((f) => f.fix!))];
    const found = [...new Set(bad.flatMap((f) => f.matched))].filter(
      (m) => !coveredByOwnStep(group.group, [m], named),
    );
    items.push({
      id: `${group.group === "attachments" ? "content-virus" : "content-spam"}.adjust.${group.group}`,
      title: STEP_TITLES[group.group],
      detail: `${fixes.join(" ")}${found.length > 0 ? ` (found: ${found.join(", ")})` : ""}`,
      actor: "sender",
      kind: "fix",
    });
  }
  if (items.length > 0)
    items.push({
      id: "content-spam.verify.review-again",
      title: "Review the changed message again, then resend it",
      detail:
        "Send the changed message to yourself, download it (.eml) and review it here again: the score should be low and the findings gone before you resend it to the recipient.",
      actor: "sender",
      kind: "verify",
      link: { label: "Review a sent message", url: "/content" },
    });
  return items;
}

export function contentEvidence(review: ContentReview): ContentEvidence {
  if (review.status !== "reviewed")
    return {
      evidence: (["content-spam", "content-virus"] as const).map((cause) => ({
        cause,
        direction: "unknown",
        weight: 0,
        because: [review.reason],
      })),
      steps: [],
    };
  return { evidence: [spamEvidence(review), virusEvidence(review)], steps: steps(review) };
}
