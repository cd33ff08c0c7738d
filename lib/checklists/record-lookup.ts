// What the sending domain's check read of its DNS records, for the steps that publish one:
// whether it looked, the records it found, and the step to run it first when it has not.
import type { Finding } from "@/lib/checks/types";
import { checkBuilders, findings, type CheckRequest, type Context } from "@/lib/rules";
import { SENDER_ADMIN, type BuildContext } from "./build-context";
import type { ChecklistItem } from "./types";

/** The sending domain's check, finished, with lookups in `area` that got an answer. */
export function lookedUp(ctx: Context, area: Finding["area"]): boolean {
  return findings(ctx, ctx.domainCheckId).some((f) => f.area === area && f.outcome === "done");
}

function domainCheckRequest(ctx: Context): CheckRequest | null {
  return checkBuilders["sending-domain"].build(ctx);
}

/**
 * A record is offered only once the current one was looked up (publishing a fresh one over a
 * real record breaks what it lists). Until then, the step says to check first.
 */
export function checkFirst(
  b: BuildContext,
  id: string,
  what: string,
  risk = `a new ${what} would replace the current one, and everything it lists would stop working`,
): ChecklistItem {
  const { ctx } = b;
  const request = domainCheckRequest(ctx);
  return {
    id,
    title: ctx.sendingDomain
      ? `Look up the current ${what} of ${ctx.sendingDomain} first`
      : `Look up your domain's current ${what} first`,
    detail: ctx.sendingDomain
      ? `The record to publish depends on what is there now: ${risk}. Run the check, and the exact record appears here.`
      : `The record to publish depends on what is there now. Tell the wizard your sending domain (or use the check page) and the exact record appears here.`,
    actor: SENDER_ADMIN,
    kind: "verify",
    needsCheck: {
      request,
      label: ctx.sendingDomain ? `Check ${ctx.sendingDomain} now` : "Check your domain",
    },
  };
}

/**
 * The distinct TXT values of one kind the domain check read (those `kind` matches), from its
 * findings of `area`; only those published at `name` when given.
 */
export function recordsFound(ctx: Context, area: string, kind: RegExp, name?: string): string[] {
  const out = new Set<string>();
  for (const f of findings(ctx, ctx.domainCheckId)) {
    if (f.area !== area) continue;
    for (const r of f.records ?? []) {
      if (name && r.name.replace(/\.$/, "").toLowerCase() !== name.toLowerCase()) continue;
      for (const v of r.values) if (kind.test(v.trim())) out.add(v.trim());
    }
  }
  return [...out];
}
