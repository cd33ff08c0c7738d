// Browser side of GET /api/check/domain and /api/check/ip (requests through request-json).
import { ApiRequestError, requestJson } from "@/components/api/request-json";
import type { CheckReport } from "@/lib/checks/types";

export interface DomainCheckInput {
  domain: string;
  selectors?: string[];
  ip?: string;
  sender?: string;
}

export { ApiRequestError as CheckRequestError };

function plainWords(status: number): string {
  if (status === 400) return "That does not look like a valid domain name or IP address.";
  if (status === 429) return "Too many checks in a short time. Wait a minute and try again.";
  if (status >= 500) return "The checks failed on our side. Please try again in a moment.";
  return `The check could not be run (HTTP ${status}).`;
}

async function getReport(url: string, signal?: AbortSignal): Promise<CheckReport> {
  const { body, status } = await requestJson(
    url,
    { signal, headers: { accept: "application/json" } },
    plainWords,
  );
  if (!body || typeof body !== "object" || !Array.isArray((body as CheckReport).findings)) {
    throw new ApiRequestError(
      "The server answered with something unexpected. Please try again.",
      status,
    );
  }
  return body as CheckReport;
}

export function checkDomain(input: DomainCheckInput, signal?: AbortSignal): Promise<CheckReport> {
  const params = new URLSearchParams({ domain: input.domain.trim() });
  const selectors = (input.selectors ?? []).map((s) => s.trim()).filter(Boolean);
  if (selectors.length > 0) params.set("selectors", selectors.join(","));
  if (input.ip?.trim()) params.set("ip", input.ip.trim());
  if (input.sender?.trim()) params.set("sender", input.sender.trim());
  return getReport(`/api/check/domain?${params}`, signal);
}

export function checkIp(ip: string, signal?: AbortSignal): Promise<CheckReport> {
  return getReport(`/api/check/ip?${new URLSearchParams({ ip: ip.trim() })}`, signal);
}
