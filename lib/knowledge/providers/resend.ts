// Resend: the API's refusal of a send before the sending domain is verified. Source: Resend's
// API reference, "Errors" (validation_error, status 403), and its knowledge-base article on the
// 403 domain mismatch.
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const ERRORS = page(
  "https://resend.com/docs/api-reference/errors",
  "Errors (Resend API reference)",
  "stored copy of errors.md (docs corpus), cut after 'You can only send tes'; the rest of the message as apidog.com/blog/resend-api-key quotes it, checked against Resend's documentation",
);
const MISMATCH = page(
  "https://resend.com/docs/knowledge-base/403-error-domain-mismatch",
  "403 Error Using Verified Domain (Resend knowledge base)",
  "stored copy (docs corpus)",
);

const { phrase } = entryKit("resend");

export const RESEND_TABLE: ProviderTable = {
  provider: "resend",
  identity: {
    provider: "resend",
    name: "Resend",
    hosts: ["resend.com", "resend.dev"],
    source: ERRORS,
  },
  phrases: [
    phrase({
      id: "403-testing-emails-own-address",
      cause: "relay-denied",
      match: ["you can only send testing emails to your own email address"],
      scope: "any",
      source: ERRORS,
      example: "You can only send testing emails to your own email address",
      verbatim: false,
      note: `validation_error, status 403: until a sending domain is verified, Resend sends (from onboarding@resend.dev) only to the account's own address. Verify a domain and send from it; a From on a different domain or subdomain than the verified one gets a 403 too (${MISMATCH.url}). The stored page was cut mid-message; the words are as a tutorial quotes them.`,
    }),
  ],
  statusReadings: [],
  missingPages: [
    "Resend's messages for rate_limit_exceeded, daily_quota_exceeded and an unverified From domain were not in the stored excerpt: not entered.",
  ],
};
