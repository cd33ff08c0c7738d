// The names check_host() works with: the domain it may check (§4.3), a name a DNS question can
// carry, a macro-expanded target cut to size (§7.3), and the sender's local part and domain (§2.4).

/** §4.3: a domain check_host() can work with: multi-label, labels 1-63, at most 253 octets. */
export function isCheckableDomain(domain: string): boolean {
  const d = domain.endsWith(".") ? domain.slice(0, -1) : domain;
  if (d.length === 0 || d.length > 253 || d.startsWith("[")) return false;
  if (/[\x00-\x20\x7f-\uffff]/.test(d)) return false;
  const labels = d.split(".");
  return labels.length >= 2 && labels.every((l) => l.length >= 1 && l.length <= 63);
}

/** A name that can be put in a DNS question at all (§4.8 / RFC 1035 §2.3.4). */
export function queryableName(name: string): string | null {
  if (name.length === 0 || name.length > 253) return null;
  return name.split(".").every((l) => l.length >= 1 && l.length <= 63) ? name : null;
}

/** §7.3: drop a trailing dot; if longer than 253 octets, drop labels from the left. */
export function finishTargetName(expanded: string): string {
  let name = expanded.endsWith(".") ? expanded.slice(0, -1) : expanded;
  while (name.length > 253) {
    const dot = name.indexOf(".");
    if (dot < 0) break;
    name = name.slice(dot + 1);
  }
  return name;
}

export function splitSender(
  sender: string,
  helo: string,
): { sender: string; localPart: string; domain: string } {
  const s = sender.trim() === "" ? `postmaster@${helo}` : sender.trim();
  const at = s.lastIndexOf("@");
  const local = at >= 0 ? s.slice(0, at) : "";
  const domain = at >= 0 ? s.slice(at + 1) : s;
  const localPart = local === "" ? "postmaster" : local;
  return { sender: `${localPart}@${domain}`, localPart, domain };
}
