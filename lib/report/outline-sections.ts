// The report's outline sections (./report-outline.ts), as Markdown and as plain text: what is
// not settled (the ranked causes, each with its check-first step), what is known (checks that ran,
// answers given), what to do (the settled causes' fixes, prevention), and a checklist step.
// Only what the outline holds is said: a check that did not run is never cited as having run,
// and one the wizard started that could not run is named as such, never left out.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import { tellsApartWords, type DelayReading } from "@/lib/checklists/delay-outline";
import { fixPrefixOf } from "@/lib/checklists/outline";
import { recordCopyForms } from "@/lib/checklists/record-copy";
import { lowerFirst } from "@/lib/rules/sentence";
import type { UncheckedCheck } from "@/lib/share/shared-outline";
import {
  escapeMarkdownInline,
  markdownCodeBlock,
  markdownCodeSpan,
  stripControls,
} from "./markdown-escape";
import { wrapPlain } from "./plain-wrap";
import {
  checkFoundWords,
  stepsByCause,
  type ReportItem,
  type ReportKnown,
  type ReportOutline,
} from "./report-outline";

export const percent = (c: number) => `${Math.round(c * 100)}%`;

export function indent(block: string, prefix: string): string {
  return block
    .split("\n")
    .map((l) => prefix + l)
    .join("\n");
}

/** A check's time as the link has it (ISO), in minutes and UTC; the raw text if it is no date. */
function checkedWhen(iso: string): string {
  const date = new Date(iso);
  if (Number.isNaN(date.getTime())) return stripControls(iso);
  return `${date.toISOString().slice(0, 16).replace("T", " ")} UTC`;
}

const NOT_SETTLED_WORDS =
  "What the server said does not settle the cause yet: these causes remain possible, most likely first. Each “check first” step looks at one of them: what it finds confirms that cause or rules it out.";

function notSettledTail(outline: ReportOutline): string {
  return outline.fixes.length > 0
    ? "The fixes further down are for the most likely cause, if it is that one."
    : "The fixes come once the cause is known.";
}

const NO_CHECK = "No check had run when this report was made: nothing in it rests on one.";
const NO_ANSWER = "No question had been answered when this report was made.";
const DONT_KNOW_NOTE = "given, but the result does not rest on it";

/** The words before a long TXT value's quoted-strings form, as the wizard's record box says them. */
function quotedWords(strings: number): string {
  return `As ${strings} quoted strings of one record (zone files, Route 53):`;
}

export function markdownItem(item: ReportItem, pad: string, prefix = ""): string[] {
  const e = (t: string) => escapeMarkdownInline(t);
  const body = pad + "  ";
  // A step that asks nothing is a plain bullet: no box to tick.
  const box = item.kind === "info" ? "" : `[${item.done ? "x" : " "}] `;
  const out = [`${pad}- ${box}${prefix}${e(item.title)}`];
  // A backslash at a line's end is a hard line break (CommonMark §6.7): the detail stays in
  // the step's paragraph, on a line of its own, and the list stays tight.
  if (item.detail?.trim()) {
    out[0] += "\\";
    out.push(`${body}${e(item.detail)}`);
  }
  if (item.record) {
    out.push(
      "",
      indent(
        markdownCodeBlock(`${item.record.type} ${item.record.name}\n${item.record.value}`),
        body,
      ),
      "",
    );
    const forms = recordCopyForms(item.record);
    if (forms.quoted)
      out.push(
        `${body}${e(quotedWords(forms.strings))}`,
        "",
        indent(markdownCodeBlock(forms.quoted), body),
        "",
      );
  }
  // The ready text the detail ends on ("A ready text:"), as a block to copy (review 24: the
  // report stopped at the colon).
  if (item.message)
    out.push(
      "",
      // An empty line of the text stays empty, with no indent left trailing on it.
      indent(
        markdownCodeBlock(`Subject: ${item.message.subject}\n\n${item.message.body}`),
        body,
      ).replace(/[ \t]+$/gm, ""),
      "",
    );
  if (item.link)
    out.push(
      `${body}- ${e(item.link.label)}: <${item.link.url.replace(/[<>\s]/g, encodeURIComponent)}>`,
    );
  return out;
}

