// The note for a pasted text that is an ordinary email, not a bounce (diagnose.ts adds it to the
// diagnosis's messages when ordinary-message.ts says so). A module of its own: the home page
// reads it to offer no wizard for such a text (components/bounce/wizard-offer.tsx) without
// loading the parser into the page.
export const ORDINARY_MESSAGE =
  "This looks like an ordinary email, not a bounce: it names no failed recipient, and it holds no error code and no failure wording that Bounce Doctor can read. If it came back to you as a bounce, paste the whole bounce, including the part above the returned message that says why it was returned.";

/**
 * The result card's words for such a text: it names what the text is, not "does not say enough
 * to name the cause", nobody's turn to act, and no check-first steps (there is nothing to tell
 * apart; the note above says what to paste instead).
 */
export const ORDINARY_CARD = {
  headline: "Nothing in this text bounced",
  summary: "Nothing in this text was refused or failed, so there is no cause to name.",
  actorLabel: "No one: nothing here failed",
} as const;
