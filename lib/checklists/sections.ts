// A checklist's sections: for each cause, the steps its evidence calls for and its own steps
// (those the input and the checks leave useful); for an unsettled diagnosis, the steps that
// tell the possible causes apart; and the prevention steps.
import { CAUSES, type CauseId } from "@/lib/causes/causes";
import { mailboxServiceInfo } from "@/lib/causes/mailbox-service-actor";
import { causeInfoFor, evidenceRuleIds } from "@/lib/causes/connection-variants";
import { inputShape } from "@/lib/bounce/refusal";
import { actorOf } from "@/lib/diagnosis/not-a-bounce-wording";
import type { Diagnosis } from "@/lib/diagnosis/types";
import type { Context, Facts, RankedCause } from "@/lib/rules";
import { FINDING_CODES } from "@/lib/rules/codes";
import { submissionPortBeside } from "@/lib/rules/connection-ports";
import {
  fill,
  hasCode,
  onSharedPlatform,
  SENDER_ADMIN,
  type BuildContext,
  type sharedContext,
} from "./build-context";
import { afterAnswers } from "./answered-steps";
import { checkFirstSteps } from "./check-first-steps";
import { ipFoundOnNoList, listedOnlyOnPbl, onPbl, relayAskedUnlisted } from "./blocklist-steps";
import { relayRefusedByReceiver, RELAY_REFUSED_BY_RECEIVER_STEPS } from "./relay-steps";
import { everyListingEnded } from "./listed-entries";
import {
  CAUSE_CHECKLISTS,
  HOSTED_REVERSE_DNS_STEPS,
  IP_LISTING_STEPS,
  STEP_INPUT_SHAPES,
  STEPS_ANSWERED_BY_DOMAIN_CHECK,
} from "./data";
import { EVIDENCE_STEPS } from "./evidence-steps";
import { expand } from "./expand-templates";
import {
  MAILBOX_SERVICE_PREVENT,
  mailboxServiceTemplates,
  onMailboxService,
  senderMailboxService,
  SERVICE_DOMAIN_GENERATORS,
  SERVICE_DOMAIN_STEP_IDS,
} from "./mailbox-service-steps";
import { needsPrevention } from "./needs-prevention";
import { PREVENT_ITEMS } from "./prevent";
import { submissionPort, submissionSteps } from "./submission-port";
import {
  POSTFIX_LOGIN_STEP,
  PROGRAM_UNKNOWN_STEPS,
  programReport,
  SUBMISSION_TLS_STEPS,
  submissionTls,
} from "./program-steps";
import { aliasForwardSteps, tlsVariantSteps } from "./tls-alias-steps";
import { connectHost } from "@/lib/causes/alias-forward";
import { forwardedSpf } from "@/lib/causes/forwarded-spf";
import { FORWARDED_SPF_STEPS } from "./forwarded-steps";
import { FOREIGN_FROM_IF_NOT_YOURS, FOREIGN_FROM_STEPS } from "./foreign-from-steps";
import { sendingDomainNotOwned, sendingDomainOwnerUnknown } from "@/lib/rules/from-domain";
import type { CauseChecklist, ChecklistItem, ItemTemplate } from "./types";

/**
 * The rule ids of the evidence behind one section's cause: that of the recipients the
 * classifier gave this cause, or, for the first section (the conclusion's, which the wizard may
 * have reached from another reading), that of the first recipient, the one the wizard works on.
 * A delay notice's note counts as evidence here, beside the cause it headlines.
 */
function sectionEvidence(diagnosis: Diagnosis | null, cause: CauseId, first: boolean): Set<string> {
  const ids = new Set<string>();
  if (!diagnosis) return ids;
  const own = diagnosis.recipients.filter((r) => r.cause === cause);
  const lead = diagnosis.recipients[0] ?? diagnosis.overall;
  for (const r of own.length > 0 ? own : first ? [lead] : []) {
    for (const e of r.evidence) ids.add(e.ruleId);
    if (r.delayNotice) ids.add(r.delayNotice.ruleId);
  }
  return ids;
}

