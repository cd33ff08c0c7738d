import { diagnose } from "@/lib/diagnosis/diagnose";
import { AppError, errorResponse } from "@/lib/errors";
import { shareLinkForDiagnosis } from "@/lib/share/link";
import { readBodyCapped } from "./read-body";
import { diagnoseRequestSchema, MAX_BODY_BYTES } from "./schema";

export const runtime = "nodejs";

export async function POST(request: Request): Promise<Response> {
  try {
    const body = await readBodyCapped(request, MAX_BODY_BYTES);
    let json: unknown;
    try {
      json = JSON.parse(new TextDecoder().decode(body));
    } catch {
      throw new AppError("bad_request:diagnose", 'The request body must be JSON: {"text": "..."}.');
    }
    const parsed = diagnoseRequestSchema.safeParse(json);
    if (!parsed.success) {
      const message =
        typeof json === "object" && json !== null && !Array.isArray(json)
          ? (parsed.error.issues[0]?.message ?? "Invalid request.")
          : 'The request body must be a JSON object: {"text": "..."}.';
      throw new AppError("bad_request:diagnose", message);
    }
    const diagnosis = await diagnose(parsed.data.text);
    // The result link a helpdesk can post: redacted by default, its state in the URL fragment.
    const origin = process.env.PUBLIC_ORIGIN ?? new URL(request.url).origin;
    const link = shareLinkForDiagnosis(diagnosis, { origin });
    return Response.json({ ...diagnosis, link });
  } catch (error) {
    return errorResponse(error, "diagnose");
  }
}
