// Which finding earns a later cause a checklist section of its own. A conclusion's checklist
// carries the lead cause's section, and a later cause's only where a check that ran found that
// cause's own problem: the steps of its section are what fix that problem (a missing PTR beside
// a listing: the reverse-DNS steps). A finding that only shifted a cause's weight is no such
// problem: a broken DKIM key makes spam filtering or a poor reputation a little likelier, but
// neither's section (allow-listing requests, content advice) fixes the key, and an unknown
// domain (gmial.com) makes "could not be reached" likelier without port 25 being the fix. The
// finding itself keeps its fix where it belongs: the DKIM key under the authentication
// section (whose own problem it is), or the check's own report. rev23 W8/W9.
import type { CauseId } from "@/lib/causes/causes";
import type { Context } from "@/lib/rules";
import { hasFinding } from "@/lib/rules/context";
import type { FindingGroup } from "@/lib/rules/codes";
import { onMailboxService } from "./mailbox-service-steps";

/** The check a finding is read from: the sending IP's, the sending domain's, the recipient's domain's. */
export type SectionCheck = "ip" | "domain" | "recipient-domain";

/**
 * A cause's own problems, by the check that finds them (lib/rules/codes.ts's groups); a cause
 * absent here has no problem a check finds, so only the lead gives it a section.
 */
export const SECTION_FINDINGS: Partial<
  Record<CauseId, readonly { check: SectionCheck; groups: readonly FindingGroup[] }[]>
> = {
  "ip-blocklisted": [{ check: "ip", groups: ["blocklistListed"] }],
  "reverse-dns": [{ check: "ip", groups: ["ptrProblem"] }],
  // RFC 7208/6376/7489: the records whose problems make SPF, DKIM or DMARC fail.
  "authentication-failure": [
    { check: "domain", groups: ["spfProblem", "dkimProblem", "dmarcMissing"] },
  ],
  "domain-blocklisted": [{ check: "domain", groups: ["blocklistListed"] }],
  "sender-address-invalid": [{ check: "domain", groups: ["domainMissing", "mailNotAccepted"] }],
  "recipient-domain-invalid": [
    { check: "recipient-domain", groups: ["domainMissing", "mailNotAccepted"] },
  ],
};

function checkId(ctx: Context, check: SectionCheck): string | null {
  return check === "ip"
    ? ctx.ipCheckId
    : check === "domain"
      ? ctx.domainCheckId
      : ctx.recipientCheckId;
}

/** Whether a check that ran found one of the cause's own problems (SECTION_FINDINGS). */
export function foundOwnProblem(ctx: Context, cause: CauseId): boolean {
  // The sending domain of an address at a public mailbox service is the service's: what its
  // check finds (gmail.com's DMARC policy, a DKIM key at no selector probed) is no problem of
  // the user's to fix (mailbox-service-steps.ts).
  const serviceDomain = onMailboxService(ctx);
  return (SECTION_FINDINGS[cause] ?? []).some(
    ({ check, groups }) =>
      !(check === "domain" && serviceDomain) &&
      groups.some((g) => hasFinding(ctx, checkId(ctx, check), g)),
  );
}
