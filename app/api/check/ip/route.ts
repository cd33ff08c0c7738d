import { checkIp } from "@/lib/checks/ip-check";
import { enforceCheckRateLimit, parseQuery } from "@/lib/checks/route-helpers";
import { getDefaultDnsClient } from "@/lib/dns/client";
import { errorResponse, methodNotAllowed } from "@/lib/errors";
import { ipCheckQuerySchema } from "./schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await enforceCheckRateLimit(request);
    const { ip } = parseQuery(request, ipCheckQuerySchema);
    const report = await checkIp(ip, getDefaultDnsClient());
    return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "check");
  }
}

const notAllowed = () => methodNotAllowed(["GET"], "check");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
