// What the ports a connection failure names tell the rules. RFC 6409 (abstract): message
// submission "normally" uses port 587, while "message relay is unaffected, and continues to use
// SMTP over port 25"; RFC 8314 §3.3 adds submission over implicit TLS on port 465. A failure to
// connect to 587 or 465 is a program failing to reach the mail server it hands its mail to, its
// own; the recipient's domain and servers were never looked up.
// https://www.rfc-editor.org/rfc/rfc6409, https://www.rfc-editor.org/rfc/rfc8314#section-3.3
import type { ParsedBounce } from "@/lib/bounce/types";

/** Message submission (RFC 6409) and submission over implicit TLS (RFC 8314 §3.3). */
export const SUBMISSION_PORTS: readonly number[] = [587, 465];

/**
 * The submission port a connection failure names, when it names only submission ports. A text
 * that names port 25 (too, or only) is a relay's delivery attempt: null.
 */
export function submissionPortOf(parsed: ParsedBounce | null | undefined): number | null {
  const ports = parsed?.connectionPorts ?? [];
  if (ports.length === 0 || ports.some((p) => !SUBMISSION_PORTS.includes(p))) return null;
  return ports[0] ?? null;
}

/**
 * A submission port a text names beside a delivery port ("connect ETIMEDOUT …:587" above a
 * relay's "connect to mx…:25"): two failures, an app's and a relay's. The delivery's steps lead,
 * and the app's still get theirs (review 24: the 587 failure was ignored). Null otherwise.
 */
export function submissionPortBeside(parsed: ParsedBounce | null | undefined): number | null {
  if (submissionPortOf(parsed) !== null) return null;
  return (parsed?.connectionPorts ?? []).find((p) => SUBMISSION_PORTS.includes(p)) ?? null;
}

/**
 * The addresses a connection failure tried to reach ("connect ETIMEDOUT 192.0.2.10:587"): an IP
 * written with one of the ports the parse read as connected to. That is the server connected to,
 * never the one the mail left from.
 */
export function connectionTargets(parsed: ParsedBounce | null | undefined): Set<string> {
  const targets = new Set<string>();
  const ports = parsed?.connectionPorts ?? [];
  if (!parsed || ports.length === 0) return targets;
  for (const ip of parsed.ips)
    for (const port of ports) {
      // IPv4 as "ip:port", IPv6 as "[ip]:port" (RFC 3986 §3.2.2's bracket form).
      if (parsed.text.includes(`${ip}:${port}`) || parsed.text.includes(`[${ip}]:${port}`))
        targets.add(ip);
    }
  return targets;
}
