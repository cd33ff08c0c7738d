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

export function ActorBadge({ actor, label }: { actor: Actor; label: string }) {
  return (
    <p
      className={`inline-flex flex-wrap items-center gap-1 rounded-full px-3 py-1 text-sm ring-1 ${TONE[actor]}`}
    >
      <span className="font-semibold">Who acts:</span> <span>{label}</span>
    </p>
  );
}
