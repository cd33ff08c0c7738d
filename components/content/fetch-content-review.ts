// Browser side of POST /api/check/content: the raw message goes as the body; HTTP and network
// failures come back as plain words.
import type { ContentReview } from "@/lib/content/types";

export class ContentRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

function plainWords(status: number, serverMessage: string | null): string {
  if (serverMessage) return serverMessage;
  if (status === 413) return "The message is too large to review: the limit is 5 MB.";
  if (status === 429) return "Too many reviews in a short time. Wait a minute and try again.";
  if (status >= 500) return "The review failed on our side. Please try again in a moment.";
  return `The review could not be run (HTTP ${status}).`;
}

export async function requestContentReview(
  message: Blob | string,
  signal?: AbortSignal,
): Promise<ContentReview> {
  let response: Response;
  try {
    response = await fetch("/api/check/content", {
      method: "POST",
      body: message,
      headers: { "content-type": "message/rfc822", accept: "application/json" },
      signal,
    });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ContentRequestError(
      "Could not reach Bounce Doctor's server. Check your connection and try again.",
      null,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      typeof body === "object" && body !== null && "error" in body
        ? String((body as { error: { message?: unknown } }).error.message ?? "")
        : null;
    throw new ContentRequestError(plainWords(response.status, message || null), response.status);
  }
  return body as ContentReview;
}
