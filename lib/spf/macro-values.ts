// The values macros expand to (§7.3) for one check, %{p}'s validated name looked up once per
// check, and a macro-expanded target name.
import { networkContains } from "./client-ip";
import { NeedsIp, type CheckState } from "./check-state";
import { expandMacroTokens, type MacroLetter } from "./macro";
import { finishTargetName } from "./names";
import { query } from "./lookups";
import type { MacroString, SpfDnsLookup } from "./types";

async function validatedNames(st: CheckState, sink: SpfDnsLookup[]): Promise<string[] | null> {
  const ip = st.ip;
  if (!ip) throw new NeedsIp();
  const { result } = await query(st, sink, ip.reverseName, "PTR");
  if (result.status !== "ok") return result.status === "error" ? null : [];
  const names = (result.records as string[]).slice(0, st.limits.ptrNameLimit);
  const type = ip.family === 4 ? "A" : "AAAA";
  const answers = await Promise.all(names.map((n) => query(st, sink, n.replace(/\.$/, ""), type)));
  return names.filter((_, k) => {
    const a = answers[k]!.result;
    return (
      a.status === "ok" &&
      (a.records as string[]).some((addr) => networkContains(addr, ip.family === 4 ? 32 : 128, ip))
    );
  });
}

export function macroValues(st: CheckState, domain: string, sink: SpfDnsLookup[]) {
  return async (letter: MacroLetter): Promise<string> => {
    switch (letter) {
      case "s":
        return st.sender;
      case "l":
        return st.localPart;
      case "o":
        return st.senderDomain;
      case "d":
        return domain;
      case "h":
        return st.helo;
      case "r":
        return st.receiver;
      case "t":
        return String(Math.floor(st.now().getTime() / 1000));
      case "i":
      case "c":
      case "v":
      case "p": {
        const ip = st.ip;
        if (!ip) throw new NeedsIp();
        if (letter === "i") return ip.dotted;
        if (letter === "c") return ip.readable;
        if (letter === "v") return ip.family === 4 ? "in-addr" : "ip6";
        // §7.3 p: the validated name; the domain itself, else a subdomain of it, else any.
        st.validatedNames ??= validatedNames(st, sink);
        const names = await st.validatedNames;
        if (!names || names.length === 0) return "unknown";
        const lower = (n: string) => n.toLowerCase().replace(/\.$/, "");
        const d = lower(domain);
        const exact = names.find((n) => lower(n) === d);
        const sub = names.find((n) => lower(n).endsWith(`.${d}`));
        return (exact ?? sub ?? names[0]!).replace(/\.$/, "");
      }
    }
  };
}

export async function expandTarget(
  st: CheckState,
  spec: MacroString,
  domain: string,
  sink: SpfDnsLookup[],
): Promise<string> {
  return finishTargetName(await expandMacroTokens(spec.tokens, macroValues(st, domain, sink)));
}
