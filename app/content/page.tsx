import type { Metadata } from "next";
import { ContentReviewForm } from "@/components/content/content-review-form";

export const metadata: Metadata = { title: "Review a sent message · Bounce Doctor" };

export default function ContentPage() {
  return (
    <main className="mx-auto max-w-4xl px-4 py-8 sm:px-6 sm:py-12">
      <div className="mb-8 max-w-2xl">
        <h1 className="text-3xl font-bold tracking-tight text-slate-950">Review a sent message</h1>
        <p className="mt-3 text-slate-700">
          Was your message refused as spam? A real spam filter reads it the way receivers do and
          says what counts against it: links to blocklisted domains, URL shorteners, HTML without
          text, image-only mail, broken headers, a sender that looks forged, attachments receivers
          refuse, spammy wording. Each finding says what to change.
        </p>
      </div>
      <ContentReviewForm />
    </main>
  );
}
