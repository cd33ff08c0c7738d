import type { Metadata } from "next";
import { CheckForms } from "@/components/check/check-forms";

export const metadata: Metadata = { title: "Check a domain or IP · Bounce Doctor" };

export default function CheckPage() {
  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="mb-8 max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-950">
          Check a domain or an IP address
        </h1>
        <p className="mt-3 text-slate-700">
          Look up what receiving servers see: the sending domain&apos;s authentication records, the
          sending server&apos;s reverse DNS, and the public blocklists; or whether a
          recipient&apos;s domain takes mail at all. Each finding says what it means and how to fix
          it.
        </p>
      </div>
      <CheckForms />
    </main>
  );
}
