import { diagnose } from "@/lib/diagnosis/diagnose";
import { AppError, errorResponse } from "@/lib/errors";
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
      const message = typeof json === "object" && json !== null && !Array.isArray(json) ? (parsed.error.issues[0]?.message ?? "Invalid request.") : 'The request body must be a JSON object: {"text": "..."}.';
      throw new AppError("bad_request:diagnose", message);
    }
    return Response.json(await diagnose(parsed.data.text));
  } catch (error) {
    return errorResponse(error, "diagnose");
  }
}
