/** True when `host` is `domain` or a name under it (both lower case). */
export function hostUnder(host: string, domain: string): boolean {
  return (
    host === domain ||
    (host.length > domain.length &&
      host.endsWith(domain) &&
      host[host.length - domain.length - 1] === ".")
  );
}
