import { AppError, errorResponse, methodNotAllowed } from "@/lib/errors";
import { enforceRateLimit } from "@/lib/rate-limit/enforce";
import { getDiagnosePool } from "@/lib/server/diagnose-pool";
import { readBodyCapped } from "./read-body";
import { isJsonContentType, MAX_BODY_BYTES } from "./schema";

export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  try {
    await enforceRateLimit(request, "diagnose", "diagnose", "diagnoses");
    // JSON only: a form or text/plain post is what another site can make a visitor's browser
    // send without asking (no CORS preflight), so it is refused before the body is read.
    if (!isJsonContentType(request.headers.get("content-type")))
      throw new AppError(
        "unsupported_media:diagnose",
        'Send the bounce as JSON: Content-Type: application/json, body {"text": "..."}.',
      );
    const body = await readBodyCapped(request, MAX_BODY_BYTES);
    // The result link a helpdesk can post: redacted by default, its state in the URL fragment.
    const origin = process.env.PUBLIC_ORIGIN ?? new URL(request.url).origin;
    const pool = getDiagnosePool();
    // The body is parsed, checked and diagnosed in a worker thread: this thread only moves bytes.
    const result = await pool.run({ body, origin });
    if (result.ok)
      return new Response(result.bytes as Uint8Array<ArrayBuffer>, {
        headers: { "Content-Type": "application/json" },
      });
    switch (result.reason) {
      case "invalid":
        throw new AppError("bad_request:diagnose", result.message);
      case "limit":
        throw new AppError("unprocessable:diagnose", result.message);
      case "over-budget":
        throw new AppError(
          "unprocessable:diagnose",
          `This text takes too long to read (over ${pool.budgetMs / 1000} s of work), so it was not diagnosed. Paste the bounce without the attached original message or attachments.`,
        );
      case "crashed":
        throw new AppError(
          "unprocessable:diagnose",
          "This text could not be read: it is too large or too unusual to diagnose. Paste the bounce itself, without attachments.",
        );
      case "busy":
        throw new AppError(
          "busy:diagnose",
          "The server is busy diagnosing other bounces. Try again in a few seconds.",
          { "Retry-After": "5" },
        );
    }
  } catch (error) {
    return errorResponse(error, "diagnose");
  }
}

const notAllowed = () => methodNotAllowed(["POST"], "diagnose");
export { notAllowed as GET, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
