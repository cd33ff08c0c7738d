// Browser side of POST /api/check/content: the raw message goes as the body; HTTP and network
// failures come back as plain words.
import { ApiRequestError, requestJson } from "@/components/api/request-json";
import type { ContentReview } from "@/lib/content/types";

export { ApiRequestError as ContentRequestError };

function plainWords(status: number): string {
  if (status === 413) return "The message is too large to review: the limit is 5 MB.";
  if (status === 429) return "Too many reviews in a short time. Wait a minute and try again.";
  if (status >= 500) return "The review failed on our side. Please try again in a moment.";
  return `The review could not be run (HTTP ${status}).`;
}

export async function requestContentReview(
  message: Blob | string,
  signal?: AbortSignal,
): Promise<ContentReview> {
  const { body } = await requestJson(
    "/api/check/content",
    {
      method: "POST",
      body: message,
      headers: { "content-type": "message/rfc822", accept: "application/json" },
      signal,
    },
    plainWords,
  );
  return body as ContentReview;
}
