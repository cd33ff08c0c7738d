// The wizard's typed answers ⇄ the share payload's plain strings. Plain values keep the
// link's preview readable ("sending-platform: microsoft-365"); headers are split into chunks
// because a payload string is bounded (PAYLOAD_LIMITS.valueChars).
import { PAYLOAD_LIMITS, type Answers } from "@/lib/share/payload";
import { QUESTIONS } from "@/lib/rules";
import { QUESTION_IDS, type Answer, type QuestionId } from "@/lib/rules";

/** Not a valid IP, domain or selector, so it cannot collide with a typed answer. */
export const DONT_KNOW_VALUE = "(I don't know)";

function chunks(text: string, size: number, max: number): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length && out.length < max; i += size) out.push(text.slice(i, i + size));
  return out;
}

export function answersToShare(answers: Partial<Record<QuestionId, Answer>>): Answers {
  const out: Answers = {};
  for (const id of QUESTION_IDS) {
    const a = answers[id];
    if (!a) continue;
    if (a.kind === "dont-know") out[id] = DONT_KNOW_VALUE;
    else if (a.kind === "headers")
      out[id] = chunks(a.value, PAYLOAD_LIMITS.valueChars, PAYLOAD_LIMITS.arrayItems);
    else out[id] = a.value;
  }
  return out;
}

/** Answers read back from a link; unknown question ids and malformed values are left out. */
export function answersFromShare(shared: Answers): Partial<Record<QuestionId, Answer>> {
  const out: Partial<Record<QuestionId, Answer>> = {};
  for (const id of QUESTION_IDS) {
    if (!Object.hasOwn(shared, id)) continue;
    const value = shared[id];
    if (value === undefined) continue;
    if (Array.isArray(value)) {
      out[id] = { kind: "headers", value: value.join("") };
      continue;
    }
    if (value === DONT_KNOW_VALUE) {
      out[id] = { kind: "dont-know" };
      continue;
    }
    const input = QUESTIONS[id].input;
    if (input.kind === "choice") {
      if (input.options.some((o) => o.value === value)) out[id] = { kind: "choice", value };
    } else if (input.kind === "headers") {
      out[id] = { kind: "headers", value };
    } else {
      out[id] = { kind: "text", value };
    }
  }
  return out;
}
