// Browser side of GET /api/check/domain and /api/check/ip: one place that turns HTTP and
// network failures into plain words.
import type { CheckReport } from "@/lib/checks/types";

export interface DomainCheckInput {
  domain: string;
  selectors?: string[];
  ip?: string;
  sender?: string;
}

export class CheckRequestError extends Error {
  constructor(
    message: string,
    readonly status: number | null,
  ) {
    super(message);
  }
}

function plainWords(status: number, serverMessage: string | null): string {
  if (serverMessage) return serverMessage;
  if (status === 400) return "That does not look like a valid domain name or IP address.";
  if (status === 429) return "Too many checks in a short time. Wait a minute and try again.";
  if (status >= 500) return "The checks failed on our side. Please try again in a moment.";
  return `The check could not be run (HTTP ${status}).`;
}

async function getReport(url: string, signal?: AbortSignal): Promise<CheckReport> {
  let response: Response;
  try {
    response = await fetch(url, { signal, headers: { accept: "application/json" } });
  } catch (error) {
    if (error instanceof DOMException && error.name === "AbortError") throw error;
    throw new CheckRequestError(
      "Could not reach Bounce Doctor's server. Check your connection and try again.",
      null,
    );
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const message =
      body &&
      typeof body === "object" &&
      "error" in body &&
      body.error &&
      typeof body.error === "object" &&
      "message" in body.error
        ? String(body.error.message)
        : null;
    throw new CheckRequestError(plainWords(response.status, message), response.status);
  }
  if (!body || typeof body !== "object" || !Array.isArray((body as CheckReport).findings)) {
    throw new CheckRequestError(
      "The server answered with something unexpected. Please try again.",
      response.status,
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
