// The home page and the share page hand a bounce (and, from a share link, the answers) to the
// wizard through sessionStorage: the text never goes into a URL, where it would reach logs.
// Writing needs no validation library, so the home page does not load zod for it; reading
// (wizard-handoff-read.ts) validates what it finds.

export const HANDOFF_KEY = "bounce-doctor:handoff";

export interface Handoff {
  text: string;
  /** Answers in the share payload's plain form (lib/share/answers-codec.ts). */
  answers?: Record<string, string | string[]>;
}

export function writeHandoff(handoff: Handoff): void {
  try {
    sessionStorage.setItem(HANDOFF_KEY, JSON.stringify(handoff));
  } catch {
    // Storage full or disabled: the wizard then starts empty and asks for the paste again.
  }
}

export function hasHandoff(): boolean {
  try {
    return sessionStorage.getItem(HANDOFF_KEY) !== null;
  } catch {
    return false;
  }
}
