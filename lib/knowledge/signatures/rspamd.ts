// Rspamd's refusals where the words are not Rspamd's milter's own but those its project gives an
// MTA to say (the milter's own replies are in lib/knowledge/providers/content-filters.ts). Exim
// asks Rspamd through its spam ACL condition (spamd_address ... variant=rspamd) and answers with
// the ACL's message: Rspamd's "MTA integration" page gives the acl_check_spam that most Exim
// sites with Rspamd copy, and the real-MTA lab ran it (lib/knowledge/lab/fixtures/exim-spam).
import type { Signature } from "./types";

/** Rspamd's documentation repository (rspamd.com), the integration page as the lab read it. */
const RSPAMD_EXIM_INTEGRATION =
  "https://github.com/rspamd/rspamd.com/blob/09566effe4feec2cc6afe3a22ad086c9e1aaa731/doc/integration.md";

export const RSPAMD_SIGNATURES: Signature[] = [
  {
    // acl_check_spam: `deny message = Message discarded as high-probability spam` with
    // `condition = ${if eq{$spam_action}{reject}}`: Rspamd's verdict "reject" (a score over its
    // reject threshold, GTUBE, a forced reject). "Discarded" here is the ACL's wording for a
    // refusal at the end of DATA, which Exim answers with 550: the message was not delivered.
    id: "rspamd.exim-high-probability-spam",
    provider: "rspamd",
    match: ["discarded as high-probability spam"],
    cause: "content-spam",
    confidence: 0.8,
    source: RSPAMD_EXIM_INTEGRATION,
    example: "550 Message discarded as high-probability spam",
    note: "The receiving server's spam filter (Rspamd, asked by Exim) scored the message as spam and refused it at the end of the transfer.",
  },
];
