// The content review as the user reads it: the score against the thresholds, the findings
// grouped in plain words with what to change, the linked domains, the attachments, and the
// suggested changes. No state or effects: usable from server and client components (the
// wizard can render it in a check card).
import { KeepTogetherText } from "@/components/ui/keep-together-text";
import { LinkedText } from "@/components/ui/linked-text";
import { contentEvidence } from "@/lib/content/evidence";
import { fixLabel } from "@/lib/content/fix-label";
import { VERDICT_WORDS } from "@/lib/content/thresholds";
import type {
  ContentFinding,
  ContentReview,
  ContentVerdict,
  ReviewedContent,
} from "@/lib/content/types";

const VERDICT_STYLE: Record<ContentVerdict, string> = {
  low: "border-emerald-300 bg-emerald-50 text-emerald-900",
  greylist: "border-amber-300 bg-amber-50 text-amber-900",
  junk: "border-orange-300 bg-orange-50 text-orange-900",
  reject: "border-red-300 bg-red-50 text-red-900",
};

const TONE_STYLE: Record<ContentFinding["tone"], { box: string; label: string }> = {
  bad: { box: "border-red-200 bg-white", label: "text-red-800" },
  good: { box: "border-emerald-200 bg-white", label: "text-emerald-800" },
  info: { box: "border-slate-200 bg-white", label: "text-slate-700" },
};

function points(f: ContentFinding): string {
  if (f.score === 0) return f.tone === "bad" ? "counted (group limit reached)" : "no points";
  return `${f.score > 0 ? "+" : ""}${f.score} points`;
}

/**
 * The change several findings of a group all ask for (four link-list rules on one domain each
 * said "Remove the link..."): said once, above the findings, instead of under each of them.
 */
function sharedFix(findings: ContentFinding[]): string | null {
  const first = findings[0]?.fix;
  if (!first || findings.length < 2) return null;
  return findings.every((f) => f.fix === first) ? first : null;
}

function ScoreBar({ review }: { review: ReviewedContent }) {
  const t = review.thresholds;
  const max = Math.max(t.reject * 1.2, review.score + 1);
  const at = (n: number) => `${Math.max(0, Math.min(100, (n / max) * 100))}%`;
  return (
    // The greylist and junk thresholds sit close together (4 and 6 of Rspamd's defaults): on a
    // phone their labels overlapped, so the first mark is labelled above the bar, the rest below.
    <div aria-hidden="true" className="relative mt-8 h-3 rounded-full bg-slate-200">
      <div
        className="absolute inset-y-0 left-0 rounded-full bg-slate-700"
        style={{ width: at(Math.max(review.score, 0)) }}
      />
      {[
        { n: t.greylist, label: "greylist" },
        { n: t.addHeader, label: "junk" },
        { n: t.reject, label: "refused" },
      ].map((m, i) => (
        <div
          key={m.label}
          className="absolute -top-1 h-5 w-0.5 bg-slate-500"
          style={{ left: at(m.n) }}
        >
          <span
            data-testid="score-mark"
            className={`absolute ${i === 0 ? "bottom-5" : "top-5"} -translate-x-1/2 text-xs whitespace-nowrap text-slate-600`}
          >
            {m.label} {m.n}
          </span>
        </div>
      ))}
    </div>
  );
}

