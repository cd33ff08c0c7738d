// The reverse DNS step: the PTR (and its forward A record) to ask the IP's owner for, where
// the sender owns the sending IP.
import { isIP, reverseName } from "@/lib/dns/names";
import { findings } from "@/lib/rules";
import { onPbl } from "./blocklist-steps";
import { fill, hasCode, onSharedPlatform, type BuildContext } from "./build-context";
import { GENERATED_TITLES } from "./generated-titles";
import type { ChecklistItem } from "./types";

export function ptrItem(b: BuildContext): ChecklistItem[] {
  const { ctx } = b;
  if (!ctx.sendingIp) return [];
  const problem = hasCode(ctx, ctx.ipCheckId, ["ptr.none", "ptr.not-confirmed", "ptr.generic"]);
  if (!problem && b.cause !== "reverse-dns") return [];
  // Providers run their own servers' reverse DNS: nothing for the sender to publish. A PBL
  // address is end-user space: the fix is the provider's relay, not a PTR for it.
  if (onSharedPlatform(ctx) || ctx.platform === "shared-hosting" || onPbl(ctx)) return [];
  // The sending IP comes from a validated answer or the parsed bounce, but a checklist must
  // not throw on a stray value: reverseName refuses anything that is not an address.
  const name = isIP(ctx.sendingIp) ? reverseName(ctx.sendingIp) : `reverse DNS of ${ctx.sendingIp}`;
  const checked = findings(ctx, ctx.ipCheckId).some((f) => f.area === "reverse-dns");
  if (!ctx.sendingDomain || !checked) {
    return [
      {
        id: `${b.cause}.ptr`,
        title: fill(GENERATED_TITLES.ptr, b),
        detail:
          "Reverse DNS is set by whoever owns the IP range (your ISP, hosting or cloud provider), not in your domain's DNS. Ask them for a PTR record naming your mail server (a name in your own domain), and give that name an A record pointing back to the IP so it is forward-confirmed.",
        actor: "sender-admin-or-isp",
        kind: "fix",
      },
    ];
  }
  const host = `mail.${ctx.sendingDomain}`;
  return [
    {
      id: `${b.cause}.ptr`,
      title: fill(GENERATED_TITLES.ptr, b),
      detail: `Reverse DNS is set by whoever owns the IP range (your ISP, hosting or cloud provider), not in your domain's DNS. Ask for a PTR record naming your mail server, and publish ${host} → ${ctx.sendingIp} (A record) so it is forward-confirmed. If ${host} already points to another address, leave it alone (it is often your incoming mail server or webmail) and use a new name instead, e.g. out.${ctx.sendingDomain}, in both records.`,
      actor: "sender-admin-or-isp",
      kind: "fix",
      record: { type: "PTR", name, value: host },
    },
  ];
}
