import Link from "next/link";
import { NavLink } from "./nav-link";

export function SiteHeader() {
  return (
    <header role="banner" className="border-b border-slate-200 bg-white">
      <div className="mx-auto flex max-w-4xl flex-wrap items-center justify-between gap-x-6 gap-y-2 px-4 py-3 sm:px-6">
        <Link
          href="/"
          className="flex items-center gap-2 text-lg font-semibold text-slate-900 no-underline"
        >
          <span
            aria-hidden="true"
            className="inline-flex h-8 w-8 items-center justify-center rounded-lg bg-blue-800 text-white"
          >
            ✉
          </span>
          Bounce Doctor
        </Link>
        <nav aria-label="Main">
          <ul className="flex gap-1 text-sm sm:gap-2">
            <li>
              <NavLink href="/">Diagnose</NavLink>
            </li>
            <li>
              <NavLink href="/check">Check a domain or IP</NavLink>
            </li>
            <li>
              <NavLink href="/content">Review a message</NavLink>
            </li>
          </ul>
        </nav>
      </div>
    </header>
  );
}
