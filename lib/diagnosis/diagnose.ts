// The whole diagnosis of a pasted bounce: parse, classify, and say plainly what was wrong
// with the input when it holds no bounce. Pure and browser-safe (no I/O), so the page,
// the API and the command line all give the same answer.
import { parseBounce } from "@/lib/bounce/parse";
import type { ParsedBounce } from "@/lib/bounce/types";
import {
  classify,
  classifyCauses,
  NOTHING_READ_MESSAGE,
  type Causes,
} from "@/lib/classify/classify";
import type { DecisionThresholds } from "@/lib/knowledge/scoring/weights";
import { MAX_DIAGNOSED_RECIPIENTS, recipientsCutMessage } from "@/lib/limits/input-limits";
import type { Diagnosis } from "./types";
import { withShownStatusMeanings } from "./status-meaning";
import { isOrdinaryMessage } from "./ordinary-message";
import { writtenIn } from "./written-in";
import { ORDINARY_MESSAGE } from "./ordinary-message-note";
import { receiverLogNote } from "./receiver-log";

const NO_CODE =
  "No SMTP reply code (such as 550) or status code (such as 5.1.1) was found in this text.";

/**
 * What the words of a text without codes gave: a cause, the causes that remain possible, or
 * nothing (boilerplate alone, or no bounce at all). The verdicts are the classifier's; this only
 * reads them, to say the right thing about the missing code.
 */
type ReadFromWords = "cause" | "possible" | "nothing";

function readFromWords(d: Diagnosis): ReadFromWords {
  const verdicts = [d.overall, ...d.recipients];
  if (verdicts.some((v) => v.cause !== "unknown")) return "cause";
  // A code's (or a class's) usual causes were not read from the words.
  if (verdicts.some((v) => (v.possible ?? []).length > 0 && v.possibleFrom === "words"))
    return "possible";
  return "nothing";
}

/** Plain-words messages about the input itself (not about the bounce's cause). */
function inputMessages(
  parsed: ParsedBounce,
  read: ReadFromWords,
  input: string | Uint8Array,
): string[] {
  const messages: string[] = [];
  if (parsed.format === "empty") {
    messages.push(
      'Nothing to diagnose: paste the bounce message, or the error line from it (for example "550 5.7.1 ...").',
    );
    return messages;
  }
  messages.push(...parsed.warnings);
  const hasCode = parsed.recipients.some((r) => r.replyCode !== null || r.status !== null);
  // A whole report that names a recipient and says what happened needs no more pasting: a
  // server that could not be reached at all ("Connection timed out") gave no SMTP reply.
  const reported = parsed.recipients.some((r) => r.address !== null && r.diagnostic !== null);
  if (hasCode || reported || parsed.format === "arf" || parsed.format === "auto-reply")
    return messages;
  // Only a text whose words gave nothing is too little to go on; a notice without codes that
  // says why (a mailing list's "too big") was read, and saying otherwise would contradict it.
  // A whole notice (it returns the sender's message, or its writer is known) has been pasted
  // already: asking for the whole bounce again would send the reader in a circle.
  const whole =
    parsed.original !== null ||
    (parsed.originalSpans?.length ?? 0) > 0 ||
    parsed.generator !== null;
  // A whole email with no mark of a bounce, whose words gave nothing: say what it looks like;
  // not of one written mostly in another script, whose words may well be a notice's.
  if (read === "nothing" && !whole && isOrdinaryMessage(parsed, input) && !writtenIn(parsed.text))
    messages.push(ORDINARY_MESSAGE);
  else messages.push(`${NO_CODE} ${(whole ? WHOLE_NOTICE_SAYS : SNIPPET_SAYS)[read]}`);
  return messages;
}

/** After NO_CODE, what the words gave, for a whole notice (it quotes no server) and for a snippet. */
const WHOLE_NOTICE_SAYS: Readonly<Record<ReadFromWords, string>> = {
  cause: "The cause was read from the notice's own words.",
  possible:
    "The possible causes were read from the notice's own words; it quotes no reply from a receiving server, so the wizard's questions will tell them apart.",
  nothing:
    "The notice quotes no reply from a receiving server and gives no reason Bounce Doctor can read; the wizard's questions will narrow it down.",
};
const SNIPPET_SAYS: Readonly<Record<ReadFromWords, string>> = {
  cause: "The cause was read from the notice's own words.",
  possible:
    "The possible causes were read from the notice's own words; the whole bounce, with the lines from the receiving server, may say which it is.",
  nothing: "Paste the whole bounce message, including the lines from the receiving server.",
};

/** The parse, with its recipients capped: each is matched against the whole text (lib/limits). */
function capped(all: ParsedBounce): ParsedBounce {
  if (all.recipients.length <= MAX_DIAGNOSED_RECIPIENTS) return all;
  return {
    ...all,
    recipients: all.recipients.slice(0, MAX_DIAGNOSED_RECIPIENTS),
    warnings: [...all.warnings, recipientsCutMessage(all.recipients.length)],
  };
}

/** `thresholds`: the decision's, when not DECISION's (scripts/eval-calibration.ts sweeps them). */
export async function diagnose(
  text: string | Uint8Array,
  thresholds?: DecisionThresholds,
): Promise<Diagnosis> {
  return diagnoseParsed(capped(await parseBounce(text)), text, thresholds);
}

/**
 * What diagnose() does after parsing: `parsed` is the parse of `text`, its recipients capped.
 * Apart so that the classifying half can be timed and profiled on its own (scripts that parse
 * once and classify many times); diagnose() is the entry point for everything else.
 */
export function diagnoseParsed(
  parsed: ParsedBounce,
  text: string | Uint8Array,
  thresholds?: DecisionThresholds,
): Diagnosis {
  const diagnosis = classify(parsed, thresholds);
  const read = readFromWords(diagnosis);
  const input = inputMessages(parsed, read, text);
  // The ordinary-email note says all that "names no recipient and no known error wording" does.
  const classified = input.includes(ORDINARY_MESSAGE)
    ? diagnosis.messages.filter((m) => m !== NOTHING_READ_MESSAGE)
    : diagnosis.messages;
  // A delivery-status report is a bounce by its own type (RFC 3464), no pasted log line.
  const receiverLog = parsed.format === "dsn" ? null : receiverLogNote(parsed.text);
  const messages = [
    ...new Set([
      ...input,
      ...classified,
      ...unreadLanguage(parsed, read),
      ...(receiverLog ? [receiverLog] : []),
    ]),
  ];
  return { ...diagnosis, recipients: withShownStatusMeanings(diagnosis.recipients), messages };
}

/**
 * Where the words gave nothing at all (no cause, no possibility) and most of the text is in a
 * script other than the Latin alphabet: the notice may well say why in words the knowledge does
 * not hold, and the reader is told so, and what to paste that may say more.
 */
function unreadLanguage(parsed: ParsedBounce, read: ReadFromWords): string[] {
  if (parsed.format === "empty" || read !== "nothing") return [];
  const language = writtenIn(parsed.text);
  if (!language) return [];
  return [
    `Most of this text is in ${language}, and Bounce Doctor reads only some bounce wordings in it: these words may say why, in terms it does not know. If the bounce also quotes the receiving server's own reply (often in English, after a code such as 550), paste that part as well.`,
  ];
}

/**
 * diagnose()'s causes and confidences alone, per recipient and overall, the same figures: no
 * evidence, notes or messages (the command line's --jsonl prints nothing else).
 */
export async function diagnoseCauses(text: string | Uint8Array): Promise<Causes> {
  return classifyCauses(capped(await parseBounce(text)));
}
