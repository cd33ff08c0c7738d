// The DKIM step: the key records the sending service asks for, or, with a key published,
// the check that mail is actually signed with it.
import { dkimInstructions } from "@/lib/records/dkim-record";
import { fill, hasCode, SENDER_ADMIN, type BuildContext } from "./build-context";
import { GENERATED_TITLES } from "./generated-titles";
import { checkFirst, lookedUp } from "./record-lookup";
import type { ChecklistItem } from "./types";

export function dkimItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingDomain || !lookedUp(ctx, "dkim"))
    // DKIM keys live under selectors: the risk is a new key over the one mail is signed with.
    return [
      checkFirst(
        b,
        `${b.cause}.dkim.1`,
        "DKIM keys",
        "a new key published over the selector your mail is signed with today would make that mail fail DKIM until it is signed with the new key",
      ),
    ];
  const domain = ctx.sendingDomain;
  if (
    hasCode(ctx, ctx.domainCheckId, ["dkim.ok"]) &&
    !hasCode(ctx, ctx.domainCheckId, ["dkim.weak-key"])
  ) {
    return [
      {
        id: `${b.cause}.dkim-signing`,
        title: GENERATED_TITLES["dkim-signing"],
        detail: `A DKIM key is published for ${domain}; check that the sending service actually signs with it (the DKIM-Signature header of a sent message shows d=${domain}).`,
        actor: SENDER_ADMIN,
        kind: "verify",
      },
    ];
  }
  const d = dkimInstructions(domain, ctx.platform, b.esp);
  const weak = hasCode(ctx, ctx.domainCheckId, ["dkim.weak-key"])
    ? "Your current key is too short: generate a 2048-bit one. "
    : "";
  const detail = `${weak}${d.where}${d.source ? ` (source: ${d.source})` : ""}`;
  // A short key means mail is signed already: the step replaces the key, it sets nothing up.
  const replace = weak
    ? `Replace the short DKIM key of ${domain} with a 2048-bit one under a new selector`
    : null;
  const items: ChecklistItem[] = d.records.map((record, i) => ({
    id: `${b.cause}.dkim.${i + 1}`,
    title: d.provider
      ? `Publish the DKIM record ${d.provider} asks for`
      : (replace ?? fill(GENERATED_TITLES.dkim, b)),
    detail,
    actor: SENDER_ADMIN,
    kind: "fix",
    record,
  }));
  if (items.length === 0) {
    items.push({
      id: `${b.cause}.dkim.1`,
      // Without a named provider the key may be made on the user's own server (the detail says
      // both): "in your provider" misread an answer of "our own mail server".
      title: d.provider
        ? `Set up DKIM in ${d.provider}`
        : (replace ?? `Set up DKIM signing for ${domain}`),
      detail,
      actor: SENDER_ADMIN,
      kind: "fix",
    });
  }
  return items;
}
