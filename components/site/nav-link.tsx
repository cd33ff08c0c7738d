"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";

// A client leaf only so that the current page is marked with aria-current.
export function NavLink({ href, children }: { href: string; children: React.ReactNode }) {
  const pathname = usePathname();
  const current =
    href === "/" ? pathname === "/" || pathname.startsWith("/wizard") : pathname.startsWith(href);
  return (
    <Link
      href={href}
      aria-current={current ? "page" : undefined}
      className={`block rounded-md px-3 py-2 font-medium ${
        current
          ? "bg-blue-50 text-blue-900"
          : "text-slate-700 hover:bg-slate-100 hover:text-slate-900"
      }`}
    >
      {children}
    </Link>
  );
}
