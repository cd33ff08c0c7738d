import type { Actor } from "@/lib/causes/causes";

const TONE: Record<Actor, string> = {
  sender: "bg-amber-100 text-amber-900 ring-amber-300",
  "sender-admin": "bg-orange-100 text-orange-900 ring-orange-300",
  "sender-admin-or-isp": "bg-orange-100 text-orange-900 ring-orange-300",
  recipient: "bg-sky-100 text-sky-900 ring-sky-300",
  "recipient-admin": "bg-sky-100 text-sky-900 ring-sky-300",
  either: "bg-violet-100 text-violet-900 ring-violet-300",
  nobody: "bg-emerald-100 text-emerald-900 ring-emerald-300",
  unknown: "bg-slate-100 text-slate-800 ring-slate-300",
};

/**
 * "Who acts" with its label. The label flows after the words as text does, in a box with
 * rounded corners: a long label wraps on a narrow screen (390 px), where a pill's full rounding
 * and a flex row turned it into an oval with "Who acts:" on a line of its own.
 */
export function ActorBadge({ actor, label }: { actor: Actor; label: string }) {
  return (
    <p
      className={`inline-block rounded-2xl px-3 py-1 text-sm ring-1 ${TONE[actor]}`}
      data-testid="actor-badge"
    >
      <span className="font-semibold">Who acts:</span> <span>{label}</span>
    </p>
  );
}
