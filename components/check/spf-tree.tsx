import { KeepTogetherText } from "@/components/ui/keep-together-text";
import { NameText } from "@/components/ui/name-text";
import type { SpfTreeModel, SpfTreeRow } from "./spf-tree-model";

const VIA_LABEL: Record<SpfTreeRow["via"], string> = {
  check: "Record of",
  include: "include:",
  redirect: "redirect=",
};

/** The SPF include/redirect tree as nested plain-text lists (screen readers announce the nesting). */
export function SpfTree({ model, open }: { model: SpfTreeModel; open: boolean }) {
  const overLookups = model.totalLookups > model.lookupLimit;
  const overVoids = model.totalVoidLookups > model.voidLimit;
  return (
    <details
      open={open}
      className="rounded-lg border border-slate-200 bg-white p-3"
      data-testid="spf-tree"
    >
      <summary className="cursor-pointer font-semibold text-slate-800">
        SPF include tree of{" "}
        <span className="font-mono">
          <KeepTogetherText text={model.domain} />
        </span>
        :{" "}
        <span className={overLookups ? "text-red-800" : undefined}>
          {model.totalLookups} of {model.lookupLimit} DNS lookups
        </span>
        ,{" "}
        <span className={overVoids ? "text-red-800" : undefined}>
          {model.totalVoidLookups} of {model.voidLimit} void lookups
        </span>
      </summary>
      <div className="mt-2 space-y-2 text-sm">
        <p className="text-slate-700">
          Receivers stop after {model.lookupLimit} DNS-querying terms (include, a, mx, ptr, exists,
          redirect) and after {model.voidLimit} lookups of names with no records (RFC 7208 §4.6.4).
          The running total counts in the order receivers evaluate the terms.
        </p>
        {model.evaluation ? (
          <p className="text-slate-900" data-testid="spf-evaluation">
            For <span className="font-mono">{model.evaluation.ip}</span>: SPF{" "}
            <span className="font-semibold">{model.evaluation.result}</span>
            {model.evaluation.matched ? (
              <>
                , decided by <code className="font-mono">{model.evaluation.matched.text}</code> in
                the record of{" "}
                <span className="font-mono">
                  <KeepTogetherText text={model.evaluation.matched.domain} />
                </span>
              </>
            ) : (
              ", no term matched"
            )}
            .
          </p>
        ) : null}
        <ul>
          <SpfNodeItem row={model.root} model={model} />
        </ul>
      </div>
    </details>
  );
}

function SpfNodeItem({ row, model }: { row: SpfTreeRow; model: SpfTreeModel }) {
  return (
    <li className="mt-2 first:mt-0" data-testid="spf-node" data-domain={row.domain}>
      <p className="font-medium text-slate-900">
        <span className="text-slate-600">{VIA_LABEL[row.via]}</span>{" "}
        <NameText name={row.domain} className="font-mono" />
      </p>
      <p className="font-mono text-xs break-all whitespace-pre-wrap text-slate-900">
        {row.record ?? "(no SPF record)"}
      </p>
      <p className="text-slate-700" data-testid="spf-node-counts">
        DNS lookups in this record: {row.lookups}; running total with its includes{" "}
        {row.runningLookups} of {model.lookupLimit}
        {row.overLookupLimit ? (
          <span className="font-semibold text-red-800"> (over the limit from here)</span>
        ) : null}
        . Void lookups: {row.voidLookups}; running total {row.runningVoidLookups} of{" "}
        {model.voidLimit}
        {row.overVoidLimit ? (
          <span className="font-semibold text-red-800"> (over the limit from here)</span>
        ) : null}
        .
      </p>
      {row.matched ? (
        <p className="text-slate-900" data-testid="spf-node-matched">
          Matched: <code className="font-mono">{row.matched.text}</code> ({row.matched.result})
        </p>
      ) : null}
      {row.problem ? (
        <p className="text-red-800">Problem here: {row.problem.replace(/-/g, " ")}</p>
      ) : null}
      {row.children.length > 0 ? (
        <ul className="mt-1 border-l-2 border-slate-200 pl-3 sm:pl-4">
          {row.children.map((child, i) => (
            <SpfNodeItem key={`${child.via}-${child.domain}-${i}`} row={child} model={model} />
          ))}
        </ul>
      ) : null}
    </li>
  );
}
