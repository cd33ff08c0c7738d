import type { Metadata } from "next";
import { SharedReport } from "@/components/share/shared-report";

export const metadata: Metadata = {
  title: "Shared result · Bounce Doctor",
  // A result link is private to whoever got it.
  robots: { index: false, follow: false },
};

export default function SharedResultPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="mb-2 text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">
        Bounce Doctor result
      </h1>
      <p className="mb-6 text-slate-700">
        A read-only report someone shared with you. It was read from the link itself.
      </p>
      <SharedReport />
    </main>
  );
}
