import type { Span } from "@/lib/bounce/types";
import { CAUSES, type CauseId, type CauseInfo } from "@/lib/causes/causes";
import { causeInfoFor, evidenceRuleIds, variantTitle } from "@/lib/causes/connection-variants";
import type {
  DelayNotice,
  Diagnosis,
  Evidence,
  PossibleFrom,
  RankedCause,
  RecipientDiagnosis,
} from "@/lib/diagnosis/types";
import type { SmtpStage } from "@/lib/bounce/refusal";
import {
  isProgramError,
  overallTitle,
  PROGRAM_REPORT_NOTE,
  PROGRAM_REPORT_TITLE,
  PROGRAM_UNDECIDED_HEADLINE,
  recipientTitle,
  type ReadingTitle,
} from "@/lib/diagnosis/program-report";
import { finalAddressWords } from "@/lib/diagnosis/recipient-details";
import { unknownWording } from "@/lib/diagnosis/unknown-wording";
import { actorOf } from "@/lib/diagnosis/not-a-bounce-wording";
import { delayReading, type DelayReading } from "@/lib/checklists/delay-outline";
import { LinkedText } from "@/components/ui/linked-text";
import { NameText } from "@/components/ui/name-text";
import type { CauseFirstSteps } from "@/lib/paste/diagnose-paste";
import { ActorBadge } from "./actor-badge";
import { DelayNoticeNote } from "./delay-notice-note";
import { EvidenceText } from "./evidence-text";
import { FirstStepsBlock } from "./first-steps";
import { offersWizard } from "./wizard-offer";
import { ORDINARY_CARD } from "@/lib/diagnosis/ordinary-message-note";

export interface DiagnosisViewProps {
  diagnosis: Diagnosis;
  /** The first things to do for a cause, grouped as the fix checklist groups them. */
  firstStepsFor?: (cause: CauseId) => CauseFirstSteps | undefined;
  /** Heading level of each recipient's title. */
  headingLevel?: 2 | 3;
}

/** The delay reading of a cause's first steps, which are built for that cause alone (lib/paste). */
function firstStepsDelay(diagnosis: Diagnosis, cause: CauseId): DelayReading | null {
  return delayReading(diagnosis, { cause, confidence: 1 });
}

function confidenceWords(confidence: number): string {
  if (confidence >= 0.85) return "very likely";
  if (confidence >= 0.6) return "likely";
  if (confidence >= 0.35) return "possible";
  return "a guess";
}

function allSpans(evidence: readonly Evidence[]): Span[] {
  return evidence.flatMap((e) => e.spans);
}

// A program's own error (PHPMailer, Thunderbird, a Node mailer's "connect ETIMEDOUT ...:587"):
// the card and the note about the input say what it is, and ask for what helps with it. The
// words and the decision are lib/diagnosis/program-report.ts's.
export { PROGRAM_REPORT_NOTE, PROGRAM_REPORT_TITLE, PROGRAM_UNDECIDED_HEADLINE };

/**
 * The diagnosis's notes about the input, for a program's error: the note that no SMTP code was
 * found speaks of a bounce and asks for "the whole bounce" (lib/diagnosis/diagnose.ts, which
 * starts it with these words); the program's note stands in its place.
 */
const NO_CODE_NOTE = "No SMTP reply code";
function inputNotes(messages: readonly string[], program: boolean): string[] {
  if (!program) return [...messages];
  return [...messages.filter((m) => !m.startsWith(NO_CODE_NOTE)), PROGRAM_REPORT_NOTE];
}

