"use client";

// Errors in a page end here; the user sees plain words and a way to try again, never a stack.
export default function ErrorPage({
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-950">Something went wrong</h1>
      <p className="mt-3 text-slate-700">
        This page failed to show. Your pasted text was not sent anywhere.
      </p>
      <button
        type="button"
        onClick={reset}
        className="mt-6 rounded-lg bg-blue-800 px-5 py-2.5 font-semibold text-white hover:bg-blue-900"
      >
        Try again
      </button>
    </main>
  );
}
