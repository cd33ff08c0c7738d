import Link from "next/link";

export default function NotFound() {
  return (
    <main className="mx-auto max-w-3xl px-4 py-16 sm:px-6">
      <h1 className="text-3xl font-bold text-slate-950">Page not found</h1>
      <p className="mt-3 text-slate-700">There is nothing at this address.</p>
      <p className="mt-6">
        <Link href="/" className="font-semibold text-blue-800 underline">
          Diagnose a bounce
        </Link>
      </p>
    </main>
  );
}
