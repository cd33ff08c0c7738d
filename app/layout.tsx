import type { Metadata, Viewport } from "next";
import { PrintDetails } from "@/components/site/print-details";
import { SiteFooter } from "@/components/site/site-footer";
import { SiteHeader } from "@/components/site/site-header";
import "./globals.css";

// Rendered per request: each page carries the script nonce proxy.ts made for it (a page
// prerendered at build time could not).
export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Bounce Doctor: why was my email refused?",
  description:
    "Paste a bounce message. Bounce Doctor names the cause, checks DNS and blocklists, and gives you the fix.",
};

export const viewport: Viewport = { width: "device-width", initialScale: 1, themeColor: "#1e3a8a" };

export default function RootLayout({ children }: Readonly<{ children: React.ReactNode }>) {
  return (
    <html lang="en">
      <body className="flex min-h-screen flex-col bg-slate-50 font-sans text-slate-900 antialiased">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:top-2 focus:left-2 focus:z-50 focus:rounded focus:bg-white focus:px-3 focus:py-2 focus:text-blue-800 focus:shadow"
        >
          Skip to content
        </a>
        <SiteHeader />
        <div id="main" className="flex-1" tabIndex={-1}>
          {children}
        </div>
        <SiteFooter />
        <PrintDetails />
      </body>
    </html>
  );
}
