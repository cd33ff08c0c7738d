// Rule ids that the classifier writes and other modules (the checklist, the views) look for,
// in one place small enough to import anywhere without the classifier's tables.

/** The rule id of a delay notice's note (RFC 3464 section 2.3.3, Action: delayed). */
export const DELAY_NOTICE_RULE = "dsn.action.delayed-notice";