export function DiagnosisView({ diagnosis, firstStepsFor, headingLevel = 2 }: DiagnosisViewProps) {
  const { recipients, overall, parsed } = diagnosis;
  const program = isProgramError(diagnosis);
  const whole = overallTitle(program);
  const messages = inputNotes(diagnosis.messages, program);
  // A program's error whose words leave several of its failures possible (no headline of its own).
  const programUndecided = program && overall.cause === "unknown" && !overall.headline;
  const ordinary = !offersWizard(diagnosis);
  return (
    <div className="space-y-6">
      {messages.length > 0 ? (
        <ul
          className="space-y-1 rounded-md border border-amber-300 bg-amber-50 p-3 text-sm text-amber-950"
          data-testid="input-messages"
        >
          {messages.map((m) => (
            <li key={m}>{m}</li>
          ))}
        </ul>
      ) : null}
      {recipients.length === 0 ? (
        <CauseCard
          title={whole.title}
          titleLabel={whole.label}
          plainTitle={whole.plain}
          textLabel={whole.textLabel}
          cause={overall.cause}
          confidence={overall.confidence}
          possible={overall.possible}
          possibleTitle={variantTitle(parsed, evidenceRuleIds(diagnosis))}
          possibleFrom={overall.possibleFrom}
          usualCausesOf={overall.usualCausesOf}
          // The program's undecided headline stands alone: the verdict's explanation lists the
          // general titles ("The receiving server could not be reached"), the list below the
          // program's.
          explanation={
            // An ordinary e-mail: no wizard is offered (wizard-offer.tsx), so no "few questions".
            ordinary ? ORDINARY_CARD.summary : programUndecided ? undefined : overall.explanation
          }
          delayNotice={overall.delayNotice}
          headline={
            ordinary
              ? ORDINARY_CARD.headline
              : programUndecided
                ? PROGRAM_UNDECIDED_HEADLINE
                : overall.headline
          }
          info={
            ordinary
              ? {
                  ...causeInfoFor(overall.cause, parsed, evidenceRuleIds(diagnosis)),
                  actorLabel: ORDINARY_CARD.actorLabel,
                }
              : causeInfoFor(overall.cause, parsed, evidenceRuleIds(diagnosis))
          }
          replyCode={null}
          status={null}
          evidence={overall.evidence}
          text={parsed.text}
          // Nothing to tell apart in an ordinary e-mail: the note above says what to paste.
          firstSteps={ordinary ? undefined : firstStepsFor?.(overall.cause)}
          firstStepsDelay={firstStepsDelay(diagnosis, overall.cause)}
          wizardOffered={!ordinary}
          headingLevel={headingLevel}
          technical={<BounceFacts diagnosis={diagnosis} />}
        />
      ) : (
        recipients.map((r) => (
          <CauseCard
            key={r.index}
            {...cardTitle(recipientTitle(r, program))}
            titleDetail={finalAddressWords(r)}
            cause={r.cause}
            confidence={r.confidence}
            possible={r.possible}
            possibleTitle={variantTitle(
              parsed,
              (r.evidence ?? []).map((e) => e.ruleId),
            )}
            possibleFrom={r.possibleFrom}
            usualCausesOf={r.usualCausesOf}
            explanation={r.explanation}
            delayNotice={r.delayNotice}
            headline={r.headline}
            info={causeInfoFor(
              r.cause,
              parsed,
              (r.evidence ?? []).map((e) => e.ruleId),
            )}
            replyCode={r.refusal?.replyCode ?? r.recipient.replyCode}
            status={r.refusal?.status ?? r.recipient.status}
            stage={r.refusal?.stage?.command ?? null}
            evidence={r.evidence}
            text={parsed.text}
            firstSteps={firstStepsFor?.(r.cause)}
            firstStepsDelay={firstStepsDelay(diagnosis, r.cause)}
            headingLevel={headingLevel}
            technical={
              <>
                <RecipientCodes recipient={r} />
                <BounceFacts diagnosis={diagnosis} />
              </>
            }
          />
        ))
      )}
    </div>
  );
}

function cardTitle(t: ReadingTitle) {
  return { title: t.title, titleLabel: t.label, plainTitle: t.plain, textLabel: t.textLabel };
}