/** Whether the sending domain's check, which ran, already answered a step (STEPS_ANSWERED_BY_DOMAIN_CHECK). */
function answeredByCheck(ctx: Context, id: string): boolean {
  const groups = STEPS_ANSWERED_BY_DOMAIN_CHECK[id];
  return !!groups && groups.some((g) => hasCode(ctx, ctx.domainCheckId, [...FINDING_CODES[g]]));
}

/**
 * A cause's data steps, without those the pasted input's shape makes pointless
 * (STEP_INPUT_SHAPES) and those a check that ran contradicts (a step to make sure the domain
 * takes mail, when the check found its MX); a step an answer already took gives its place to
 * what that answer leaves to do (STEPS_ANSWERED_BY_USER).
 */
function causeTemplates(b: BuildContext): ItemTemplate[] {
  // An address at a public mailbox service (gmail.com...): the service's servers and support,
  // never a record for the service's domain (mailbox-service-steps.ts).
  const service = mailboxServiceTemplates(b.cause, b.ctx);
  if (service) return service;
  const serviceDomain = onMailboxService(b.ctx);
  // A sending IP in end-user address space (the Spamhaus PBL, found by the IP check) gets no PTR
  // of its own (ptr-step.ts): its fix is the provider's relay, whose servers have reverse DNS.
  // The PTR steps ("make the name point back", "use the same name in your greeting") would have
  // the user act on a generic name that is the ISP's.
  if (b.cause === "reverse-dns" && onPbl(b.ctx)) return IP_LISTING_STEPS.pbl;
  // A provider's shared servers: their PTR and greeting name are the provider's to set.
  if (b.cause === "reverse-dns" && onSharedPlatform(b.ctx)) return HOSTED_REVERSE_DNS_STEPS;
  // A connection to a submission port failed: the app never reached its own mail server, so the
  // steps are its SMTP settings and its network, not the recipient's MX or port 25.
  const submission = b.cause === "remote-unreachable" ? submissionPort(b.ctx) : null;
  if (submission !== null)
    return submissionSteps(submission, b.ctx.facts.diagnosis?.parsed.generator ?? null);
  // The SPF check that failed was made after a forward or a relay on the recipient's side: the
  // forwarder's fix and the sender's DKIM, never "add that server to your SPF record".
  if (b.cause === "authentication-failure" && forwardedSpf(b.ctx.facts.diagnosis?.parsed))
    return FORWARDED_SPF_STEPS;
  // The From domain the refusal names is not the user's (lib/rules/from-domain.ts): its records
  // are its owner's; the fix is the From address (foreign-from-steps.ts).
  if (b.cause === "authentication-failure" && sendingDomainNotOwned(b.ctx))
    return FOREIGN_FROM_STEPS;
  // The recipient's server refused to relay to its own domain: the domain's spelling and its
  // administrator, not the sender's login (relay-steps.ts).
  if (b.cause === "relay-denied" && relayRefusedByReceiver(b.ctx.facts.diagnosis))
    return RELAY_REFUSED_BY_RECEIVER_STEPS;
  // A program's own error: its full error helps, not a bounce (program-steps.ts).
  if (b.cause === "unknown" && programReport(b.ctx.facts)) return PROGRAM_UNKNOWN_STEPS;
  // The TLS that failed was the program's with its own outgoing server: its port, the server's
  // name and its trusted certificates, not a receiver's demand (program-steps.ts).
  if (b.cause === "tls-required" && submissionTls(b.ctx.facts)) return SUBMISSION_TLS_STEPS;
  // A handshake tried and failed, or a program's outgoing server asking for STARTTLS; an alias
  // whose server could not reach its forward target (tls-alias-steps.ts).
  const variant =
    b.cause === "tls-required"
      ? tlsVariantSteps(b.ctx.facts)
      : b.cause === "remote-unreachable"
        ? aliasForwardSteps(b.ctx.facts)
        : null;
  if (variant) return variant;
  // The text also shows an app failing to reach its submission port, beside a relay's failed
  // delivery: the app's steps come after the delivery's.
  const beside =
    b.cause === "remote-unreachable" ? submissionPortBeside(b.ctx.facts.diagnosis?.parsed) : null;
  const alsoApp = beside !== null ? submissionSteps(beside) : [];
  // Listed only as end-user space, nothing is delisted: no "check again after delisting".
  const pblOnly = b.cause === "ip-blocklisted" && listedOnlyOnPbl(b.ctx);
  const ended = b.cause === "ip-blocklisted" && everyListingEnded(b.ctx);
  const hosted = b.cause === "ip-blocklisted" && onSharedPlatform(b.ctx);
  // The refusal asks for the provider's relay and no list lists the IP: no delisting to check on.
  const relayOnly = b.cause === "ip-blocklisted" && relayAskedUnlisted(b.ctx);
  const diagnosis = b.ctx.facts.diagnosis;
  const shape = diagnosis ? inputShape(diagnosis.parsed) : null;
  const tried = b.cause === "remote-unreachable" ? connectHost(diagnosis?.parsed) : null;
  const mxNamed = tried !== null && !!b.ctx.recipientDomain && tried !== b.ctx.recipientDomain;
  const own = afterAnswers(CAUSE_CHECKLISTS[b.cause], b.ctx.facts).filter((t) => {
    if ("generate" in t) return !(serviceDomain && SERVICE_DOMAIN_GENERATORS.has(t.generate));
    if (serviceDomain && SERVICE_DOMAIN_STEP_IDS.has(t.id)) return false;
    if (pblOnly && t.id === "ip-blocklisted.verify") return false;
    // Every list the bounce named answered "not listed": the ended-listing step says to resend;
    // "check again after delisting" would wait for a delisting that has happened.
    if (ended && t.id === "ip-blocklisted.verify") return false;
    // A provider's shared IP is delisted by the provider (the tell-provider step): no request of
    // the sender's to check on.
    if (hosted && t.id === "ip-blocklisted.verify") return false;
    if (relayOnly && t.id === "ip-blocklisted.verify") return false;
    // The bounce names the host it tried for the recipient's domain, not the domain itself: its
    // MX was found, so "make sure it publishes MX" is answered (review 31, finding 13).
    if (t.id === "remote-unreachable.domain" && mxNamed) return false;
    // No public list lists the IP and the bounce named none: no delisting to check on.
    if (b.cause === "ip-blocklisted" && t.id === "ip-blocklisted.verify" && ipFoundOnNoList(b.ctx))
      return false;
    const shapes = STEP_INPUT_SHAPES[t.id];
    if (shapes && shape !== null && !shapes.includes(shape)) return false;
    return !answeredByCheck(b.ctx, t.id);
  });
  // Not known whether the domain the refusal names is the user's: its own steps, after the one
  // that says what holds if it is not (foreign-from-steps.ts).
  const ifNotYours =
    b.cause === "authentication-failure" && sendingDomainOwnerUnknown(b.ctx)
      ? [FOREIGN_FROM_IF_NOT_YOURS]
      : [];
  return [...ifNotYours, ...own, ...alsoApp];
}

