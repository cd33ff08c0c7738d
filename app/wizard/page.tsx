import type { Metadata } from "next";
import { Suspense } from "react";
import { Wizard } from "@/components/wizard/wizard";
import { WizardStoreProvider } from "@/lib/store/wizard-store-provider";

export const metadata: Metadata = { title: "Wizard · Bounce Doctor" };

export default function WizardPage() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6 sm:py-10">
      <h1 className="mb-6 text-2xl font-bold tracking-tight text-slate-950 sm:text-3xl">
        Find and fix the cause
      </h1>
      <WizardStoreProvider>
        {/* useSearchParams (the ?step= of each card) needs a Suspense boundary on a static page. */}
        <Suspense fallback={<p className="text-slate-700">Loading the wizard…</p>}>
          <Wizard />
        </Suspense>
      </WizardStoreProvider>
    </main>
  );
}
