// The DMARC record step: a starter p=none record, or, over a record that only monitors, the
// next step of its rollout (reports first, then a stricter policy once SPF and DKIM pass).
import { findings } from "@/lib/rules";
import { FINDING_CODES } from "@/lib/rules/codes";
import { lowerFirst } from "@/lib/rules/sentence";
import { reportAddressOf, reportMailboxFromFindings } from "@/lib/checks/report-mailbox";
import { nextDmarcStep, starterDmarcKeeping } from "@/lib/records/dmarc-record";
import { fill, hasCode, SENDER_ADMIN, type BuildContext } from "./build-context";
import { GENERATED_TITLES } from "./generated-titles";
import { checkFirst, lookedUp, recordsFound } from "./record-lookup";
import type { ChecklistItem } from "./types";

const DMARC_RECORD = /^v\s*=\s*DMARC1\s*(;|$)/i;

/**
 * What a starter record does to the unusable DMARC records already published (several, or
 * invalid): receivers apply none of them today (RFC 7489 §6.6.3), so one p=none record keeps
 * delivery as it is; their strictest policy would start refusing mail that arrives now.
 */
function replacing(existing: readonly string[], name: string): string {
  if (existing.length === 0) return "";
  return existing.length > 1
    ? `Replace the ${existing.length} records at ${name} with this one and delete the others: with several, receivers apply no DMARC policy at all, so do not keep the strictest of their policies, which would quarantine or refuse mail that is delivered today. This one keeps their report addresses. `
    : `Replace the record at ${name} with this one: receivers ignore it as it is, so its policy does not apply today, and this one keeps its report addresses. `;
}