/**
 * A cause's steps, after the steps its evidence calls for (EVIDENCE_STEPS), without those they
 * replace; `lead` (built steps) goes between the two.
 */
function sectionItems(
  b: BuildContext,
  evidence: ReadonlySet<string>,
  lead: ChecklistItem[] = [],
): ChecklistItem[] {
  const called = EVIDENCE_STEPS.filter(
    (s) => s.when.ruleIds.some((id) => evidence.has(id)) && !s.exceptFor?.includes(b.cause),
  ).map(
    // Postfix's own login at its relay: its SASL password table, not a program's settings.
    (s) =>
      s.item.id === "login-refused.check-credentials" &&
      b.ctx.facts.diagnosis?.parsed.generator === "postfix"
        ? { ...s, item: POSTFIX_LOGIN_STEP }
        : s,
  );
  const replaced = new Set(called.flatMap((s) => s.replaces ?? []));
  const own = causeTemplates(b).filter((t) => "generate" in t || !replaced.has(t.id));
  // Built and generated steps are matched by the ids they come out with (a sending program's
  // failed connection replaces the unreachable receiver's check-first and ready-text steps).
  const kept = (items: ChecklistItem[]) => items.filter((i) => !replaced.has(i.id));
  return [
    ...expand(
      called.map((s) => s.item),
      b,
    ),
    ...kept(lead),
    ...kept(expand(own, b)),
  ];
}

