// Oracle Cloud Infrastructure (OCI) Email Delivery: replies its SMTP submission service gives the
// sending application. Source: OCI's "Troubleshooting Email Delivery", "Common SMTP errors
// returned by Email Delivery" (read in its translated copies, which print the replies in
// English).
import { entryKit, page } from "./entry-kit";
import type { ProviderTable } from "./types";

const TROUBLESHOOTING = page(
  "https://docs.oracle.com/en-us/iaas/Content/Email/Concepts/troubleshooting.htm",
  "Troubleshooting Email Delivery (Oracle Cloud Infrastructure documentation)",
  "its Japanese, Portuguese and Italian copies (docs corpus), whose table prints the replies in English",
);

const { phrase } = entryKit("oci-email");

export const OCI_EMAIL_TABLE: ProviderTable = {
  provider: "oci-email",
  identity: {
    provider: "oci-email",
    name: "Oracle Cloud Infrastructure Email Delivery",
    hosts: ["oraclecloud.com"],
    source: TROUBLESHOOTING,
  },
  phrases: [
    phrase({
      id: "455-per-minute",
      cause: "rate-limited",
      match: [/maximum messages sent per minute reached : limit is/],
      scope: "any",
      source: TROUBLESHOOTING,
      example: "455 Maximum messages sent per minute reached : limit is <limit>",
      note: "The table: the SMTP send burst rate (messages accepted per minute) was exceeded. Send more slowly.",
    }),
    phrase({
      id: "455-per-day",
      cause: "rate-limited",
      match: [/maximum messages sent per day reached : limit is/],
      scope: "any",
      source: TROUBLESHOOTING,
      example: "455 Maximum messages sent per day reached : limit is <limit>",
      note: "The table: the daily SMTP send rate (messages accepted per 24 hours) was exceeded. Wait, or ask Oracle for a higher limit.",
    }),
    phrase({
      id: "421-too-many-auth-failures",
      cause: "relay-denied",
      match: ["too many auth failures, try again later"],
      scope: "any",
      source: TROUBLESHOOTING,
      example: "421 Too many auth failures, try again later",
      note: "The table: an IP-based throttle set off by repeated use of invalid SMTP credentials or of a sender that is not approved. Waiting alone does not help: fix the SMTP credentials or approve the sender, as relay-denied says.",
    }),
  ],
  statusReadings: [],
  missingPages: [
    "The table's '4.7.1 Suppression for user <user ocid> to <recpt>' does not say why the address is suppressed (OCI suppresses for hard bounces, complaints, unsubscribes, manual entries and more): not entered.",
  ],
};