export function dmarcItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingDomain || !lookedUp(ctx, "dmarc"))
    return [
      checkFirst(
        b,
        `${b.cause}.dmarc`,
        "DMARC record",
        // A DMARC record lists no senders (SPF's risk, the default, says "everything it lists").
        "with a second DMARC record, receivers apply none at all (RFC 7489 §6.6.3), and one written over the current record would drop its report addresses and change its policy",
      ),
    ];
  const domain = ctx.sendingDomain;
  if (hasCode(ctx, ctx.domainCheckId, ["dmarc.quarantine", "dmarc.reject"])) return [];
  // Several or invalid records: the starter keeps the report addresses they ask for.
  const existing = recordsFound(ctx, "dmarc", DMARC_RECORD, `_dmarc.${domain}`);
  // A mailbox at the domain only when the check found it receiving mail (MX); otherwise the
  // records carry no rua= and the text says where to send the reports, and why.
  const mailbox = reportMailboxFromFindings(domain, findings(ctx, ctx.domainCheckId));
  const reportAddress = reportAddressOf(mailbox);
  const elsewhere = mailbox.kind === "elsewhere" ? mailbox.why : "";
  const plan = starterDmarcKeeping(domain, existing, reportAddress);
  // The records quoted: their own semicolons would run into the sentence's. Without a report
  // address of ours, the stricter records keep the one the user adds: a policy is raised only
  // in a record that asks for reports.
  const keepRua = /rua=/.test(plan.value) ? "" : " with the rua= you added";
  const next = plan.rollout
    .map((r, i) => `${i === 0 ? "publish" : "then"} \u201c${r.value}\u201d${keepRua} ${r.when}`)
    .join("; ");
  if (hasCode(ctx, ctx.domainCheckId, ["dmarc.policy-none"])) {
    // The published record with only its policy raised: a starter record here would drop the
    // domain's own report addresses and tags. A policy inherited from the organisational domain
    // (no record at this name) keeps the starter plan.
    const own = recordsFound(ctx, "dmarc", DMARC_RECORD, plan.name);
    const step = own.length === 1 ? nextDmarcStep(own[0]!, domain, reportAddress) : null;
    // No rua=: no reports show whether the domain's own mail passes, so ask for them first.
    const reports: ChecklistItem | null =
      step?.kind === "add-reports"
        ? step.value === null
          ? {
              // No mailbox at this domain is known to receive: no record to copy.
              id: `${b.cause}.dmarc-reports`,
              title: fill(GENERATED_TITLES["dmarc-reports"], b),
              detail: `${step.why} Use a mailbox at a domain that receives mail, or your DMARC report service's address: ${elsewhere}.`,
              actor: SENDER_ADMIN,
              kind: "fix",
            }
          : {
              id: `${b.cause}.dmarc-reports`,
              title: fill(GENERATED_TITLES["dmarc-reports"], b),
              detail: step.why,
              actor: SENDER_ADMIN,
              kind: "fix",
              record: { type: "TXT", name: plan.name, value: step.value },
            }
        : null;
    // While SPF or DKIM still fail for the domain, a raised policy would send the domain's own
    // mail to spam or have it refused: the step is to keep monitoring, with no record to copy.
    // A record that asks for no reports gets the step that asks for them first: "read the DMARC
    // reports" alone would send the user looking for reports nobody receives.
    if (
      hasCode(ctx, ctx.domainCheckId, [...FINDING_CODES.spfProblem, ...FINDING_CODES.dkimProblem])
    ) {
      const hold: ChecklistItem = {
        id: `${b.cause}.dmarc-hold`,
        title: fill(GENERATED_TITLES["dmarc-hold"], b),
        detail: `Your DMARC record only monitors (p=none), and the check found SPF or DKIM not yet right for ${domain}. A stricter policy now would quarantine or refuse your own mail. Fix SPF and DKIM first, then read the DMARC reports${reports ? " you asked for in the step above" : ""}: once every legitimate sender passes, change p=none to p=quarantine in the same record, and later to p=reject.`,
        actor: SENDER_ADMIN,
        kind: "verify",
      };
      return reports ? [reports, hold] : [hold];
    }
    if (reports) return [reports];
    // A stricter policy fixes nothing but a refusal for DMARC itself: under any other cause (a
    // reputation deferral, say) a copy-ready p=quarantine would be tightened on one passing
    // check's word, before anyone read the reports that show every sender passing. Receivers ask
    // bulk senders for a DMARC record, p=none included, so the record stays as it is.
    if (b.cause !== "authentication-failure")
      return [
        {
          id: `${b.cause}.dmarc-keep`,
          title: fill(GENERATED_TITLES["dmarc-keep"], b),
          detail: `Your DMARC record monitors (p=none) and asks for reports: that is what Gmail, Yahoo and Outlook.com require of bulk senders, and a stricter policy would not fix this refusal. Read the reports: they show which services send as ${domain} and whether they pass. Tighten the policy only once they show every legitimate sender passing, as a change of its own.`,
          actor: SENDER_ADMIN,
          kind: "verify",
        },
      ];
    const raised = step?.value ?? null;
    // The domain's own record with p=quarantine, every other tag kept; the starter rollout only
    // when the policy is inherited (no record of its own to edit).
    const detail = raised
      ? `Your DMARC record only monitors (p=none). Read its reports first, and change p=none to p=quarantine in the same record (below, every other tag kept) ${lowerFirst(step?.why ?? "")} Later p=reject, ${plan.rollout[1]?.when ?? ""}.`
      : `Your DMARC record only monitors (p=none). Read its reports first; then ${next}.`;
    return [
      {
        id: `${b.cause}.dmarc-rollout`,
        title: fill(GENERATED_TITLES["dmarc-rollout"], b),
        detail,
        actor: SENDER_ADMIN,
        kind: "fix",
        record: {
          type: "TXT",
          name: plan.name,
          value: raised ?? plan.rollout[0]?.value ?? plan.value,
        },
      },
    ];
  }
  return [
    {
      id: `${b.cause}.dmarc`,
      title: fill(GENERATED_TITLES.dmarc, b),
      detail: !/rua=/.test(plan.value)
        ? `${replacing(existing, plan.name)}Start by monitoring: p=none delivers as before. Add rua=mailto: with a mailbox at a domain that receives mail, or your DMARC report service's address: ${elsewhere}. Later, ${next}. Gmail, Yahoo and Outlook.com require DMARC from bulk senders.`
        : `${replacing(existing, plan.name)}Start by monitoring: p=none delivers as before and sends you reports (make sure the rua mailbox exists). Later, ${next}. Gmail, Yahoo and Outlook.com require DMARC from bulk senders.`,
      actor: SENDER_ADMIN,
      kind: "fix",
      record: { type: "TXT", name: plan.name, value: plan.value },
      link: { label: "RFC 7489 §6.3", url: "https://www.rfc-editor.org/rfc/rfc7489#section-6.3" },
    },
  ];
}