export function textItem(item: ReportItem, pad: string, prefix = ""): string[] {
  const body = pad + "    ";
  // A title that wraps hangs under its own text (past the box and any "Check first: " label),
  // so its second line does not read as the start of the detail, which sits under the box.
  const box = `${pad}${item.kind === "info" ? "(i)" : `[${item.done ? "x" : " "}]`} `;
  const hang = " ".repeat(box.length + prefix.length);
  const out = wrapPlain(`${prefix}${item.title}`, box, hang);
  if (item.detail?.trim()) out.push(...wrapPlain(item.detail, body));
  if (item.record) {
    out.push(
      ...wrapPlain(`Publish ${item.record.type} ${item.record.name}:`, body),
      `${body}  ${stripControls(item.record.value).replace(/\s+/g, " ").trim()}`,
    );
    const forms = recordCopyForms(item.record);
    if (forms.quoted)
      out.push(
        ...wrapPlain(quotedWords(forms.strings), body),
        `${body}  ${stripControls(forms.quoted).replace(/\s+/g, " ").trim()}`,
      );
  }
  if (item.message) {
    out.push(...wrapPlain(`Subject: ${item.message.subject}`, `${body}  `));
    // The text's own lines and blank lines stay: it is meant to be sent as it stands.
    for (const line of item.message.body.split("\n"))
      out.push(...(line.trim() ? wrapPlain(line, `${body}  `) : [""]));
  }
  if (item.link)
    out.push(...wrapPlain(`${item.link.label}: ${stripControls(item.link.url).trim()}`, body));
  return out;
}

/** A check-first step whose cause is not among those ranked still says which cause it looks at. */
function restPrefix(cause: CauseId | null, delay: DelayReading | null): string {
  if (!cause) return "";
  const words = tellsApartWords(cause, delay);
  return `Check first (${words.charAt(0).toLowerCase()}${words.slice(1)}): `;
}

/** A delay notice's group checks one reason: its other steps help "whatever the reason". */
function otherStepsWords(ns: NonNullable<ReportOutline["notSettled"]>): string {
  return ns.intro ? "Whatever the reason:" : "Whatever the cause:";
}

export function notSettledMarkdown(outline: ReportOutline): string[] {
  const ns = outline.notSettled;
  if (!ns) return [];
  const e = (t: string) => escapeMarkdownInline(t);
  const { ranked, rest } = stepsByCause(ns);
  const out = [
    `## ${e(ns.intro ? ns.title : "Not settled yet")}`,
    "",
    e(ns.intro ?? `${NOT_SETTLED_WORDS} ${notSettledTail(outline)}`),
    "",
  ];
  out.push(`Who acts: ${e(ns.actorLabel)}`, "");
  ranked.forEach((r, i) => {
    out.push(`${i + 1}. **${e(r.title ?? CAUSES[r.cause].title)}** (${percent(r.confidence)})`);
    for (const s of r.steps) out.push(...markdownItem(s.item, "   ", "Check first: "));
  });
  if (ranked.length) out.push("");
  if (rest.length) {
    out.push(ranked.length ? otherStepsWords(ns) : "First steps:", "");
    for (const s of rest)
      out.push(...markdownItem(s.item, "", restPrefix(s.tellsApart, outline.delay)));
    out.push("");
  }
  return out;
}

export function notSettledText(outline: ReportOutline): string[] {
  const ns = outline.notSettled;
  if (!ns) return [];
  const { ranked, rest } = stepsByCause(ns);
  const out = [
    ns.intro ? stripControls(ns.title).toUpperCase() : "NOT SETTLED YET",
    ...wrapPlain(ns.intro ?? `${NOT_SETTLED_WORDS} ${notSettledTail(outline)}`),
  ];
  out.push(...wrapPlain(`Who acts: ${ns.actorLabel}`), "");
  ranked.forEach((r, i) => {
    out.push(
      ...wrapPlain(`${r.title ?? CAUSES[r.cause].title} (${percent(r.confidence)})`, `${i + 1}. `),
    );
    for (const s of r.steps) out.push(...textItem(s.item, "   ", "Check first: "));
  });
  if (ranked.length) out.push("");
  if (rest.length) {
    out.push(ranked.length ? otherStepsWords(ns) : "First steps:");
    for (const s of rest)
      out.push(...textItem(s.item, "", restPrefix(s.tellsApart, outline.delay)));
    out.push("");
  }
  return out;
}

/**
 * A check that could not run, in words: neither a problem nor a pass ("IP check, could not
 * check: the check timed out").
 */
export function uncheckedWords(u: UncheckedCheck): string {
  const reason = u.reason.trim().replace(/\.$/, "");
  return `${u.kind === "ip" ? "IP check" : "domain check"}, could not check: ${lowerFirst(reason)}; nothing is known of it, good or bad`;
}

