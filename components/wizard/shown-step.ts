// Which step the wizard shows. The address (?step=N) is the source of truth, so Back, Forward
// and reload work; but an action (an answer, "Continue", "I don't have the message") updates
// the trail at once while the router tells the page about the new address a moment later.
// Until it does, the wizard shows the step the action went to: reading the address alone left
// the card just answered on screen, and clickable, for that moment, so a quick second click
// (or a test reading the card) acted on a step that was already behind the user.

/** A step the user moved to, and the address step they moved from. */
export interface Navigation {
  from: number | null;
  to: number;
}

/** The `?step=` value: a small whole number, or null (absent or unreadable). */
export function parseStep(raw: string | null): number | null {
  if (raw === null || !/^\d{1,3}$/.test(raw)) return null;
  return Number(raw);
}

/**
 * The step asked for: the address's, or the one an action moved to while the address still
 * is the one it left. Once the address changes (to the target, or by Back/Forward), the
 * address decides again.
 */
export function requestedStep(
  address: number | null,
  navigation: Navigation | null,
): number | null {
  return navigation && navigation.from === address ? navigation.to : address;
}

/**
 * Step N shows what follows the first N-1 entries of the trail; no step resumes where the user
 * was; a step past the trail is brought back to the first one not yet taken.
 */
export function shownStep(requested: number | null, trailLength: number): number {
  return requested === null ? trailLength + 1 : Math.min(requested, trailLength + 1);
}