/**
 * The causes an `unknown` verdict leaves possible, ranked: those of the first recipient the
 * classifier could not name a cause for (the one the wizard works on when it leads), else the
 * bounce's as a whole.
 */
function possibleCauses(diagnosis: Diagnosis | null): readonly RankedCause[] {
  if (!diagnosis) return [];
  const own = diagnosis.recipients.find((r) => r.cause === "unknown");
  return own?.possible ?? diagnosis.overall.possible ?? [];
}

/**
 * The steps for a diagnosis that does not name one cause: after any step the bounce's evidence
 * calls for (greylisting: wait for the retry), for each of the top ranked causes the step that
 * tells it apart (check-first.ts); then the steps that help whatever it is.
 */
export function unknownItems(
  b: BuildContext,
  ranked: readonly RankedCause[],
  evidence: ReadonlySet<string>,
): ChecklistItem[] {
  return sectionItems(
    b,
    evidence,
    checkFirstSteps(ranked, b.ctx, (text) => fill(text, b)),
  );
}

export function sections(
  shared: ReturnType<typeof sharedContext>,
  facts: Facts,
  causes: readonly RankedCause[],
): CauseChecklist[] {
  return causes.map((c, i) => {
    // A cause's words for this bounce (a failed connection to a submission port words
    // remote-unreachable as the app's own connection, not the receiving server's).
    const general = causeInfoFor(
      c.cause,
      facts.diagnosis?.parsed,
      evidenceRuleIds(facts.diagnosis),
    );
    // The sender's address is at a public mailbox service, known from the headers or an answer
    // where the bounce returned no original: the user acts, as far as the service lets them.
    const service = senderMailboxService(shared.ctx);
    const info =
      service && general === CAUSES[c.cause] ? mailboxServiceInfo(general, service.name) : general;
    const b: BuildContext = { ...shared, cause: c.cause, actor: info.actor };
    const evidence = sectionEvidence(facts.diagnosis, c.cause, i === 0);
    return {
      cause: c.cause,
      confidence: c.confidence,
      title: info.title,
      // A not-a-bounce kind that asks something of the sender (a complaint report) names the
      // sender, beside the step it asks for; "Nobody" stays for a delivery report.
      actorLabel:
        info !== CAUSES[c.cause]
          ? info.actorLabel
          : facts.diagnosis
            ? actorOf(c.cause, [
                ...facts.diagnosis.overall.evidence,
                ...facts.diagnosis.recipients.flatMap((r) => r.evidence),
              ]).label
            : info.actorLabel,
      items:
        c.cause === "unknown"
          ? unknownItems(b, possibleCauses(facts.diagnosis), evidence)
          : sectionItems(b, evidence),
    };
  });
}

export function preventItems(
  shared: ReturnType<typeof sharedContext>,
  causes: readonly RankedCause[],
): ChecklistItem[] {
  const d = shared.ctx.facts.diagnosis;
  if (!needsPrevention(causes, d?.parsed, evidenceRuleIds(d))) return [];
  const preventContext: BuildContext = { ...shared, cause: "unknown", actor: SENDER_ADMIN };
  // The domain owner's measures (DMARC reports, Postmaster Tools, SNDS, blocklist watch, bulk
  // senders' records) are the service's for its own domain.
  if (onMailboxService(shared.ctx)) return expand(MAILBOX_SERVICE_PREVENT, preventContext);
  return expand(PREVENT_ITEMS, preventContext).filter(
    (i) => i.id !== "prevent.snds" || !onSharedPlatform(shared.ctx),
  );
}
