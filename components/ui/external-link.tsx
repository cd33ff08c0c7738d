import type { ReactNode } from "react";

/** Only web addresses become links: a javascript: or data: URL never reaches an href. */
export function isWebUrl(url: string): boolean {
  return /^https?:\/\//i.test(url);
}

/**
 * A link to another site, opened in a new tab without giving it this page (noopener). Any
 * other address is shown as plain text: the URLs come from data files and check reports, and
 * a link is the one place where text could run as code.
 */
export function ExternalLink({
  href,
  className = "text-blue-800 underline",
  children,
}: {
  href: string;
  className?: string;
  children: ReactNode;
}) {
  if (!isWebUrl(href)) return <span>{children}</span>;
  return (
    <a href={href} target="_blank" rel="noreferrer noopener" className={className}>
      {children}
    </a>
  );
}