export function knownMarkdown(known: ReportKnown): string[] {
  const e = (t: string) => escapeMarkdownInline(t);
  const out = ["## What is known", "", "### Checks that ran", ""];
  if (known.checks.length === 0) out.push(NO_CHECK);
  for (const c of known.checks) {
    out.push(
      `- ${markdownCodeSpan(c.subject)} (${c.kind === "ip" ? "IP check" : "domain check"}, checked ${e(checkedWhen(c.checkedAt))}): ${e(checkFoundWords(c))}`,
    );
    for (const p of c.problems) out.push(`  - ${e(p.severity)}: ${e(p.title)}`);
  }
  const unchecked = known.unchecked ?? [];
  if (unchecked.length > 0) {
    out.push("", "### Checks that could not run", "");
    for (const u of unchecked)
      out.push(`- ${markdownCodeSpan(u.subject)} (${e(uncheckedWords(u))})`);
  }
  if (known.contentReviewed)
    out.push("", "The message's content was reviewed too: see “Content review” below.");
  out.push("", "### Answers given", "");
  if (known.answers.length === 0) out.push(NO_ANSWER);
  for (const a of known.answers)
    out.push(`- ${e(a.question)} **${e(a.answer)}**${a.dontKnow ? ` (${DONT_KNOW_NOTE})` : ""}`);
  out.push("");
  return out;
}

export function knownText(known: ReportKnown): string[] {
  const out = ["WHAT IS KNOWN", "Checks that ran:"];
  if (known.checks.length === 0) out.push(...wrapPlain(NO_CHECK, "  "));
  for (const c of known.checks) {
    out.push(
      ...wrapPlain(
        `${c.subject} (${c.kind === "ip" ? "IP check" : "domain check"}, checked ${checkedWhen(c.checkedAt)}): ${checkFoundWords(c)}`,
        "- ",
      ),
    );
    for (const p of c.problems) out.push(...wrapPlain(`${p.severity}: ${p.title}`, "    "));
  }
  const unchecked = known.unchecked ?? [];
  if (unchecked.length > 0) {
    out.push("Checks that could not run:");
    for (const u of unchecked) out.push(...wrapPlain(`${u.subject} (${uncheckedWords(u)})`, "- "));
  }
  if (known.contentReviewed)
    out.push(
      ...wrapPlain("The message's content was reviewed too: see CONTENT REVIEW below.", "  "),
    );
  out.push("Answers given:");
  if (known.answers.length === 0) out.push(...wrapPlain(NO_ANSWER, "  "));
  for (const a of known.answers)
    out.push(
      ...wrapPlain(`${a.question} ${a.answer}${a.dontKnow ? ` (${DONT_KNOW_NOTE})` : ""}`, "- "),
    );
  out.push("");
  return out;
}

export function todoMarkdown(outline: ReportOutline): string[] {
  const e = (t: string) => escapeMarkdownInline(t);
  const { fixes, prevent, other } = outline;
  if (fixes.length + prevent.length + other.length === 0) return [];
  const out = ["## What to do", ""];
  if (outline.delayIntro) out.push(e(outline.delayIntro), "");
  for (const f of fixes) {
    out.push(
      `### ${e(`${fixPrefixOf(outline, f)}${f.title}`)}`,
      "",
      `Who acts: ${e(f.actorLabel)}`,
      "",
    );
    for (const item of f.items) out.push(...markdownItem(item, ""));
    out.push("");
  }
  if (other.length) {
    out.push("### Other steps at the time of sharing", "");
    for (const item of other) out.push(...markdownItem(item, ""));
    out.push("");
  }
  if (prevent.length) {
    out.push("### Prevent it from happening again", "");
    for (const item of prevent) out.push(...markdownItem(item, ""));
    out.push("");
  }
  return out;
}

export function todoText(outline: ReportOutline): string[] {
  const { fixes, prevent, other } = outline;
  if (fixes.length + prevent.length + other.length === 0) return [];
  const out: string[] = [];
  if (outline.delayIntro) out.push(...wrapPlain(outline.delayIntro), "");
  for (const f of fixes) {
    out.push(
      `${stripControls(fixPrefixOf(outline, f) || "To do: ").toUpperCase()}${stripControls(f.title).toUpperCase()}`,
    );
    out.push(...wrapPlain(`Who acts: ${f.actorLabel}`));
    for (const item of f.items) out.push(...textItem(item, ""));
    out.push("");
  }
  if (other.length) {
    out.push("OTHER STEPS AT THE TIME OF SHARING");
    for (const item of other) out.push(...textItem(item, ""));
    out.push("");
  }
  if (prevent.length) {
    out.push("PREVENT IT FROM HAPPENING AGAIN");
    for (const item of prevent) out.push(...textItem(item, ""));
    out.push("");
  }
  return out;
}
