// The evidence (rule ids) of a refusal whose own words ask the sender to send through its
// provider's relay rather than straight from its IP: Gmail's 5.7.1 row "The IP you're using to
// send email is not authorized to send email directly to our servers. Use the SMTP relay at your
// service provider instead." (support.google.com/a/answer/3726730), and the wording of any
// receiver that says the same (concept.use-provider-relay, lib/knowledge/scoring/concepts/
// submission.ts). Its own module: evidence-steps.ts and blocklist-steps.ts both read it.

/** Gmail's own row, whose step cites Gmail's page. */
export const GMAIL_PROVIDER_RELAY_RULE = "google.page.5.7.1-the-ip-you-re";

/** Any receiver's words asking for the provider's relay. */
export const GENERIC_PROVIDER_RELAY_RULE = "concept.use-provider-relay";

export const PROVIDER_RELAY_RULES: readonly string[] = [
  GMAIL_PROVIDER_RELAY_RULE,
  GENERIC_PROVIDER_RELAY_RULE,
];
