// A fix that names a web address on the checked domain itself ("Publish a policy at
// https://mta-sts.example.test/.well-known/mta-sts.txt") names a place to publish, which does
// not exist yet: shown as text, not as a link that opens an error page. Other addresses (a
// list's delisting page) stay links.

/** Whether `url`'s host is `domain` or a name under it. */
export function isUrlOnDomain(url: string, domain: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  const d = domain.toLowerCase().replace(/\.$/, "");
  return d !== "" && (host === d || host.endsWith(`.${d}`));
}
