// Browser side of the API routes: one place that sends a request and turns HTTP and network
// failures into plain words. Each caller says what an HTTP status means for its own request.

export class ApiRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

/** The server's own message in an error answer ({ error: { message } }), when it has one. */
function serverMessage(body: unknown): string | null {
  if (!body || typeof body !== "object" || !("error" in body)) return null;
  const error = body.error;
  if (!error || typeof error !== "object" || !("message" in error)) return null;
  return String(error.message) || null;
}

/**
 * Sends the request and returns the parsed JSON body of a successful answer. An abort is
 * rethrown as it came; anything else fails as an ApiRequestError in plain words, the server's
 * own message first, else `plainWords(status)`.
 */
export async function requestJson(
  url: string,
  init: RequestInit,
  plainWords: (status: number) => string,
): Promise<{ body: unknown; status: number }> {
  let response: Response;
  try {
    response = await fetch(url, init);
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new ApiRequestError(
      "Could not reach Bounce Doctor's server. Check your connection and try again.",
      null,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiRequestError(serverMessage(body) ?? plainWords(response.status), response.status);
  }
  return { body, status: response.status };
}