export function ContentReviewPanel({
  review,
  headingLevel = 2,
}: {
  review: ContentReview;
  headingLevel?: 2 | 3 | 4;
}) {
  const Heading = `h${headingLevel}` as "h2";
  const Sub = `h${Math.min(headingLevel + 1, 6)}` as "h3";
  if (review.status !== "reviewed")
    return (
      <section aria-label="Content review" data-testid="content-review" className="space-y-2">
        <Heading className="text-xl font-semibold text-slate-900">Content review</Heading>
        <p
          role="alert"
          className="rounded-md border border-amber-300 bg-amber-50 p-3 text-amber-950"
        >
          {review.reason}
        </p>
      </section>
    );
  const { steps } = contentEvidence(review);
  const t = review.thresholds;
  return (
    <section aria-label="Content review" data-testid="content-review" className="space-y-6">
      <div className={`rounded-xl border p-4 ${VERDICT_STYLE[review.verdict]}`}>
        <Heading className="text-xl font-semibold">
          Spam score {review.score}: {VERDICT_WORDS[review.verdict]}
        </Heading>
        <p className="mt-1 text-sm">
          {review.filter} reviewed{" "}
          {review.source.kind === "bounce-copy"
            ? "the copy of your message that the bounce carries"
            : "the message you sent"}
          {review.source.headersOnly
            ? " (its headers only: the bounce did not include the body)"
            : ""}
          . Greylisting from {t.greylist}, junk folder from {t.addHeader}, refused from {t.reject}.
          Receivers run their own filters and settings, so read this as a strong hint, not their
          verdict.
        </p>
        <ScoreBar review={review} />
        <div className="h-6" />
      </div>

      {review.groups.map((group) => {
        const shared = sharedFix(group.findings);
        return (
          <section
            key={group.group}
            aria-label={group.title}
            data-testid={`content-group-${group.group}`}
          >
            <Sub className="mb-2 text-lg font-semibold text-slate-900">{group.title}</Sub>
            {shared ? (
              <p className="mb-2 text-sm text-slate-800" data-testid="content-group-fix">
                <span className="font-semibold">{fixLabel(group.findings)} </span>
                <KeepTogetherText text={shared} />
              </p>
            ) : null}
            <ul className="space-y-2">
              {group.findings.map((f) => (
                <li key={f.symbol} className={`rounded-lg border p-3 ${TONE_STYLE[f.tone].box}`}>
                  <p className="font-medium text-slate-900">
                    <KeepTogetherText text={f.title} />
                  </p>
                  {f.matched.length > 0 ? (
                    <p className="mt-1 text-sm text-slate-700">
                      Found: <span className="font-mono break-all">{f.matched.join(", ")}</span>
                    </p>
                  ) : null}
                  {f.fix && !shared ? (
                    <p className="mt-1 text-sm text-slate-800">
                      <span className="font-semibold">{fixLabel([f])} </span>
                      <KeepTogetherText text={f.fix} />
                    </p>
                  ) : null}
                  <p className={`mt-1 text-xs ${TONE_STYLE[f.tone].label}`}>
                    {points(f)} · rule <span className="font-mono">{f.symbol}</span>
                  </p>
                </li>
              ))}
            </ul>
          </section>
        );
      })}

      {review.linkedDomains.length > 0 ? (
        <section aria-label="Linked domains" data-testid="content-linked-domains">
          <Sub className="mb-2 text-lg font-semibold text-slate-900">
            Linked domains on the domain blocklists
          </Sub>
          <ul className="space-y-1 text-sm">
            {review.linkedDomains.map((d) => (
              <li key={d.domain}>
                <span className="font-mono">{d.domain}</span>:{" "}
                {d.status === "listed" ? (
                  <strong className="text-red-800">listed on {d.lists.join(", ")}</strong>
                ) : d.status === "could-not-check" ? (
                  <span className="text-amber-800">could not check ({d.lists.join(", ")})</span>
                ) : (
                  <span className="text-emerald-800">not listed</span>
                )}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {review.attachments.length > 0 ? (
        <section aria-label="Attachments receivers refuse" data-testid="content-attachments">
          <Sub className="mb-2 text-lg font-semibold text-slate-900">
            Attachments receivers refuse
          </Sub>
          <ul className="space-y-1 text-sm">
            {review.attachments.map((a) => (
              <li key={a.name}>
                <span className="font-mono font-semibold">{a.name}</span>{" "}
                <span className="text-slate-600">({a.contentType})</span>: {a.reason}
                {a.inside?.length ? (
                  <>
                    ; inside: <span className="font-mono">{a.inside.join(", ")}</span>
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      <section aria-label="Suggested changes" data-testid="content-steps">
        <Sub className="mb-2 text-lg font-semibold text-slate-900">Suggested changes</Sub>
        {steps.length === 0 ? (
          <p className="text-slate-700">Nothing in the content needs changing.</p>
        ) : (
          <ol className="list-decimal space-y-2 pl-6">
            {steps.map((s) => (
              <li key={s.id}>
                <p data-testid="content-step-title" className="font-medium text-slate-900">
                  <KeepTogetherText text={s.title} />
                </p>
                <p className="text-sm text-slate-700">
                  {/* The delisting page a listed domain's step names is a link. */}
                  <LinkedText text={s.detail} />
                </p>
              </li>
            ))}
          </ol>
        )}
      </section>
    </section>
  );
}
