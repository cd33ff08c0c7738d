// The content review end to end: find the sent message in the input, ask the filter, look the
// linked domains up on the domain blocklists the project queries, name risky attachments, and
// build the review. Server-only (the filter and DNS are network). Input problems throw an
// AppError (400); a filter that cannot answer gives "could-not-review", never a clean verdict.

import "server-only";
import { getDomain } from "tldts";
import { checkDomainBlocklists } from "@/lib/checks/blocklists";
import { getDefaultDnsClient } from "@/lib/dns/client";
import type { DnsClient } from "@/lib/dns/types";
import { AppError, type ErrorSurface } from "@/lib/errors";
import { riskyAttachments } from "./attachments";
import { buildReview } from "./build-review";
import { extractSentMessage } from "./extract-message";
import { askFilter, type FilterClientOptions } from "./filter-client";
import { MAX_CONTENT_BYTES, MAX_LINKED_DOMAINS } from "./limits";
import type { ContentReview, LinkedDomain } from "./types";

export interface ReviewOptions {
  filter?: FilterClientOptions;
  dns?: DnsClient;
  /** Which surface an input error is reported for (AppError code). */
  surface?: ErrorSurface;
}

/** The registrable domains of the link hosts, in order, at most MAX_LINKED_DOMAINS. */
export function linkDomains(hosts: string[]): string[] {
  const seen = new Set<string>();
  for (const host of hosts) {
    const domain = getDomain(host, { allowPrivateDomains: false }) ?? host.toLowerCase();
    // IP-address links have no domain to look up.
    if (/^[\d.]+$|:/.test(domain)) continue;
    seen.add(domain);
    if (seen.size >= MAX_LINKED_DOMAINS) break;
  }
  return [...seen];
}

export async function lookUpLinkedDomains(
  domains: string[],
  dns: DnsClient,
): Promise<LinkedDomain[]> {
  return Promise.all(
    domains.map(async (domain): Promise<LinkedDomain> => {
      const findings = await checkDomainBlocklists(domain, dns);
      const listed = findings.filter((f) => f.code === "blocklist.listed");
      const failed = findings.filter((f) => f.code === "blocklist.could-not-check");
      const listName = (f: (typeof findings)[number]) => String(f.data?.listName ?? "");
      if (listed.length > 0)
        return {
          domain,
          status: "listed",
          lists: listed.map(listName),
          // One per list, in the same order, so each list keeps its own page.
          delistUrls: listed.map((f) => String(f.data?.delistUrl ?? "")),
        };
      if (failed.length > 0 && !findings.some((f) => f.code === "blocklist.not-listed"))
        return { domain, status: "could-not-check", lists: failed.map(listName), delistUrls: [] };
      return { domain, status: "not-listed", lists: [], delistUrls: [] };
    }),
  );
}

export async function reviewContent(
  input: Uint8Array,
  options: ReviewOptions = {},
): Promise<ContentReview> {
  const surface = options.surface ?? "check";
  if (input.length > MAX_CONTENT_BYTES)
    throw new AppError(
      `payload_too_large:${surface}`,
      `The message is too large to review: the limit is ${MAX_CONTENT_BYTES / 1024 / 1024} MB.`,
    );
  const extracted = extractSentMessage(input);
  if (!extracted.ok) throw new AppError(`bad_request:${surface}`, extracted.reason);
  const { message, source } = extracted;

  const [answer, attachments] = await Promise.all([
    askFilter(message, options.filter),
    riskyAttachments(message),
  ]);
  if (!answer.ok)
    return {
      status: "could-not-review",
      reason: `Could not review the content: ${answer.reason} Nothing is known about the message's content; try again later.`,
      source,
    };
  const linkedDomains = await lookUpLinkedDomains(
    linkDomains(answer.verdict.urls),
    options.dns ?? getDefaultDnsClient(),
  );
  return buildReview({ verdict: answer.verdict, source, linkedDomains, attachments });
}
