import { BounceInput } from "@/components/bounce/bounce-input";

export default function HomePage() {
  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="mb-8 max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-950 sm:text-4xl">
          Why was my email refused?
        </h1>
        <p className="mt-3 text-lg text-slate-700">
          Paste the bounce you got back. Bounce Doctor names the cause in plain words, says whose
          side has to act, and shows what to do first.
        </p>
      </div>
      <BounceInput />
    </main>
  );
}
