import { enforceCheckRateLimit } from "@/lib/checks/route-helpers";
import { MAX_CONTENT_BYTES } from "@/lib/content/limits";
import { reviewContent } from "@/lib/content/review";
import { AppError, errorResponse } from "@/lib/errors";
import { readMessageBody } from "./read-body";
import { contentRequestHeadersSchema } from "./schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

// POST the raw message (an .eml, or a bounce that carries the original) as the body. The
// message goes to the content filter on this server's loopback and is neither kept nor logged.
export async function POST(request: Request): Promise<Response> {
  try {
    await enforceCheckRateLimit(request);
    const headers = contentRequestHeadersSchema.safeParse({
      "content-type": request.headers.get("content-type") ?? undefined,
      "content-length": request.headers.get("content-length") ?? undefined,
    });
    if (!headers.success) {
      const issue = headers.error.issues[0];
      const message = issue?.message ?? "Invalid request.";
      if (issue?.path[0] === "content-length") {
        throw new AppError(
          issue.code === "too_big" ? "payload_too_large:check" : "bad_request:check",
          message,
        );
      }
      throw new AppError("unsupported_media:check", message);
    }
    const body = await readMessageBody(request, MAX_CONTENT_BYTES);
    const review = await reviewContent(body, { surface: "check" });
    return Response.json(review, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "check");
  }
}
