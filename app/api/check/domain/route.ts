import { checkDomain } from "@/lib/checks/domain-check";
import { enforceCheckRateLimit, parseQuery } from "@/lib/checks/route-helpers";
import { getDefaultDnsClient } from "@/lib/dns/client";
import { errorResponse, methodNotAllowed } from "@/lib/errors";
import { domainCheckQuerySchema } from "./schema";

export const runtime = "nodejs";
export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  try {
    await enforceCheckRateLimit(request);
    const query = parseQuery(request, domainCheckQuerySchema);
    const report = await checkDomain(query.domain, getDefaultDnsClient(), {
      ...(query.selectors ? { dkimSelectors: query.selectors } : {}),
      ...(query.ip ? { ip: query.ip } : {}),
      ...(query.sender ? { sender: query.sender } : {}),
    });
    return Response.json(report, { headers: { "Cache-Control": "no-store" } });
  } catch (error) {
    return errorResponse(error, "check");
  }
}

const notAllowed = () => methodNotAllowed(["GET"], "check");
export { notAllowed as POST, notAllowed as PUT, notAllowed as PATCH, notAllowed as DELETE };
