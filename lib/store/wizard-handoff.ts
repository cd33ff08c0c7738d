// The home page and the share page hand a bounce (and, from a share link, the answers) to the
// wizard through sessionStorage: the text never goes into a URL, where it would reach logs.
import { z } from "zod";

const HANDOFF_KEY = "bounce-doctor:handoff";

export const handoffSchema = z.object({
  text: z.string().max(2_000_000),
  /** Answers in the share payload's plain form (components/share/answers-codec.ts). */
  answers: z.record(z.string(), z.union([z.string(), z.array(z.string())])).optional(),
});
export type Handoff = z.infer<typeof handoffSchema>;

export function writeHandoff(handoff: Handoff): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(handoff));
  } catch {
    // Storage full or disabled: the wizard then starts empty and asks for the paste again.
  }
}

/** Reads and removes the hand-off, so a reload of the wizard does not restart it. */
export function takeHandoff(): Handoff | null {
  try {
    const raw = sessionStorage.getItem(HANDOFF_KEY);
    if (raw === null) return null;
    sessionStorage.removeItem(HANDOFF_KEY);
    const parsed = handoffSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