function CauseCard(props: {
  title: string;
  /** Read before the title by screen readers ("Recipient: "); null where the title says what it is. */
  titleLabel?: string | null;
  /** The title is words, not an address or a label in the bounce's own style. */
  plainTitle?: boolean;
  /** The label of the highlighted text. */
  textLabel?: string;
  /** Beside the title: the address delivery was last tried for, where it differs. */
  titleDetail?: string | null;
  cause: CauseId;
  confidence: number;
  /** When the cause is unknown: the causes that remain possible, ranked. */
  possible?: RankedCause[];
  /** A possible cause's title where this bounce's evidence words it otherwise (a variant). */
  possibleTitle?: (cause: CauseId) => string | undefined;
  possibleFrom?: PossibleFrom;
  /** The code (or class) whose usual causes `possible` lists. */
  usualCausesOf?: string;
  /** The verdict's own words where the cause's summary says too little (a delay notice). */
  explanation?: string;
  /** A delay notice: the message has not failed yet; the cause is the reason it gives. */
  delayNotice?: DelayNotice;
  /** Stands for the cause's title where that would mislead (greylisting). */
  headline?: string;
  /**
   * The cause's words for this bounce (lib/causes/connection-variants.ts: an app's failed
   * connection to its submission port is not "the receiving server could not be reached").
   */
  info?: CauseInfo;
  replyCode: number | null;
  status: string | null;
  /** The SMTP stage the bounce says the reply answered, when it says. */
  stage?: SmtpStage | null;
  evidence: Evidence[];
  text: string;
  firstSteps?: CauseFirstSteps;
  /** How the first steps' checklist reads a delay notice (null for a failure). */
  firstStepsDelay: DelayReading | null;
  /** False where the page offers no wizard (an ordinary e-mail): no step text promises one. */
  wizardOffered?: boolean;
  headingLevel: 2 | 3;
  technical: React.ReactNode;
}) {
  const info = props.info ?? CAUSES[props.cause];
  const who =
    info !== CAUSES[props.cause]
      ? { id: info.actor, label: info.actorLabel }
      : actorOf(props.cause, props.evidence);
  const unknown =
    props.cause === "unknown"
      ? unknownWording(
          props.possible,
          props.replyCode,
          props.status,
          props.possibleFrom,
          props.stage ?? null,
          props.usualCausesOf,
        )
      : null;
  const Heading = props.headingLevel === 2 ? "h2" : "h3";
  return (
    <article
      className="rounded-xl border border-slate-200 bg-white p-4 shadow-sm sm:p-6"
      data-testid="cause-card"
    >
      <p className="text-sm text-slate-600">
        {props.titleLabel === null ? null : (
          <span className="sr-only">{props.titleLabel ?? "Recipient: "}</span>
        )}
        {/* An address in monospace; the words that say the text is a program's error, not. */}
        {props.plainTitle ? (
          <span>{props.title}</span>
        ) : (
          <NameText name={props.title} className="font-mono" />
        )}
        {props.titleDetail ? (
          <span className="block break-words" data-testid="final-address">
            {props.titleDetail}
          </span>
        ) : null}
      </p>
      <Heading className="mt-1 text-xl font-semibold text-slate-950" data-testid="cause-title">
        {unknown ? (props.headline ?? unknown.headline) : (props.headline ?? info.title)}
      </Heading>

      {unknown ? (
        <div className="mt-2" data-testid="possible-causes">
          {/* A headline of its own (a sending service's suppression) comes with its explanation:
              what happened, before the causes it leaves open. */}
          <p className="text-slate-700">
            {props.headline && props.explanation ? props.explanation : unknown.lead}
          </p>
          {/* After its own explanation, the list still needs saying what it is. */}
          {props.headline && props.explanation && unknown.possible.length > 0 ? (
            <p className="mt-2 text-sm text-slate-600">
              The words leave these causes possible, most likely first:
            </p>
          ) : null}
          <ol className="mt-2 list-decimal space-y-1 pl-6 text-slate-800">
            {unknown.possible.map((p) => (
              <li key={p.cause}>{props.possibleTitle?.(p.cause) ?? p.title}</li>
            ))}
          </ol>
          {props.delayNotice ? <DelayNoticeNote notice={props.delayNotice} /> : null}
        </div>
      ) : (
        <>
          {/* A delay notice's note stands for the cause's summary, which speaks of a failure
              ("retried until it expired"); with no reason given, the explanation is the note. */}
          {props.delayNotice && props.cause !== "not-a-bounce" ? (
            <DelayNoticeNote notice={props.delayNotice} />
          ) : (
            <p className="mt-2 text-slate-700">{props.explanation ?? info.summary}</p>
          )}
          <div className="mt-3 flex flex-wrap items-center gap-2">
            <ActorBadge actor={who.id} label={who.label} />
            {/* "Not enough to tell" with no cause ranked has no confidence to give: "a guess
                (0%)" would read as a cause guessed at. */}
            {props.cause === "unknown" ? null : (
              <span className="text-sm text-slate-600" data-testid="confidence">
                Confidence: {confidenceWords(props.confidence)} (
                {Math.round(props.confidence * 100)}%)
              </span>
            )}
          </div>
        </>
      )}
      {props.firstSteps ? (
        <FirstStepsBlock
          firstSteps={props.firstSteps}
          delay={props.firstStepsDelay}
          titleOf={props.possibleTitle}
          wizard={props.wizardOffered ?? true}
        />
      ) : null}
      <details className="group mt-4 rounded-md border border-slate-200">
        <summary className="cursor-pointer rounded-md px-3 py-2 font-medium text-blue-900 select-none hover:bg-slate-50">
          Technical details
        </summary>
        <div className="space-y-4 border-t border-slate-200 p-3 text-sm">
          {props.technical}
          {props.evidence.length > 0 ? (
            <div>
              <p className="font-semibold">Evidence that decided it</p>
              <ul className="mt-1 space-y-1">
                {props.evidence.map((e) => (
                  <li key={`${e.ruleId}-${e.spans[0]?.start ?? 0}`}>
                    {e.note} <span className="text-slate-600">(rule </span>
                    <code className="font-mono text-slate-700">{e.ruleId}</code>
                    <span className="text-slate-600">; source: </span>
                    <SourceLink source={e.source} />
                    <span className="text-slate-600">)</span>
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          <EvidenceText
            text={props.text}
            spans={allSpans(props.evidence)}
            label={props.textLabel ?? "The bounce, with the evidence highlighted"}
          />
        </div>
      </details>
    </article>
  );
}

/** A rule's source: a web address, or a page's title with its address (the address a link). */
function SourceLink({ source }: { source: string }) {
  return <LinkedText text={source} linkClassName="break-all text-blue-800 underline" />;
}

function Row({ term, children }: { term: string; children: React.ReactNode }) {
  return (
    <div className="grid grid-cols-1 gap-x-3 sm:grid-cols-[10rem_1fr]">
      <dt className="font-medium text-slate-700">{term}</dt>
      <dd className="break-words text-slate-900">{children}</dd>
    </div>
  );
}

function RecipientCodes({ recipient: r }: { recipient: RecipientDiagnosis }) {
  const rep = r.recipient;
  return (
    <dl className="space-y-1">
      {rep.replyCode !== null ? (
        <Row term="Reply code">
          <code className="font-mono">{rep.replyCode}</code> (
          {rep.replyCode >= 500
            ? "permanent failure"
            : rep.replyCode >= 400
              ? "temporary failure"
              : "not a failure"}
          )
        </Row>
      ) : null}
      {rep.status ? (
        <Row term="Status code">
          <code className="font-mono">{rep.status}</code>
          {r.statusMeaning ? `: ${r.statusMeaning}` : null}
          {r.statusMeaningFrom ? (
            <>
              {" "}
              <span className="text-slate-600">(source: </span>
              <SourceLink source={r.statusMeaningFrom.source} />
              <span className="text-slate-600">)</span>
            </>
          ) : null}
        </Row>
      ) : null}
      {rep.diagnostic ? (
        <Row term="Server's words">
          <span className="font-mono text-xs">{rep.diagnostic}</span>
        </Row>
      ) : null}
      {rep.remoteMta ? (
        <Row term="Remote server">
          <code className="font-mono">{rep.remoteMta}</code>
        </Row>
      ) : null}
      {rep.smtpCommand ? <Row term="In reply to">{rep.smtpCommand}</Row> : null}
      {r.alternatives.length > 0 ? (
        <Row term="Also possible">
          {r.alternatives
            .map((a) => `${CAUSES[a.cause].title} (${Math.round(a.confidence * 100)}%)`)
            .join("; ")}
        </Row>
      ) : null}
    </dl>
  );
}

function BounceFacts({ diagnosis }: { diagnosis: Diagnosis }) {
  const p = diagnosis.parsed;
  return (
    <dl className="space-y-1">
      {p.reportingMta ? (
        <Row term="Reported by">
          <code className="font-mono">{p.reportingMta}</code>
        </Row>
      ) : null}
      {p.generator ? <Row term="Bounce written by">{p.generator}</Row> : null}
      {p.ips.length > 0 ? (
        <Row term="IP addresses">
          <code className="font-mono">{p.ips.join(", ")}</code>
        </Row>
      ) : null}
      {p.blocklistZones.length > 0 ? (
        <Row term="Blocklists named">
          <code className="font-mono">{p.blocklistZones.join(", ")}</code>
        </Row>
      ) : null}
      {p.providerCodes.length > 0 ? (
        <Row term="Provider codes">
          {p.providerCodes.map((c) => `${c.provider} ${c.code}`).join(", ")}
        </Row>
      ) : null}
      {p.original?.from ? (
        <Row term="Original sender">
          <code className="font-mono">{p.original.from}</code>
        </Row>
      ) : null}
    </dl>
  );
}
